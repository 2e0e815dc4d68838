"""The rules of a visit, as values: what each thing a patient or new content does leads to."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.session.navigation import HOME, History, topic_page
from kiosk.session.visit import Visit, after_new_content, derive, slide

CROWS, FROWN = topic_page("crows-feet"), topic_page("frown-lines")
OFFERED = ("en", "es")


def test_a_fresh_visit_is_at_the_start_and_anything_a_patient_does_leaves_it() -> None:
    fresh = Visit.fresh("en")
    assert derive(fresh, "en").at_start
    assert derive(fresh, "en").on_home
    for changed in (
        fresh.opened(CROWS),
        fresh.in_language("es", OFFERED),
        fresh.with_large_text_toggled(),
        fresh.with_high_contrast_toggled(),
    ):
        assert not derive(changed, "en").at_start
    assert derive(fresh.opened(CROWS).back(), "en").at_start
    assert derive(fresh.with_large_text_toggled().with_large_text_toggled(), "en").at_start
    assert derive(fresh.with_high_contrast_toggled().with_high_contrast_toggled(), "en").at_start


def test_high_contrast_is_kept_through_new_content_and_shown() -> None:
    visit = Visit.fresh("en").opened(CROWS).with_high_contrast_toggled()
    kept = after_new_content(visit, {"crows-feet"}, ("en",), "en")
    assert kept.high_contrast
    assert derive(kept, "en").high_contrast
    assert not derive(Visit.fresh("en"), "en").high_contrast


def test_a_language_the_content_does_not_offer_changes_nothing() -> None:
    fresh = Visit.fresh("en")
    assert fresh.in_language("fr", OFFERED) is fresh
    assert fresh.in_language("es", OFFERED).language == "es"


def test_what_the_screen_shows_of_a_visit() -> None:
    shown = derive(Visit.fresh("en").opened(CROWS).in_language("es", OFFERED), "en")
    assert (shown.page, shown.topic_id, shown.on_home, shown.can_go_back) == (
        CROWS,
        "crows-feet",
        False,
        True,
    )
    assert shown.language == "es"


def test_how_the_screen_slides() -> None:
    home, one, two = History(), History((HOME, CROWS)), History((HOME, CROWS, FROWN))
    assert slide(home, one) == 1, "a page opened slides in"
    assert slide(two, one) == -1, "Back slides the page off"
    assert slide(one, home) == -1, "Home from one page deep is Back"
    assert slide(two, home) == 0, "Home from deeper replaces everything at once"


def test_new_content_keeps_the_patients_place_and_drops_what_is_gone() -> None:
    visit = Visit.fresh("en").opened(CROWS).opened(FROWN).in_language("es", OFFERED)
    kept = after_new_content(visit, {"frown-lines"}, OFFERED, "en")
    assert kept.history.pages == (HOME, FROWN), "an earlier page that is gone leaves the way back"
    assert kept.language == "es"
    gone = after_new_content(visit, {"crows-feet"}, OFFERED, "en")
    assert gone.history == History(), "their page is gone: home"
    spanish_gone = after_new_content(
        visit.with_large_text_toggled(), {"frown-lines"}, ("en",), "en"
    )
    assert spanish_gone.language == "en", "a language no longer offered falls back to the default"
    assert spanish_gone.large_text, "the text size is the patient's own choice, kept"


ACTIONS = st.lists(
    st.sampled_from(["crows", "frown", "back", "home", "es", "en", "fr", "large"]), max_size=20
)


def step(visit: Visit, action: str) -> Visit:
    """What one tap does to ``visit``."""
    if action in ("crows", "frown"):
        return visit.opened(CROWS if action == "crows" else FROWN)
    if action == "back":
        return visit.back()
    if action == "home":
        return visit.opened(HOME)
    if action == "large":
        return visit.with_large_text_toggled()
    return visit.in_language(action, OFFERED)


@given(ACTIONS)
def test_whatever_a_patient_did_back_and_home_never_lead_nowhere(actions: list[str]) -> None:
    visit = Visit.fresh("en")
    for action in actions:
        visit = step(visit, action)
        assert visit.history.pages[0] == HOME
        assert visit.language in OFFERED
    shown = derive(visit.opened(HOME), "en")
    assert shown.on_home
    assert not shown.can_go_back
