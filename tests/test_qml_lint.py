"""qmllint reads every QML file with the Python view models' types, and finds nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QML = REPO / "kiosk" / "ui" / "qml"
#: Every module that gives QML a type: a new view model is linted without being listed.
VIEW_MODELS = sorted(
    file for file in (REPO / "kiosk" / "ui").glob("*.py") if "@QmlElement" in file.read_text()
)
URI = "Kiosk.Models"


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=300, check=False
    )


def qml_types_for_view_models(folder: Path) -> Path:
    """Describe the @QmlElement classes to qmllint, as pyside6-project does."""
    out = folder / Path(*URI.split("."))
    out.mkdir(parents=True)
    metatypes = out / "kiosk_models_metatypes.json"
    qmltypes = out / "kiosk_models.qmltypes"
    done = run(BIN / "pyside6-metaobjectdump", "-q", "-o", metatypes, *VIEW_MODELS)
    assert done.returncode == 0, done.stderr
    qt_metatypes = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = ",".join(
        str(qt_metatypes / f"qt6{module}_metatypes.json") for module in ("core", "qml")
    )
    done = run(
        BIN / "pyside6-qmltyperegistrar",
        "--generate-qmltypes",
        qmltypes,
        "-o",
        out / "registrations.cpp",
        "--import-name",
        URI,
        "--major-version",
        "1",
        "--minor-version",
        "0",
        f"--foreign-types={foreign}",
        metatypes,
    )
    assert done.returncode == 0, done.stderr
    (out / "qmldir").write_text(f"module {URI}\ntypeinfo {qmltypes.name}\ndepends QtQml\n")
    return folder


def test_qmllint_finds_nothing(tmp_path: Path) -> None:
    types = qml_types_for_view_models(tmp_path)
    files = sorted((QML / "Kiosk").glob("**/*.qml"))
    done = run(
        BIN / "pyside6-qmllint",
        "--max-warnings",
        "0",
        "-I",
        QML,
        "-I",
        types,
        "-i",
        QML / "Kiosk" / "qmldir",
        *files,
    )
    assert done.returncode == 0, done.stdout + done.stderr
