"""The content core's heavy half, as the screens use it: imported at its first use.

A start draws its first frame from the start view (``kiosk.runtime.start_view``) before
pydantic, the models, the loader and the page builders are imported: together about
0.2-0.4 s of a start that is meant to take 0.5 s (``python -X importtime -c "import
kiosk.content.loader, kiosk.pages.views"``). Every use of that half from the screens' side
goes through this module, so this is the one place in the package where an import waits
inside a function (ruff's PLC0415 holds everywhere else; the few third-party libraries
that one command alone needs say so where they are imported). By the time anything here
runs, the content is being loaded, or has been: nothing here is on the way to the first
frame. The types these functions name are imported for the type checker only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.fingerprint import digest, picture_files
from kiosk.content.problems import Problem
from kiosk.pages.page_data import Home, TopicPage, for_qml
from kiosk.runtime.start_view import StartView, save_start_view

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult
    from kiosk.content.model import Content
    from kiosk.pages.views import Localized


def load(file: Path) -> LoadResult:
    """``file`` read and checked (``kiosk.content.loader.load_content``)."""
    from kiosk.content.loader import load_content

    return load_content(file)


def not_loaded(file: Path, problem: Problem) -> LoadResult:
    """The result of a look that did not load ``file``, for ``problem``."""
    from kiosk.content.loader import LoadResult

    return LoadResult(file, None, (problem,))


def read_digest(file: Path) -> str:
    """The digest of the bytes of ``file`` that a load reads (at most the loader's limit)."""
    from kiosk.content.loader import MAX_FILE_BYTES

    return digest(file, MAX_FILE_BYTES)


def localized(content: Content, language: str, folder: Path) -> Localized:
    """``content`` in ``language``, its pictures found in ``folder``."""
    from kiosk.pages.views import Localized

    return Localized(content, language, folder)


def home_page(in_language: Localized) -> Home:
    from kiosk.pages.views import home_view

    return home_view(in_language)


def topic_page(in_language: Localized, topic_id: str) -> TopicPage:
    from kiosk.pages.views import topic_view

    return topic_view(in_language, topic_id)


def save_home(file: Path, content: Content) -> None:
    """Keep home as this good content draws it at a start, for the next start."""
    language = content.clinic.default_language
    home = for_qml(home_page(localized(content, language, file.parent)))
    view = StartView(home, language, content.settings.for_screen())
    save_start_view(file, view, picture_files(file, content))
