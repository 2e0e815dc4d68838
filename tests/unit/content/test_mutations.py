"""A broken content file, however it was broken, gives located errors and never a crash."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.loader import LoadResult, load_content
from tests.conftest import BUNDLED, REPO, TODAY, formatted, line_of

ORIGINAL = BUNDLED.read_text(encoding="utf-8")
SURPRISES = (
    "no", "yes", "on", "1:30", "012", "~", "[]", "{}", '"x"', "12", "2026-13-45",
    "!!python/object:os.system x", "*alias", "&a x",
)  # fmt: skip
#: Characters that trouble YAML or UTF-8; the lone surrogates are written as raw bytes.
ODD_CHARACTERS = (
    "\x00", "\x07", "\t", "\r", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\udcff", "\udcc3",
    ":", "#", "&", "*", "!", "|", ">", "'", '"', "{", "[", "-", " ", "\n",
)  # fmt: skip
#: A `key: value` line whose value is written plainly, without quotes or a block.
PLAIN_VALUE = re.compile(r"^( *(?:- )?[\w-]+: )([^\s\"'|>#&*!\[{][^#\n]*)$", re.MULTILINE)
#: Problems about the whole file, which may have no place in it.
WHOLE_FILE = ("the file is empty", "not saved as UTF-8")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def delete_line(text: str, where: int, _: str) -> str:
    lines = _lines(text)
    del lines[where % len(lines)]
    return "\n".join(lines)


def duplicate_line(text: str, where: int, _: str) -> str:
    lines = _lines(text)
    index = where % len(lines)
    lines.insert(index, lines[index])
    return "\n".join(lines)


def truncate(text: str, where: int, _: str) -> str:
    """Cut the file's bytes, possibly inside a character, as an interrupted copy does."""
    data = text.encode("utf-8", "surrogateescape")
    return data[: where % (len(data) + 1)].decode("utf-8", "surrogateescape")


def swap_scalar(text: str, where: int, new: str) -> str:
    found = list(PLAIN_VALUE.finditer(text))
    if not found:
        return text
    match = found[where % len(found)]
    return text[: match.start(2)] + new + text[match.end(2) :]


def insert_tab(text: str, where: int, _: str) -> str:
    lines = _lines(text)
    index = where % len(lines)
    lines[index] = "\t" + lines[index]
    return "\n".join(lines)


def replace_character(text: str, where: int, new: str) -> str:
    if not text:
        return new
    index = where % len(text)
    return text[:index] + new + text[index + 1 :]


def indent(text: str, where: int, spaces: str) -> str:
    lines = _lines(text)
    index = where % len(lines)
    lines[index] = spaces + lines[index]
    return "\n".join(lines)


def dedent(text: str, where: int, spaces: str) -> str:
    lines = _lines(text)
    index = where % len(lines)
    lines[index] = lines[index].removeprefix(spaces)
    return "\n".join(lines)


@dataclass(frozen=True)
class Mutation:
    """One change: what to do, where (taken modulo the places there are) and with what."""

    change: Callable[[str, int, str], str]
    where: int
    new: str = ""

    def __call__(self, text: str) -> str:
        return self.change(text, self.where, self.new)

    def __repr__(self) -> str:
        return f"{self.change.__name__}({self.where}, {self.new!r})"


LINE_CHANGES = [delete_line, duplicate_line, truncate, insert_tab]
WHERE = st.integers(min_value=0, max_value=2**20)
SPACES = st.sampled_from([" ", "  ", "    "])
MUTATIONS = st.one_of(
    st.builds(Mutation, st.sampled_from(LINE_CHANGES), WHERE),
    st.builds(Mutation, st.just(swap_scalar), WHERE, st.sampled_from(SURPRISES)),
    st.builds(
        Mutation,
        st.just(replace_character),
        WHERE,
        st.one_of(st.sampled_from(ODD_CHARACTERS), st.characters()),
    ),
    st.builds(Mutation, st.sampled_from([indent, dedent]), WHERE, SPACES),
)


@pytest.fixture(scope="module")
def load(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], LoadResult]:
    """Write ``text`` (lone surrogates as raw bytes) beside the pictures and load it.

    ``surrogateescape`` turns only U+DC80 to U+DCFF back into bytes; any other lone
    surrogate (Hypothesis drew U+D800) is written as its own three bytes, invalid UTF-8 too.
    """
    folder = tmp_path_factory.mktemp("mutated")
    shutil.copytree(REPO / "assets", folder / "assets")
    file = folder / "content.yaml"

    def write_and_load(text: str) -> LoadResult:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = text.encode("utf-8", "surrogatepass")
        file.write_bytes(raw)
        return load_content(file, lint=True, today=TODAY)

    return write_and_load


def check_outcome(text: str, result: LoadResult) -> None:
    """Content or errors, never both or neither; every error worded and placed in the file."""
    assert (result.content is None) == bool(result.errors)
    last_line = len(text.splitlines()) + 1
    for problem in result.problems:
        assert problem.message.strip()
        assert "Traceback" not in problem.message
    for problem in result.errors:
        if problem.position is None:
            assert any(words in problem.message for words in WHOLE_FILE), problem
            continue
        assert 1 <= problem.position.line <= last_line, problem
        assert problem.position.column >= 1, problem
    assert all(line.startswith("content.yaml:") for line in formatted(result))


def mutate(mutations: list[Mutation]) -> str:
    text = ORIGINAL
    for mutation in mutations:
        text = mutation(text)
    return text


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutations=st.lists(MUTATIONS, min_size=1, max_size=4))
def test_a_mutated_file_gives_content_or_located_errors(
    load: Callable[[str], LoadResult], mutations: list[Mutation]
) -> None:
    text = mutate(mutations)
    check_outcome(text, load(text))


def index_of(needle: str) -> int:
    """The 0-based line of ``needle`` in the bundled file, as the mutations count lines."""
    return line_of(ORIGINAL, needle) - 1


def value_of(key: str) -> int:
    """Which plain ``key: value`` line (counted from 0) holds ``key``, as swap_scalar counts."""
    keys = [match[1].strip(" -") for match in PLAIN_VALUE.finditer(ORIGINAL)]
    return keys.index(f"{key}:")


VERSION = index_of("version: 1")
TOPIC_TITLE = index_of("  how-botox-works:") + 1
MIDDLE = len(ORIGINAL.encode()) // 2
#: Inside the two bytes of the first `í`, as a copy that stopped mid-character leaves it.
SPLIT_CHARACTER = ORIGINAL.encode().index("í".encode()) + 1
#: A character in the ASCII header comments, and where an editor shows it.
HEADER_CHARACTER = 200
HEADER_PLACE = "content.yaml:{}:{}".format(
    ORIGINAL.count("\n", 0, HEADER_CHARACTER) + 1,
    HEADER_CHARACTER - ORIGINAL.rfind("\n", 0, HEADER_CHARACTER),
)


def case(mutation: Mutation, expected: str) -> object:
    """A test case named after its mutation."""
    return pytest.param(mutation, expected, id=repr(mutation))


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [
        case(Mutation(delete_line, VERSION), "error: `version` is missing"),
        case(
            Mutation(duplicate_line, VERSION),
            f"content.yaml:{VERSION + 2}:1: error: version: `version` is written twice here "
            f"(first on line {VERSION + 1})",
        ),
        case(Mutation(truncate, MIDDLE), "error: "),
        case(Mutation(truncate, 0), "content.yaml: error: the file is empty"),
        case(Mutation(truncate, SPLIT_CHARACTER), "not saved as UTF-8 (byte 0xC3 here)"),
        case(
            Mutation(swap_scalar, value_of("version"), "1:30"),
            "error: version: must be 1, not `1:30`",
        ),
        case(
            Mutation(swap_scalar, value_of("version"), "'1'"),
            "error: version: write 1 without quotes: in quotes it is text",
        ),
        case(Mutation(swap_scalar, value_of("version"), "yes"), "error: version: "),
        case(
            Mutation(swap_scalar, value_of("name"), "!!python/object:os.system x"), "YAML tags such"
        ),
        case(Mutation(swap_scalar, value_of("name"), "*alias"), "aliases are not supported"),
        case(
            Mutation(swap_scalar, value_of("published"), "2026-13-45"), "2026-13-45 is not a date"
        ),
        case(
            Mutation(insert_tab, index_of("clinic:")),
            f"content.yaml:{index_of('clinic:') + 1}:1: error: the file is not valid YAML: a tab",
        ),
        case(
            Mutation(replace_character, HEADER_CHARACTER, "\udcff"),
            f"{HEADER_PLACE}: error: the file is not saved as UTF-8 (byte 0xFF here)",
        ),
        case(Mutation(replace_character, HEADER_CHARACTER, "\x00"), f"{HEADER_PLACE}: error: "),
        case(Mutation(indent, TOPIC_TITLE, "  "), "the indenting here does not line up"),
        case(Mutation(dedent, TOPIC_TITLE, "    "), "the indenting here does not line up"),
    ],
)
def test_each_kind_of_mutation_gives_a_located_error(
    load: Callable[[str], LoadResult], mutation: Mutation, expected: str
) -> None:
    text = mutate([mutation])
    assert text != ORIGINAL
    result = load(text)
    check_outcome(text, result)
    assert any(expected in line for line in formatted(result)), formatted(result)
