"""Live reload: staff save a change, however they save it, and the screen follows.

Real files saved the way real tools save them (tests/ui/saves.py), a real kiosk
window offscreen, and checks on what the window shows.
"""

from __future__ import annotations

import logging
import random
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, QUrl
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.content import Content, load_content
from kiosk.ui import content_watch, live_content
from kiosk.ui.app import KioskWindow
from kiosk.ui.live_content import LiveContent
from tests.conftest import REPO
from tests.ui.finger import Finger, all_items
from tests.ui.saves import STYLES, as_release, deleted_and_recreated, in_place, renamed_over

#: Small, so that drawing a frame in software never holds the event loop for long.
SIZE = QSize(540, 960)
#: Generous: a save shows in about 0.3 s (tests/benchmarks/reload.py); a busy CI machine is slower.
WAIT_MS = 5000
SETTLE_MS = 400  # longer than a page transition
TITLE = "    en: Crow's feet\n"


@dataclass
class Live:
    """A kiosk window following a content file, and every content it was handed."""

    file: Path
    kiosk: KioskWindow
    finger: Finger
    received: list[Content] = field(default_factory=list)

    @property
    def content(self) -> LiveContent:
        return self.kiosk.live

    def tile_texts(self, topic_id: str = "crows-feet") -> list[str]:
        tiles = [
            item
            for item in all_items(self.kiosk.window.contentItem())
            if item.objectName() == f"tile-{topic_id}" and item.isVisible()
        ]
        return [text for tile in tiles for text in texts_in(tile)]


StartLive = Callable[[Path], Live]


@pytest.fixture
def clinic(content_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A content folder with room around it: it may be replaced, or made a release."""
    folder = tmp_path_factory.mktemp("site") / "clinic"
    shutil.copytree(content_dir, folder)
    return folder / "content.yaml"


@pytest.fixture
def start_live(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[StartLive]:
    """Start a kiosk following ``file``, with file-system events only.

    The safety-net timer is pushed out of reach, so that a change the watcher
    misses fails the test instead of being found 2 s later by the timer.
    """
    monkeypatch.setattr(content_watch, "SAFETY_NET_MS", 10 * 60 * 1000)
    opened: list[KioskWindow] = []

    def start(file: Path) -> Live:
        content = LiveContent(file)
        content.start()
        kiosk = KioskWindow(
            content.content, file.parent, full_screen=False, size=SIZE, live=content
        )
        live = Live(file, kiosk, Finger(kiosk.window, qtbot))
        content.replaced.connect(live.received.append)
        with qtbot.waitExposed(kiosk.window):
            kiosk.window.show()
        opened.append(kiosk)
        return live

    yield start
    for kiosk in opened:
        kiosk.dispose()


def texts_in(item: QQuickItem) -> list[str]:
    return [str(each.property("text")) for each in all_items(item) if each.property("text")]


def retitled(text: str, title: str) -> str:
    assert text.count(TITLE) == 1
    return text.replace(TITLE, f"    en: {title}\n")


# -- every save style ------------------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_a_saved_change_shows_however_it_was_saved(
    style: str, clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    file = as_release(clinic.parent) if style == "release-switched" else clinic
    live = start_live(file)
    assert "Crow's feet" in live.tile_texts()
    original = file.read_text(encoding="utf-8")
    # Then a write in place, which only a watch on the file now there can see, then again.
    saves = [STYLES[style], in_place, STYLES[style]]
    for number, save in enumerate(saves, start=1):
        save(file, retitled(original, f"Crow's feet {number}"))
        qtbot.waitUntil(lambda n=number: f"Crow's feet {n}" in live.tile_texts(), timeout=WAIT_MS)
    assert len(live.received) == len(saves), "each save loads once"


RED_PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">'
    '<rect width="400" height="300" fill="#FF0000"/></svg>\n'
)


@pytest.mark.parametrize("save", [in_place, renamed_over, deleted_and_recreated])
def test_a_picture_replaced_under_the_same_name_shows(
    save: Callable[[Path, str], None], clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    picture = clinic.parent / "assets" / "logo.svg"  # at the top of home, always in sight
    assert not is_red(colour_at_centre(live, picture))
    save(picture, RED_PICTURE)
    qtbot.waitUntil(lambda: is_red(colour_at_centre(live, picture)), timeout=WAIT_MS)


def colour_at_centre(live: Live, picture: Path) -> QColor:
    """The colour drawn at the middle of the visible image showing ``picture``."""
    images = [
        item
        for item in all_items(live.kiosk.window.contentItem())
        if source_of(item).startswith(picture.as_uri()) and item.isVisible()
    ]
    assert images, f"no image shows {picture.name}"
    image = images[0]
    centre = image.mapToScene(QPointF(image.width() / 2, image.height() / 2)).toPoint()
    shot = live.kiosk.window.grabWindow()
    ratio = shot.devicePixelRatio()
    return shot.pixelColor(QPoint(int(centre.x() * ratio), int(centre.y() * ratio)))


def source_of(item: QQuickItem) -> str:
    source = item.property("source")
    return source.toString() if isinstance(source, QUrl) else ""


def is_red(colour: QColor) -> bool:
    return colour.red() > 200 and colour.green() < 60 and colour.blue() < 60


def test_the_safety_net_finds_a_change_the_watcher_missed(
    clinic: Path, start_live: StartLive, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on a network folder, where no file-system event ever arrives."""
    monkeypatch.setattr(live_content, "watch_paths", lambda _file, _content: set())
    monkeypatch.setattr(content_watch, "SAFETY_NET_MS", 500)
    live = start_live(clinic)
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, polled"))
    qtbot.waitUntil(lambda: "Crow's feet, polled" in live.tile_texts(), timeout=WAIT_MS)


def test_reload_now_loads_a_change_nothing_announced(
    clinic: Path, start_live: StartLive, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The staff panel's "Reload now", with no event and no safety net to find the change."""
    monkeypatch.setattr(live_content, "watch_paths", lambda _file, _content: set())
    live = start_live(clinic)
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, by hand"))
    qtbot.wait(1000)
    assert "Crow's feet, by hand" not in live.tile_texts()
    live.content.reloadNow()
    qtbot.waitUntil(lambda: "Crow's feet, by hand" in live.tile_texts(), timeout=WAIT_MS)


# -- bad saves -------------------------------------------------------------------------------


def test_an_invalid_save_keeps_the_last_good_content_and_says_where(
    clinic: Path, start_live: StartLive, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.content")
    live = start_live(clinic)
    assert f"content loaded: {clinic} (8 topics; languages en, es)" in caplog.messages
    good = clinic.read_text(encoding="utf-8")
    renamed_over(clinic, good.replace("  crows-feet:\n    title:", "  crows-feet:\n    titel:"))
    qtbot.waitUntil(lambda: live.content.lastRejection != "", timeout=WAIT_MS)
    rejection = live.content.lastRejection
    assert re.fullmatch(rf"{re.escape(str(clinic))}:\d+:\d+: topics\.crows-feet.+", rejection)
    assert "(and 1 more)" in rejection  # `title` is missing, and `titel` is unknown
    assert f"content rejected: {rejection}; keeping previous content" in caplog.messages
    assert live.content.rejectedAt != ""
    assert "Crow's feet" in live.tile_texts(), "the last good content stays"
    assert live.received == []
    renamed_over(clinic, retitled(good, "Crow's feet, fixed"))
    qtbot.waitUntil(lambda: "Crow's feet, fixed" in live.tile_texts(), timeout=WAIT_MS)


def test_a_save_with_the_same_bytes_loads_nothing(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    in_place(clinic, clinic.read_text(encoding="utf-8"))  # saved again, unchanged
    qtbot.wait(1000)  # well past the quiet time: it was looked at, and found the same
    assert live.received == []
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, later"))
    qtbot.waitUntil(lambda: "Crow's feet, later" in live.tile_texts(), timeout=WAIT_MS)
    assert len(live.received) == 1


# -- many saves, some caught half-written ---------------------------------------------------


def test_rapid_saves_with_truncations_never_show_a_partial_file(
    clinic: Path, start_live: StartLive, qtbot: QtBot, tmp_path: Path
) -> None:
    """200 saves; half of them first write a cut-off copy, then the whole file, in place.

    The cut-off copy lasts at most 40 ms, under the 250 ms quiet time: an editor
    or a copy still writing. Many cuts fall near the end of the file, where a
    prefix is often valid content (inside a ``|`` block, a list of sources).
    """
    dice = random.Random(4)
    live = start_live(clinic)
    original = clinic.read_text(encoding="utf-8")
    versions = [sources_last(retitled(original, f"Crow's feet {number}")) for number in range(200)]
    valid_prefixes = 0
    for text in versions:
        if dice.random() < 0.5:
            cut = dice.choice([dice.randrange(len(text)), len(text) - dice.randrange(1, 3000)])
            in_place(clinic, text[:cut])
            valid_prefixes += is_valid(text[:cut], tmp_path)
            qtbot.wait(dice.randrange(0, 40))
        in_place(clinic, text)
        qtbot.wait(dice.choice([dice.randrange(0, 40)] * 6 + [dice.randrange(300, 450)]))
    qtbot.waitUntil(lambda: "Crow's feet 199" in live.tile_texts(), timeout=WAIT_MS)
    for content in live.received:  # each one whole, to the last line: a complete version
        number = int(content.topics["crows-feet"].title.get("en", "en").rsplit(" ", 1)[1])
        assert content == load_content_of(versions[number], tmp_path)
    assert len(live.received) >= 10, "the quiet moments between saves were seen"
    assert valid_prefixes >= 5, "the cut-off copies included valid content"


def sources_last(text: str) -> str:
    """The last topic's sources moved to the end of the file, and more of them.

    A file cut inside that list is still valid content, only with fewer
    sources: exactly the half-saved file that validation cannot catch.
    """
    head, sources, dates = re.fullmatch(
        r"(.*\n)(    sources:\n(?:      - .*\n)+)((?:    \w+: .*\n)+)", text, re.DOTALL
    ).groups()
    more = "".join(
        f"      - A further source, number {n}, with its full title.\n" for n in range(20)
    )
    return head + dates + sources + more


def is_valid(text: str, folder: Path) -> bool:
    return load_content_of(text, folder) is not None


def load_content_of(text: str, folder: Path) -> Content | None:
    """``text`` loaded beside a copy of the pictures, away from the watched folder."""
    scratch = folder / "scratch"
    if not scratch.exists():
        shutil.copytree(REPO / "assets", scratch / "assets")
    file = scratch / "content.yaml"
    file.write_text(text, encoding="utf-8")
    return load_content(file).content


# -- the patient's place -----------------------------------------------------------------------


def test_the_patient_stays_on_their_topic_and_goes_home_when_it_is_removed(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    finger = live.finger
    finger.tap(finger.find("tile-your-visit"))
    qtbot.waitUntil(lambda: finger.has("topicTitle"), timeout=WAIT_MS)
    qtbot.wait(SETTLE_MS)
    finger.drag(QPoint(270, 700), QPoint(270, 300))  # reading further down
    flick = finger.find("topicFlick")
    qtbot.waitUntil(lambda: not flick.property("moving"), timeout=WAIT_MS)
    scrolled = flick.property("contentY")
    assert scrolled > 100
    original = clinic.read_text(encoding="utf-8")
    your_visit = "    en: Your visit\n"
    assert original.count(your_visit) == 1
    renamed_over(clinic, original.replace(your_visit, "    en: Your visit, updated\n"))
    qtbot.waitUntil(lambda: finger.text_of("topicTitle") == "Your visit, updated", timeout=WAIT_MS)
    assert live.kiosk.session.page == "topic/your-visit"
    assert abs(flick.property("contentY") - scrolled) < 2, "still at the same place"
    # The topic id changes (its picture keeps its name): the page patients were on is gone.
    gone = original.replace("  your-visit:\n", "  your-first-visit:\n")
    gone = gone.replace("your-visit]", "your-first-visit]")
    renamed_over(clinic, gone)
    qtbot.waitUntil(lambda: live.kiosk.session.page == "home", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: finger.has("tile-your-first-visit"), timeout=WAIT_MS)
    assert not finger.has("topicTitle")
    assert not live.kiosk.session.canGoBack


def test_new_idle_timings_take_effect(clinic: Path, start_live: StartLive, qtbot: QtBot) -> None:
    live = start_live(clinic)
    live.finger.tap(live.finger.find("tile-your-visit"))  # someone is reading
    original = clinic.read_text(encoding="utf-8")
    timings = "  idle_timeout_seconds: 90\n  idle_warning_seconds: 20\n"
    assert original.count(timings) == 1
    in_place(clinic, original.replace(timings, timings.replace("90", "2")))
    qtbot.waitUntil(lambda: live.finger.has("idlePrompt"), timeout=WAIT_MS)


# -- start-up without good content -------------------------------------------------------------


@pytest.mark.parametrize("problem", ["broken", "missing"])
def test_start_up_without_good_content_holds_then_shows_the_fixed_file(
    problem: str,
    clinic: Path,
    start_live: StartLive,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.content")
    good = clinic.read_text(encoding="utf-8")
    if problem == "broken":
        in_place(clinic, good.replace("topics:\n", "topics\n", 1))
    else:
        clinic.unlink()
    live = start_live(clinic)
    assert live.content.hasContent is False
    messages = [
        str(item.property("text"))
        for item in all_items(live.kiosk.window.contentItem())
        if item.objectName() == "holdingMessage" and item.isVisible()
    ]
    assert messages[0] == "This screen is being updated. Please ask at the desk."
    assert len(messages) == 2, "in English and in Spanish"
    assert not live.finger.has("tile-your-visit")
    live.finger.tap(live.finger.find("textSizeButton"))  # under the holding screen
    assert not live.kiosk.session.largeText, "a touch reaches nothing beneath it"
    assert caplog.messages[-1].startswith(f"content rejected: {clinic}")
    assert caplog.messages[-1].endswith("; showing the holding screen")
    renamed_over(clinic, good)
    qtbot.waitUntil(lambda: live.finger.has("tile-your-visit"), timeout=WAIT_MS)
    assert not live.finger.has("holdingScreen")
    assert live.content.hasContent
    assert caplog.messages[-1] == f"content loaded: {clinic} (8 topics; languages en, es)"


def test_a_language_no_longer_offered_falls_back_to_the_default(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    live.finger.tap(live.finger.find("language-es"))
    qtbot.waitUntil(lambda: live.kiosk.session.language == "es", timeout=WAIT_MS)
    renamed_over(clinic, without_spanish(clinic.read_text(encoding="utf-8")))
    qtbot.waitUntil(lambda: live.kiosk.session.language == "en", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not live.finger.has("language-es"), timeout=WAIT_MS)
    assert "Crow's feet" in live.tile_texts()


def without_spanish(text: str) -> str:
    """Every ``es:`` text (one line, or a ``|`` block) and the language itself removed."""
    kept: list[str] = []
    block: int | None = None
    for line in text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if block is not None and (not line.strip() or indent > block):
            continue
        block = None
        found = re.match(r"(\s*)es:(.*)$", line)
        if found:
            if found.group(2).strip() in ("|", ">", ""):
                block = len(found.group(1))
            continue
        kept.append(line)
    return "".join(kept)
