"""``kiosk sign``: the printed sign that tells patients how to make the kiosk speak."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtGui import QGuiApplication

from kiosk.content.built_in_words import WORDS
from kiosk.content.loader import load_content
from kiosk.content.locate import find_content
from kiosk.pages.wording import words
from kiosk.runtime.exit_codes import ExitCode
from kiosk.ui.sign import save_sign


def sign(args: argparse.Namespace) -> int:
    """Exit 0: written; 2: a language without the kiosk's words; 1: it could not be written.

    The words are the content's (a clinic's own ``words:`` included) when the content
    loads, else the built-in ones: the sign is printed before the content is finished.
    """
    content = load_content(find_content(args.content)).content
    language = args.lang or (content.clinic.default_language if content else "en")
    clinic_words = content.words if content else None
    if language not in WORDS and not (clinic_words and language in clinic_words):
        print(f"kiosk sign: the kiosk has no words in {language!r}", file=sys.stderr)
        return ExitCode.USAGE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        save_sign(args.out, words(language, clinic_words))
    except OSError as error:
        print(f"kiosk sign: {error}", file=sys.stderr)
        return ExitCode.PROBLEMS
    del app
    print(f"sign saved in {args.out}")
    return ExitCode.OK
