"""Staff's editor and `kiosk check` agree on what is wrong with a content file.

The editor is the real thing: Red Hat's YAML language server (VS Code's YAML extension and
others), pinned in ``package.json`` here, reading the file's own `$schema` line. Each variant
of the bundled file holds one mistake (``variants.py``); for every one, both say "wrong" or
both say "fine", and where both say wrong they point at the same lines. The few that a JSON
Schema cannot see are listed below, with the reason, and must still disagree: when one stops
disagreeing, take it off the list.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.content.json_schema import content_schema
from kiosk.content.loader import read_and_validate
from kiosk.content.problems import Problem
from tests.editor.language_server import Diagnostic, LanguageServer, install
from tests.editor.variants import Variant, variants

REPO = Path(__file__).resolve().parents[2]
MODELINE = "# yaml-language-server: $schema=kiosk/content/content.schema.json\n"
#: Every setting written out, so that each kind of setting gets its mistakes too.
SETTINGS = """settings:
  idle_timeout_seconds: 90
  idle_warning_seconds: 20
  large_text_scale: 1.5
  hide_cursor: true
  screen_cleaning_seconds: 30
  staff_hold_seconds: 3
"""
#: Mistakes only `kiosk check` sees, and why no JSON Schema can say them.
KIOSK_ONLY = {
    "an alias": "an alias is YAML's own shorthand, resolved before a schema sees the value; "
    "the kiosk refuses aliases so that no file can expand to millions of values",
    "a %YAML 1.1 line": "the editor then reads YAML 1.1 (`no` as false); the kiosk reads only "
    "YAML 1.2 and says to delete the line",
    "U+2028 in a comment": "comments are not values; an invisible line break anywhere puts "
    "the kiosk's YAML reader (libyaml) a line off, so it is refused wherever it is",
    "a second document": "the language server checks only what it can match to the schema",
    "an empty file": "the language server checks nothing in an empty document",
    "a list at the top": "the language server does not check a document that is not a mapping",
}
BATCH = 100


@pytest.fixture(scope="module")
def language_server() -> Iterator[LanguageServer]:
    server = LanguageServer(install())
    yield server
    server.close()


@pytest.fixture(scope="module")
def base_text() -> str:
    text = (REPO / "content.yaml").read_text(encoding="utf-8")
    assert text.startswith(MODELINE), "the bundled file's first line names its schema"
    assert "\nsettings:\n" in text
    start = text.index("\nsettings:\n") + 1
    end = text.index("\n\n", start) + 1
    return text[:start] + SETTINGS + text[end:]


@pytest.fixture(scope="module")
def verdicts(
    base_text: str, language_server: LanguageServer, tmp_path_factory: pytest.TempPathFactory
) -> list[tuple[Variant, list[Problem], list[Diagnostic]]]:
    """Each variant with what the kiosk and the editor found in it."""
    folder = tmp_path_factory.mktemp("editor")
    (folder / "kiosk" / "content").mkdir(parents=True)
    (folder / "kiosk" / "content" / "content.schema.json").write_text(
        json.dumps(content_schema()), encoding="utf-8"
    )
    made = list(variants(base_text, content_schema()))
    editor: dict[int, list[Diagnostic]] = {}
    for start in range(0, len(made), BATCH):
        batch = {f"{folder.as_uri()}/variant-{n}.yaml": n for n in range(start, start + BATCH)}
        batch = {uri: n for uri, n in batch.items() if n < len(made)}
        found = language_server.diagnostics({uri: made[n].text for uri, n in batch.items()})
        editor.update({batch[uri]: diagnostics for uri, diagnostics in found.items()})
    shutil.rmtree(folder)
    return [
        (made[n], read_and_validate(made[n].text).problems, editor[n]) for n in range(len(made))
    ]


def test_the_bundled_file_is_clean_to_both(
    base_text: str, language_server: LanguageServer, tmp_path: Path
) -> None:
    (tmp_path / "kiosk" / "content").mkdir(parents=True)
    shutil.copy(REPO / "kiosk" / "content" / "content.schema.json", tmp_path / "kiosk/content")
    (found,) = language_server.diagnostics({f"{tmp_path.as_uri()}/c.yaml": base_text}).values()
    assert found == []
    assert read_and_validate(base_text).problems == []


def test_the_editor_and_the_kiosk_agree_on_every_variant(
    verdicts: list[tuple[Variant, list[Problem], list[Diagnostic]]],
) -> None:
    assert len(verdicts) > 500
    disagree = {
        variant.name: (
            [problem.format("content.yaml") for problem in problems][:2],
            [f"{d.line}: {d.message}" for d in diagnostics if d.is_error][:2],
        )
        for variant, problems, diagnostics in verdicts
        if bool(problems) != any(d.is_error for d in diagnostics)
    }
    assert set(disagree) == set(KIOSK_ONLY), {
        name: found for name, found in disagree.items() if name not in KIOSK_ONLY
    }
    for name in KIOSK_ONLY:
        kiosk_said, editor_said = disagree[name]
        assert kiosk_said, "only the kiosk sees these"
        assert not editor_said, "only the kiosk sees these"


def test_where_both_see_a_mistake_they_point_at_the_same_lines(
    verdicts: list[tuple[Variant, list[Problem], list[Diagnostic]]],
) -> None:
    """Every line the kiosk names is underlined in the editor (a line's span, or the line
    before it, where the editor marks a mapping from its key and the kiosk its first line)."""
    apart = {}
    for variant, problems, diagnostics in verdicts:
        underlined = {
            line for d in diagnostics if d.is_error for line in range(d.line - 1, d.end_line + 1)
        }
        named = {problem.position.line for problem in problems if problem.position}
        if problems and underlined and not named <= underlined:
            apart[variant.name] = (sorted(named), sorted(underlined)[:6])
    assert apart == {}
