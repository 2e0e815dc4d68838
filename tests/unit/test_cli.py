"""The `kiosk` command as staff use it: exit codes, printed lines, the schema."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

import kiosk
from kiosk.cli import main
from kiosk.content.json_schema import content_schema
from kiosk.content.locate import find_content
from tests.conftest import BUNDLED, REPO, TODAY

SCHEMA_FILE = REPO / "kiosk" / "content" / "content.schema.json"


def run_kiosk(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_checking_the_bundled_content_passes_strictly() -> None:
    done = run_kiosk("check", "--strict", "--today", TODAY.isoformat(), "content.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == (
        "content.yaml: ready to go live: 8 topics in 3 categories; languages en, es; "
        "0 errors, 0 warnings\n"
    )


def test_a_broken_file_exits_1_with_located_lines_and_no_traceback(content_dir: Path) -> None:
    file = content_dir / "content.yaml"
    file.write_text(
        file.read_text(encoding="utf-8").replace("status: research", "status: proven"),
        encoding="utf-8",
    )
    done = run_kiosk("check", str(file))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{file}:")
    assert (
        ": error: topics.arthritis-pain.status: must be 'approved', 'research' or 'information'"
        in lines[0]
    )
    assert lines[-1] == (
        f"{file}: 1 error, 0 warnings; this file cannot go live "
        "(the kiosk keeps the last good content)"
    )
    assert "Traceback" not in done.stdout + done.stderr


def test_strict_turns_warnings_into_failure(
    content_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = content_dir / "content.yaml"
    file.write_text(
        file.read_text(encoding="utf-8").replace(
            "next_review: 2027-11-20", "next_review: 2026-01-01"
        ),
        encoding="utf-8",
    )
    today = TODAY.isoformat()
    assert main(["check", "--today", today, str(file)]) == 0
    assert main(["check", "--strict", "--today", today, str(file)]) == 1
    assert "--strict: fix the warnings" in capsys.readouterr().out.splitlines()[-1]


@pytest.mark.parametrize(
    "argv", [["check", "--no-such-option"], ["frobnicate"], ["run", "--size", "big"]]
)
def test_a_usage_mistake_exits_2(argv: list[str]) -> None:
    done = run_kiosk(*argv)
    assert done.returncode == 2
    assert "usage: kiosk" in done.stderr


def test_a_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    done = run_kiosk("check", str(tmp_path / "nothing.yaml"))
    assert done.returncode == 1
    assert done.stdout.startswith(f"{tmp_path / 'nothing.yaml'}: error: there is no content file")


def test_the_committed_schema_is_the_one_the_model_makes() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == content_schema(), (
        "run `kiosk schema --out kiosk/content/content.schema.json`"
    )
    assert BUNDLED.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=kiosk/content/content.schema.json\n"
    )


def _as_editors_see_it(text: str) -> object:
    """YAML as an editor's language server sees it: dates are just strings."""

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value.isoformat() if isinstance(value, datetime.date) else value

    return plain(yaml.safe_load(text))


def test_editors_accept_the_bundled_file_and_underline_a_misspelt_key(bundled_text: str) -> None:
    validator = jsonschema.Draft202012Validator(content_schema())
    assert list(validator.iter_errors(_as_editors_see_it(bundled_text))) == []
    misspelt = bundled_text.replace(
        "    title:\n      en: Crow's feet", "    titel:\n      en: Crow's feet"
    )
    messages = [error.message for error in validator.iter_errors(_as_editors_see_it(misspelt))]
    assert any("titel" in message for message in messages)


def test_content_is_found_by_the_documented_search(tmp_path: Path) -> None:
    (tmp_path / "content.yaml").write_text("version: 1\n", encoding="utf-8")
    other = tmp_path / "elsewhere.yaml"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert find_content(str(other), {}, empty) == other
    assert find_content(str(tmp_path), {}, empty) == tmp_path / "content.yaml"
    assert find_content(None, {"KIOSK_CONTENT": str(other)}, empty) == other
    assert find_content(None, {}, tmp_path) == tmp_path / "content.yaml"
    assert find_content(None, {}, empty) == BUNDLED


def test_the_version_is_one_command_away() -> None:
    done = run_kiosk("--version")
    assert (done.returncode, done.stdout) == (0, f"kiosk {kiosk.__version__}\n")
