"""Page history: Back never leads nowhere, Home is always one step."""

from __future__ import annotations

from kiosk.session.navigation import HOME, History, topic_of, topic_page


def test_a_visit_starts_at_home_with_nowhere_to_go_back() -> None:
    history = History()
    assert history.current == HOME
    assert not history.can_go_back
    assert history.back() == history


def test_open_back_and_home() -> None:
    crows = topic_page("crows-feet")
    frown = topic_page("frown-lines")
    history = History().open(crows).open(frown)
    assert history.pages == (HOME, crows, frown)
    assert history.back().current == crows
    assert history.open(HOME) == History()


def test_opening_the_page_on_screen_changes_nothing() -> None:
    history = History().open(topic_page("a"))
    assert history.open(topic_page("a")) is history


def test_pages_that_no_longer_exist_are_dropped() -> None:
    history = History().open(topic_page("a")).open(topic_page("b"))
    assert history.keep_only({topic_page("b")}).pages == (HOME, topic_page("b"))
    assert history.keep_only(set()) == History()


def test_topic_of_a_page() -> None:
    assert topic_of(topic_page("crows-feet")) == "crows-feet"
    assert topic_of(HOME) is None
