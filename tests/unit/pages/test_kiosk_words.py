"""The kiosk's own words in any language a clinic offers: given in content.yaml, or built in."""

from __future__ import annotations

import datetime

import pytest

from kiosk.content.built_in_words import PLURAL_FORMS, WORDS
from kiosk.content.kiosk_words import KioskWords
from kiosk.content.loader import load_content
from kiosk.pages.views import Localized, topic_view
from kiosk.pages.wording import countdown, long_date, words
from tests.conftest import BUNDLED, CheckText, formatted

VIETNAMESE = """
words:
  vi:
    home: Trang chủ
    back: Quay lại
    reviewed: "{reviewer} đã kiểm tra vào {date}."
    resetting: Màn hình này sẽ trở về đầu sau {seconds} giây.
"""


def with_vietnamese(bundled_text: str, kiosk_words: str = VIETNAMESE) -> str:
    text = bundled_text.replace("    es: Español\n", "    es: Español\n    vi: Tiếng Việt\n", 1)
    return text.replace("\ntopics:\n", f"{kiosk_words}\ntopics:\n", 1)


def test_the_schema_names_every_built_in_word() -> None:
    """One list: what the built-in languages say is what a clinic may write."""
    fields = {field.alias or name for name, field in KioskWords.model_fields.items()}
    plural = {f"resetting_{form}" for form in PLURAL_FORMS}
    assert fields == set(WORDS["en"]) | plural
    assert all(set(said) == set(WORDS["en"]) for said in WORDS.values())


def test_a_clinic_s_own_words_are_shown_and_the_rest_is_english(
    check_text: CheckText, bundled_text: str
) -> None:
    result = check_text(with_vietnamese(bundled_text))
    assert result.content is not None, formatted(result)
    said = words("vi", result.content.words)
    assert (said["home"], said["back"], said["sources"]) == ("Trang chủ", "Quay lại", "Sources")
    page = topic_view(Localized(result.content, "vi", BUNDLED.parent), "crows-feet")
    assert page.reviewed.endswith("đã kiểm tra vào 20 tháng 11, 2026.")


def test_a_language_without_the_kiosk_s_words_is_warned(
    check_text: CheckText, bundled_text: str
) -> None:
    """A clinic that added Vietnamese got English "Back", "Home" and "Still reading?"."""
    result = check_text(with_vietnamese(bundled_text))
    warnings = [line for line in formatted(result, "warning") if "kiosk's own words" in line]
    assert len(warnings) == 1
    assert "no Tiếng Việt (vi) for larger_text, smaller_text, approved" in warnings[0]
    assert "add them under `words: vi:`" in warnings[0]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ('    reviewed: "Revisado."\n', "`reviewed` must keep {reviewer} and {date}"),
        ("    resetting: Pronto.\n", "`resetting` must keep {seconds}"),
        ("    farewell: Adiós\n", "unknown field `farewell`"),
    ],
)
def test_a_clinic_s_words_keep_the_kiosk_s_blanks(
    check_text: CheckText, bundled_text: str, written: str, said: str
) -> None:
    result = check_text(with_vietnamese(bundled_text, f"\nwords:\n  vi:\n{written}"))
    assert result.content is None
    assert any(said in line for line in formatted(result)), formatted(result)


def test_words_for_a_language_not_offered_are_an_error(
    check_text: CheckText, bundled_text: str
) -> None:
    text = bundled_text.replace("\ntopics:\n", "\nwords:\n  fr:\n    home: Accueil\n\ntopics:\n", 1)
    assert any(
        "words.fr: `fr` is not one of the languages offered" in line
        for line in formatted(check_text(text))
    )


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("en", "November 20, 2026"),
        ("es", "20 de noviembre de 2026"),
        ("vi", "20 tháng 11, 2026"),
        ("zh-Hant", "2026年11月20日"),
        ("pt-BR", "20 de novembro de 2026"),
        ("qq", "2026-11-20"),  # a code CLDR does not know: the date as written in the file
    ],
)
def test_dates_are_in_each_language_s_own_form(language: str, day: str) -> None:
    assert long_date(datetime.date(2026, 11, 20), language) == day


def test_the_countdown_takes_each_language_s_plural_forms() -> None:
    """Polish says 2 sekundy, 5 sekund and 22 sekundy (CLDR's few, many, few)."""
    polish = KioskWords.model_validate(
        {
            "resetting": "za {seconds} sekundy",
            "resetting_one": "za {seconds} sekundę",
            "resetting_many": "za {seconds} sekund",
        }
    )
    said = words("pl", {"pl": polish})
    shown = countdown(said, "pl", 22)
    assert (shown[1], shown[2], shown[5], shown[22]) == (
        "za 1 sekundę",
        "za 2 sekundy",
        "za 5 sekund",
        "za 22 sekundy",
    )
    assert countdown(words("en"), "en", 2) == [
        "This screen will go back to the start in 0 seconds.",
        "This screen will go back to the start in 1 second.",
        "This screen will go back to the start in 2 seconds.",
    ]


def test_the_bundled_content_needs_no_words_of_its_own() -> None:
    content = load_content(BUNDLED).content
    assert content is not None
    assert content.words == {}
