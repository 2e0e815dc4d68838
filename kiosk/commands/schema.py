"""``kiosk schema``: the JSON Schema of the content file, for staff editors."""

from __future__ import annotations

import argparse
import json
import sys

from kiosk.content.json_schema import content_schema
from kiosk.runtime.exit_codes import ExitCode


def schema(args: argparse.Namespace) -> int:
    """Print the schema, or write it to ``--out``."""
    text = json.dumps(content_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return ExitCode.OK
