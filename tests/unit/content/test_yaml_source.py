"""Reading YAML: syntax errors, duplicate keys, aliases and tags refused with their lines."""

from __future__ import annotations

import math
import tracemalloc

import pytest

from kiosk.content.problems import Position
from kiosk.content.yaml_source import (
    MAX_DEPTH,
    MAX_DUPLICATES,
    MAX_ENTRIES,
    parse_yaml,
)


def only_problem(text: str) -> str:
    parsed = parse_yaml(text)
    assert parsed.data is None or parsed.problems
    assert len(parsed.problems) == 1, parsed.problems
    return parsed.problems[0].format("f.yaml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb:\n\tc: 2\n", "f.yaml:3:1: error: the file is not valid YAML: a tab is used"),
        ("a: 1\nb: [1, 2\nc: 3\n", "f.yaml:3:2: error: the file is not valid YAML: a list in"),
        ("title: Note: read this\n", "f.yaml:1:12: error: the file is not valid YAML: a `: `"),
        ("a: 'open\n", "f.yaml:2:1: error: the file is not valid YAML: the file ends in"),
        ("a:\n  b: 1\n c: 2\n", "f.yaml:3:2: error: the file is not valid YAML: the indenting"),
    ],
)
def test_syntax_errors_are_located_and_worded(text: str, expected: str) -> None:
    assert only_problem(text).startswith(expected)


def test_a_duplicate_key_names_both_lines() -> None:
    text = "clinic:\n  name: A\n  welcome: Hi\n  name: B\n"
    problems = parse_yaml(text).problems
    assert [p.format("f") for p in problems] == [
        "f:4:3: error: clinic.name: `name` is written twice here (first on line 2); "
        "keep one of them (YAML would silently use the last)"
    ]


def test_a_duplicate_topic_id_says_topic_id() -> None:
    text = "topics:\n  botox:\n    title: A\n  botox:\n    title: B\n"
    (problem,) = parse_yaml(text).problems
    assert problem.format("f") == (
        "f:4:3: error: topics.botox: the topic id `botox` is used twice (first on line 2); "
        "give each topic its own id"
    )


def test_every_duplicate_is_reported_at_once() -> None:
    text = "a: 1\na: 2\nb:\n  c: 1\n  c: 2\n"
    assert [p.position.line for p in parse_yaml(text).problems if p.position] == [2, 5]


def test_an_alias_bomb_is_refused_at_the_first_alias() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    parsed = parse_yaml("\n".join(lines) + "\n")
    assert parsed.data is None
    assert [p.format("f") for p in parsed.problems] == [
        "f:2:8: error: b[1]: `*a` repeats another part of the file (a YAML alias); "
        "aliases are not supported here, so write the value out in full"
    ]


def test_nesting_beyond_the_limit_is_refused() -> None:
    text = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    message = only_problem(text)
    assert f"nested more than {MAX_DEPTH} levels deep" in message
    assert message.startswith("f.yaml:1:")


@pytest.mark.parametrize(
    "text", ["a: !!python/object:os.system x\n", "a: !!binary aGk=\n", "a: !!set {b}\n"]
)
def test_unsafe_or_unknown_tags_are_refused(text: str) -> None:
    assert "are not allowed in the content file" in only_problem(text)


def test_a_second_document_is_refused() -> None:
    assert only_problem("a: 1\n---\nb: 2\n").startswith(
        "f.yaml:2:1: error: the file holds a second YAML document"
    )


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n...\n"])
def test_an_empty_file_is_an_error(text: str) -> None:
    assert only_problem(text) == (
        "f.yaml: error: the file is empty: it needs at least `version`, `clinic` and `topics`"
    )


@pytest.mark.parametrize("text", ["- a\n- b\n", "just words\n", "42\n"])
def test_the_top_level_must_be_a_mapping(text: str) -> None:
    assert "must be a set of `key: value` lines" in only_problem(text)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        # YAML 1.1 read these as a yes/no value, a base-60 number, an octal number and a
        # date; YAML 1.2's core schema, which staff's editors use, reads them as written.
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("Off", "Off"),
        ("1:30", "1:30"),
        ("2026-11-20", "2026-11-20"),
        ("1_000", "1_000"),
        ("0b101", "0b101"),
        ("012", 12),
        ("0o12", 10),
        ("0x1F", 31),
        ("+7", 7),
        ("-0", 0),
        ("1e3", 1000.0),
        ("1.", 1.0),
        (".5", 0.5),
        ("-.inf", -math.inf),
        (".Inf", math.inf),
        ("true", True),
        ("FALSE", False),
        ("True", True),
        ("~", None),
        ("Null", None),
        ("", None),
        ("nulls", "nulls"),
        ("truely", "truely"),
        ("1" * 5000, math.inf),
    ],
)
def test_plain_values_are_read_with_the_yaml_1_2_core_schema(written: str, value: object) -> None:
    parsed = parse_yaml(f"a: {written}\n")
    assert parsed.problems == []
    assert parsed.data == {"a": value}
    if not isinstance(value, str):
        assert parsed.source.raw[("a",)] == written


def test_quoted_and_tagged_values_are_text_unless_the_tag_says_otherwise() -> None:
    parsed = parse_yaml("a: '12'\nb: !!str 12\nc: !!int 12\nd: !!bool true\ne: !!int x\n")
    assert parsed.data == {"a": "12", "b": "12", "c": 12, "d": True, "e": "x"}


def test_a_yaml_1_1_tag_is_refused() -> None:
    assert "`!!timestamp` are not allowed" in only_problem("a: !!timestamp 2026-11-20\n")


def test_a_yaml_1_1_directive_is_refused_and_1_2_is_read() -> None:
    assert "asks to be read as YAML 1.1" in only_problem("%YAML 1.1\n---\na: yes\n")
    assert parse_yaml("%YAML 1.2\n---\na: yes\n").data == {"a": "yes"}


@pytest.mark.parametrize(
    ("before", "character", "named"),
    [
        ("", "\u2028", "an invisible line separator (U+2028)"),
        ("é 漢字 😀 ", "\u2029", "an invisible paragraph separator (U+2029)"),
        ("x", "\x85", "a next-line character (NEL, U+0085)"),
    ],
)
def test_a_hidden_line_break_in_the_file_is_named_at_its_own_place(
    before: str, character: str, named: str
) -> None:
    """libyaml reads these as line breaks, which no editor shows: the message said "this
    line should be `key: value`", two lines off."""
    text = f"version: 1\r\nclinic:\n  name: Maple {before}{character}Clinic\n  welcome: Hi\n"
    (problem,) = parse_yaml(text).problems
    assert problem.message == f"the file holds {named} here; delete it, or retype the line"
    assert problem.position == Position(3, 15 + len(before))


def test_keys_are_read_as_written() -> None:
    # Norway's language code must stay "no", not become false.
    assert parse_yaml("no: Norsk\n1: one\n").data == {"no": "Norsk", "1": "one"}


def test_positions_point_at_values_keys_and_block_text() -> None:
    text = "topics:\n  a:\n    title: Hi\n    body: |\n      First line\n      Second\n"
    source = parse_yaml(text).source
    assert source.key_at(("topics", "a")) == Position(2, 3)
    assert source.at(("topics", "a")) == Position(2, 3)
    assert source.at(("topics", "a", "title")) == Position(3, 12)
    assert source.at(("topics", "a", "body")) == Position(5, 7)
    assert source.value_at(("topics", "a", "missing", 3)) == Position(3, 5)


def test_reading_keeps_nothing_from_one_file_to_the_next(bundled_text: str) -> None:
    """A shared PyYAML constructor kept every number, date and yes/no of every load (about
    10 MB per 1,500 loads of the bundled file, in a kiosk that reloads for months)."""
    text = bundled_text + "\nextra: [1, 2.5, 2026-11-20, yes, ~, 0x1F, .inf]\n"
    for _ in range(20):
        parse_yaml(text)
    tracemalloc.start()
    try:
        parse_yaml(text)
        settled, _ = tracemalloc.get_traced_memory()
        for _ in range(200):
            parse_yaml(text)
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert after - settled < 64 * 1024, f"{after - settled} bytes kept over 200 reads"


@pytest.mark.parametrize("before", ["", "Clínica señal ", "診療所 ", "🙂 "])
def test_a_control_character_is_located_in_characters_after_any_text(before: str) -> None:
    """libyaml reports the byte; staff's editor counts characters (a NUL at 24:16 was
    reported at 25:6 after one accented word)."""
    text = f'version: 1\nname: "{before}Maple\x00 Clinic"\n'
    (problem,) = parse_yaml(text).problems
    line = text.splitlines()[1]
    assert problem.position == Position(2, line.index("\x00") + 1)
    assert "invisible control character (U+0000)" in problem.message


@pytest.mark.parametrize("tag", ["!foo", "!!int", "!!python/object"])
def test_a_tag_on_a_key_is_refused_like_a_tag_on_a_value(tag: str) -> None:
    """`!foo version: 1` was read as `version`, the tag silently dropped."""
    (problem,) = parse_yaml(f"{tag} version: 1\n").problems
    assert problem.message == f"YAML tags such as `{tag}` are not allowed in the content file"
    assert problem.position == Position(1, 1)
    assert parse_yaml("!!str version: 1\n").problems == []  # a key is text anyway


def test_a_file_of_a_million_keys_is_refused_at_the_first_too_many() -> None:
    """Each unknown key was a problem of its own: 65 s and 1.7 GB to say so a million times."""
    text = "version: 1\n" + "".join(f"key{n}: 1\n" for n in range(1_000_000))
    parsed = parse_yaml(text)
    (problem,) = parsed.problems
    assert problem.message == (
        f"this part holds more than {MAX_ENTRIES:,} keys; content needs far fewer "
        "(is this the right file?)"
    )
    assert problem.position is not None
    assert problem.position.line == MAX_ENTRIES + 1
    assert parsed.data is None


def test_a_list_too_long_is_refused_as_well() -> None:
    text = "sources:\n" + "".join("  - x\n" for _ in range(MAX_ENTRIES + 5))
    (problem,) = parse_yaml(text).problems
    assert problem.message.startswith(f"this part holds more than {MAX_ENTRIES:,} items")
    assert problem.path == ("sources", MAX_ENTRIES)  # the first item too many


def test_a_flood_of_duplicates_is_reported_up_to_a_hundred() -> None:
    problems = parse_yaml("a: 1\n" * 100_000).problems
    assert len(problems) == MAX_DUPLICATES + 1
    assert problems[-1].message == f"more than {MAX_DUPLICATES} keys are written twice"


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ('"Maple\\0Clinic"', "an invisible control character (U+0000)"),
        ('"Maple\\x07Clinic"', "an invisible control character (U+0007)"),
        ('"Maple\\LClinic"', "an invisible line separator (U+2028)"),
        ('"Maple\\PClinic"', "an invisible paragraph separator (U+2029)"),
        ('"Maple\\NClinic"', "a next-line character (NEL, U+0085)"),
        ('"Maple\\uFEFFClinic"', "an invisible byte order mark (U+FEFF)"),
    ],
)
def test_an_invisible_character_written_as_an_escape_is_named_where_it_is(
    written: str, named: str
) -> None:
    """Such characters went live: the YAML escape hides them from the reader's own check."""
    (problem,) = parse_yaml(f"version: 1\nname: {written}\n").problems
    assert problem.message == f"the text holds {named}; delete it, or type the text again"
    assert problem.position == Position(2, 7)
    assert problem.path == ("name",)


def test_tabs_and_line_breaks_are_text() -> None:
    assert parse_yaml('a: "one\\ttwo"\nb: |\n  three\n  four\n').problems == []
