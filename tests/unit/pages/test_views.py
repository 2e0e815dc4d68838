"""Page data: the right language, escaped text, pictures found beside the content."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.content.markdown import parse_markdown
from kiosk.content.model import Content
from kiosk.pages.page_data import Language, TextBlock
from kiosk.pages.styled import styled_blocks
from kiosk.pages.views import Localized, home_view, topic_view
from kiosk.pages.wording import long_date, words
from tests.conftest import BUNDLED


@pytest.fixture(scope="module")
def content() -> Content:
    result = load_content(BUNDLED)
    assert result.content is not None
    return result.content


def test_home_lists_every_category_and_topic(content: Content) -> None:
    home = home_view(Localized(content, "es", BUNDLED.parent))
    assert home.clinic.welcome == "Toque un tema para leer sobre él."
    assert [c.id for c in home.categories] == [c.id for c in content.categories]
    tiles = [tile.id for category in home.categories for tile in category.topics]
    assert sorted(tiles) == sorted(content.topics)
    assert home.languages == (Language("en", "English"), Language("es", "Español"))


def test_a_topic_page_has_its_badge_safety_and_review(content: Content) -> None:
    page = topic_view(Localized(content, "en", BUNDLED.parent), "arthritis-pain")
    assert page.research is True
    assert page.badge == "Research only: not an approved use"
    (notice,) = page.notice
    assert notice.items[0].startswith("Botox is not approved")
    assert page.safety.title == "Important safety information"
    # The next review date is for staff (kiosk check warns); patients see when it was checked.
    assert page.reviewed == "Checked by Clinic medical director on November 20, 2026."


def test_tiles_carry_their_badge_and_information_pages_have_none(content: Content) -> None:
    home = home_view(Localized(content, "es", BUNDLED.parent))
    badges = {tile.id: tile.badge for c in home.categories for tile in c.topics}
    assert badges["arthritis-pain"] == "Solo en estudio: no es un uso aprobado"
    assert badges["crows-feet"] == "Uso aprobado"
    assert badges["how-botox-works"] == badges["your-visit"] == ""


def test_pictures_are_file_urls_even_from_a_relative_folder(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(BUNDLED.parent)
    page = topic_view(Localized(content, "en", Path()), "crows-feet")
    picture = BUNDLED.parent / "assets" / "crows-feet.svg"
    found = picture.stat()
    version = f"?v={found.st_ctime_ns}-{found.st_ino}"  # new when the picture is replaced
    assert page.picture.source == picture.as_uri() + version


def test_staff_text_is_escaped_and_only_bold_is_markup() -> None:
    blocks = parse_markdown("Doses < 5 & > 2 units.\n\n- **bold** item\n\n3. third")
    assert styled_blocks(blocks) == (
        TextBlock("paragraph", ("Doses &lt; 5 &amp; &gt; 2 units.",)),
        TextBlock("bullets", ("<b>bold</b> item",)),
        TextBlock("numbers", ("third",), start=3),
    )


def test_kiosk_words_fall_back_to_english() -> None:
    assert words("es")["home"] == "Inicio"
    assert words("fr")["home"] == "Home"
    assert long_date(datetime.date(2026, 3, 5), "es") == "5 de marzo de 2026"


def test_plain_fields_that_reach_styled_text_are_escaped(content: Content) -> None:
    topic = content.topics["arthritis-pain"]
    sneaky = topic.model_copy(
        update={"ask": type(topic.ask)({"en": '<img src="file:///etc/passwd"> & <a href="x">'})}
    )
    changed = content.model_copy(update={"topics": {**content.topics, "arthritis-pain": sneaky}})
    page = topic_view(Localized(changed, "en", BUNDLED.parent), "arthritis-pain")
    assert page.ask[0].items == (
        "<b>&lt;img src=&quot;file:///etc/passwd&quot;&gt; &amp; &lt;a href=&quot;x&quot;&gt;</b>",
    )


@pytest.mark.parametrize(
    ("language", "emergency", "call"),
    [
        ("en", "In an emergency, call 911.", "call us: (555)&nbsp;010-0123"),
        ("es", "En una emergencia, llame al 911.", "lámenos: (555)&nbsp;010-0123"),
    ],
)
def test_every_page_says_whom_to_call(
    content: Content, language: str, emergency: str, call: str
) -> None:
    """Symptoms can start hours to weeks later, at home: the safety box ends with what to do
    in an emergency and the clinic's number, and so does the page's last box."""
    for topic_id in content.topics:
        page = topic_view(Localized(content, language, BUNDLED.parent), topic_id)
        *_, said, number = page.safety.blocks
        assert said.items == (f"<b>{emergency}</b>",)
        assert number.items[0].lower().endswith(call)
        assert page.ask[-1].items[0].lower().endswith(call)


def test_a_clinic_without_a_phone_or_an_emergency_line_adds_nothing(content: Content) -> None:
    clinic = content.clinic.model_copy(update={"phone": None, "emergency": None})
    bare = content.model_copy(update={"clinic": clinic})
    page = topic_view(Localized(bare, "en", BUNDLED.parent), "crows-feet")
    safety = content.safety[content.topics["crows-feet"].safety]
    assert len(page.safety.blocks) == len(safety.body.blocks_for("en", "en"))
    assert len(page.ask) == 1


def test_a_no_break_space_reaches_styled_text_as_one() -> None:
    """Qt's styled text breaks a line at a plain U+00A0: a phone number broke in two."""
    (paragraph,) = styled_blocks(parse_markdown("Call (555)\u00a0010-0123 & ask"))
    assert paragraph.items == ("Call (555)&nbsp;010-0123 &amp; ask",)
