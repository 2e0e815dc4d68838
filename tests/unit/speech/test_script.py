"""What Listen says, in the order a reader meets it, on the bundled pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.pages.views import Localized, home_view, topic_view
from kiosk.speech.script import LONGEST, home_script, sentences, spoken, topic_script

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def content() -> Content:
    loaded = load_content(REPO / "content.yaml").content
    assert loaded is not None
    return loaded


def test_a_topic_is_read_title_badge_notice_sections_safety_ask_and_phone(content: Content) -> None:
    page = topic_view(Localized(content, "en", REPO), "arthritis-pain")
    script = " ".join(topic_script(page))
    order = [
        page.title,
        "Research only: not an approved use",
        spoken(page.notice[0].items[0])[:40],
        *(section.heading for section in page.sections),
        page.safety.title,
        spoken(page.ask[0].items[0])[:40],
        "Questions? Call us: 5 5 5 0 1 0 0 1 2 3.",
    ]
    places = [script.find(part) for part in order]
    assert -1 not in places, dict(zip(order, places, strict=True))
    assert places == sorted(places)
    assert script.endswith("Questions? Call us: 5 5 5 0 1 0 0 1 2 3.")


def test_every_page_in_both_languages_is_read_whole_with_no_markup(content: Content) -> None:
    for language in ("en", "es"):
        localized = Localized(content, language, REPO)
        for topic_id in content.topics:
            script = topic_script(topic_view(localized, topic_id))
            assert script[0].startswith(localized.text(content.topics[topic_id].title))
            for sentence in script:
                assert "<" not in sentence, sentence
                assert "&" not in sentence.replace(" & ", ""), sentence
                assert sentence.strip() == sentence
                assert sentence
        home = home_script(home_view(localized))
        assert home[0] == "Maple Street Clinic."
        assert len(home) > len(content.topics)


def test_the_first_sentence_is_short_so_the_voice_starts_at_once(content: Content) -> None:
    localized = Localized(content, "es", REPO)
    for topic_id in content.topics:
        assert len(topic_script(topic_view(localized, topic_id))[0]) < 60


def test_styled_text_is_said_as_words() -> None:
    assert spoken("<b>Bold</b> &amp; plain<br>next") == "Bold & plain. next"
    assert spoken("Call (555)\u00a0010-0123 today") == "Call 5 5 5 0 1 0 0 1 2 3 today"
    assert spoken("In 2026-11 about 27 of 5,876") == "In 2026-11 about 27 of 5,876"


@given(st.lists(st.text(alphabet="abc xyz", min_size=1, max_size=300), min_size=1, max_size=8))
def test_sentences_keep_every_word_and_cut_only_between_sentences(parts: list[str]) -> None:
    text = ". ".join(" ".join(part.split()) or "x" for part in parts) + "."
    cut = sentences(text)
    assert " ".join(cut).split() == text.split()
    for piece in cut:
        assert len(piece) <= LONGEST or ". " not in piece
