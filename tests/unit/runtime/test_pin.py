"""The staff PIN: its hash file, what counts as a PIN, and the keypad lockout rule."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.runtime import paths
from kiosk.runtime.pin import (
    PinStore,
    hash_pin,
    pin_problem,
    verify_pin,
)


def test_a_saved_pin_opens_and_nothing_else_does(tmp_path: Path) -> None:
    store = PinStore(tmp_path / "settings")
    assert not store.is_set()
    assert not store.check("1234")  # no PIN set: nothing opens
    file = store.save("2580")
    assert store.is_set()
    assert store.check("2580")
    for wrong in ("2581", "258", "25800", "", "0852"):
        assert not store.check(wrong)
    assert "2580" not in file.read_text(encoding="ascii")


def test_the_pin_file_is_one_line_readable_by_its_owner_only(tmp_path: Path) -> None:
    file = PinStore(tmp_path).save("97531")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    lines = file.read_text(encoding="ascii").splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("scrypt$16384$8$1$")
    assert [path.name for path in tmp_path.iterdir()] == [file.name]  # no temp file left


def test_the_same_pin_hashes_differently_each_time() -> None:
    assert hash_pin("1234") != hash_pin("1234")  # a random salt each time
    assert hash_pin("1234", b"s" * 16) == hash_pin("1234", b"s" * 16)


def test_saving_again_replaces_the_pin_and_clear_removes_it(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    store.save("1111")
    store.save("2222")
    assert not store.check("1111")
    assert store.check("2222")
    assert store.clear()
    assert not store.is_set()
    assert not store.clear()


@pytest.mark.parametrize(
    "damaged",
    [
        "",
        "1234\n",
        "scrypt$16384$8$1$",
        "scrypt$x$8$1$AAAA$AAAA",
        "scrypt$16384$8$1$!!$AAAA",
        "\xff",
    ],
)
def test_a_damaged_pin_file_opens_nothing_and_counts_as_unset(tmp_path: Path, damaged: str) -> None:
    store = PinStore(tmp_path)
    store.file.write_text(damaged, encoding="latin-1")
    assert not store.check("1234")
    assert not verify_pin("1234", damaged)


def test_a_pin_file_that_cannot_be_read_counts_as_unset(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    store.file.mkdir()  # a folder where the file should be
    assert not store.is_set()
    assert not store.check("1234")


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("123", "4 to 8 digits"),
        ("123456789", "4 to 8 digits"),
        ("12a4", "digits only"),
        ("12 34", "digits only"),
        ("", "digits only"),
        ("١٢٣٤", "digits only"),  # Arabic-Indic digits are not on the keypad
    ],
)
def test_only_four_to_eight_plain_digits_make_a_pin(pin: str, problem: str) -> None:
    found = pin_problem(pin)
    assert found is not None
    assert problem in found
    with pytest.raises(ValueError, match=problem):
        PinStore(Path("/nonexistent")).save(pin)


@given(st.text(alphabet="0123456789", min_size=4, max_size=8))
def test_every_four_to_eight_digit_pin_is_accepted(pin: str) -> None:
    assert pin_problem(pin) is None


# -- `kiosk set-pin`, as staff run it -------------------------------------------------------


def set_pin(config: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "set-pin", *args],
        input=stdin,
        env={**os.environ, paths.SETTINGS.variable: str(config)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_set_pin_reads_the_pin_twice_from_stdin_and_says_where_it_went(tmp_path: Path) -> None:
    config = tmp_path / "settings"
    done = set_pin(config, stdin="482915\n482915\n")
    assert done.returncode == 0, done.stderr
    file = config / "staff-pin"
    assert (
        done.stdout == f"staff PIN set: its salted hash is in {file} (readable by this user only)\n"
    )
    assert "482915" not in done.stdout + done.stderr + file.read_text(encoding="ascii")
    assert PinStore(config).check("482915")


@pytest.mark.parametrize(
    ("stdin", "says"),
    [
        ("1234\n4321\n", "kiosk set-pin: the two PINs differ; nothing changed\n"),
        ("12\n12\n", "kiosk set-pin: the PIN must have 4 to 8 digits; nothing changed\n"),
        (
            "12ab\n12ab\n",
            "kiosk set-pin: the PIN must be digits only (0-9), with no spaces or letters; "
            "nothing changed\n",
        ),
        ("1234\n", "kiosk set-pin: give the PIN twice, on two lines; nothing changed\n"),
        ("", "kiosk set-pin: give the PIN twice, on two lines; nothing changed\n"),
    ],
)
def test_set_pin_refuses_a_bad_pin_and_keeps_the_old_one(
    tmp_path: Path, stdin: str, says: str
) -> None:
    PinStore(tmp_path).save("2468")
    done = set_pin(tmp_path, stdin=stdin)
    assert done.returncode == 1
    assert done.stderr == says
    assert PinStore(tmp_path).check("2468")


def test_set_pin_clear_removes_the_pin(tmp_path: Path) -> None:
    PinStore(tmp_path).save("2468")
    done = set_pin(tmp_path, "--clear")
    assert (done.returncode, done.stdout) == (0, f"staff PIN removed ({tmp_path / 'staff-pin'})\n")
    assert not PinStore(tmp_path).is_set()
    again = set_pin(tmp_path, "--clear")
    assert (again.returncode, again.stdout) == (0, "no staff PIN was set\n")


def test_set_pin_where_it_cannot_write_says_so_without_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    done = set_pin(blocker, stdin="2468\n2468\n")
    assert done.returncode == 1
    assert done.stderr.startswith(f"kiosk set-pin: cannot write {blocker / 'staff-pin'}: ")
    assert "Traceback" not in done.stderr
