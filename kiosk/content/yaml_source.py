"""Read a YAML file into plain values, remembering where every value was written.

PyYAML's loaders lose positions, silently let a later duplicate key win and
expand aliases without limit. This reader walks libyaml's event stream itself
(one pass, no recursion) so that it can refuse all of that with a located
message instead. Plain scalars are read with the YAML 1.2 core schema, as staff's
editors read them (:mod:`kiosk.content.yaml_scalars`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, NoReturn

import yaml

from kiosk.content.invisible import HIDDEN_LINE_BREAK, first_invisible, name_of
from kiosk.content.problems import KeyPath, Position, Problem, error
from kiosk.content.yaml_messages import plain_words
from kiosk.content.yaml_scalars import CORE, SCALAR_TAGS, construct_tagged, resolve_plain

_Parser: Any
try:  # libyaml is in every PyYAML wheel; the pure-Python parser is the same, slower.
    from yaml import cyaml

    _Parser = cyaml.CParser  # type: ignore[attr-defined]
except (ImportError, AttributeError):  # pragma: no cover - depends on how PyYAML was built
    _Parser = yaml.SafeLoader

#: Content deeper than this is not a content file (ours needs about eight levels).
MAX_DEPTH = 32
#: Keys of one mapping, or items of one list. The bundled file's largest holds 12; the
#: benchmark's 1,000 topics are far inside. Past it the file is not content (a million
#: keys took 65 s and 1.7 GB to report one by one), and reading stops with one problem.
MAX_ENTRIES = 10_000
#: Duplicate keys reported before reading stops.
MAX_DUPLICATES = 100
_KEY_TAGS = frozenset({f"{CORE}str"})
_CONTAINER_TAGS = frozenset({f"{CORE}map", f"{CORE}seq"})
_BLOCK_STYLES = ("|", ">")


class Mark(NamedTuple):
    """A place counted from 0, as libyaml counts (its own marks have the same fields)."""

    line: int
    column: int


@dataclass
class SourceMap:
    """Where each value and each mapping key of a document was written.

    libyaml's own marks are kept as they come (counted from 0) and turned into
    :class:`Position` only when a problem asks: making 100,000 positions up front
    would cost more than the rest of the load.
    """

    values: dict[KeyPath, Any] = field(default_factory=dict)
    keys: dict[KeyPath, Any] = field(default_factory=dict)
    #: Plain scalars that YAML read as something other than text, as written.
    raw: dict[KeyPath, str] = field(default_factory=dict)
    #: Values written as `|` or `>` blocks: their text starts on the next line.
    blocks: set[KeyPath] = field(default_factory=set)

    def at(self, path: KeyPath) -> Position | None:
        """Where to point for a problem with ``path``: a value on its key's line, or
        the text of a block, is pointed at itself; anything longer at its key."""
        key, value = self.keys.get(path), self.values.get(path)
        if value is not None and (key is None or key.line == value.line or path in self.blocks):
            return _position(value)
        return self.key_at(path)

    def value_at(self, path: KeyPath) -> Position | None:
        """The position of the value at ``path``, or of its nearest written ancestor."""
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return _position(found)
        return None

    def key_at(self, path: KeyPath) -> Position | None:
        """The position of the key that names ``path``, else of its value."""
        key = self.keys.get(path)
        return _position(key) if key is not None else self.value_at(path)


@dataclass
class ParsedYaml:
    """The document's data (``None`` when it could not be read) and what was found."""

    data: Any
    source: SourceMap
    problems: list[Problem]


def parse_yaml(text: str) -> ParsedYaml:
    """Parse one YAML document from ``text``; never raises for bad input."""
    hidden = _hidden_line_breaks(text)
    if hidden:
        return ParsedYaml(None, SourceMap(), hidden)
    reader = _EventReader(text)
    try:
        reader.run()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = _position(mark) if mark is not None else None
        reader.problems.append(error(plain_words(exc, text), (), position))
        reader.data = None
    except yaml.reader.ReaderError as exc:  # a control character, such as NUL
        # libyaml counts in bytes of UTF-8, not in characters: after an é they differ.
        offset = len(text.encode("utf-8")[: exc.position].decode("utf-8", errors="ignore"))
        position = _offset_position(text, offset)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = f"the file holds {name_of(chr(code))} here; delete it, or retype the line"
        reader.problems.append(error(message, (), position))
        reader.data = None
    except _Stop:
        reader.data = None
    if reader.data is None and not reader.problems:
        reader.problems.append(
            error("the file is empty: it needs at least `version`, `clinic` and `topics`")
        )
    return ParsedYaml(reader.data, reader.source, reader.problems)


class _Stop(Exception):
    """Reading cannot go on; the reason is already in ``problems``."""


@dataclass(slots=True)
class _Frame:
    path: KeyPath
    value: dict[str, Any] | list[Any]
    key: str | None = None
    key_mark: Any = None


class _EventReader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.source = SourceMap()
        self.problems: list[Problem] = []
        self.data: Any = None
        self._stack: list[_Frame] = []
        self._documents = 0
        self._lines: list[str] | None = None

    def run(self) -> None:
        parser = _Parser(self.text)
        try:
            while True:
                event: Any = parser.get_event()
                kind = type(event)
                if kind is yaml.ScalarEvent:
                    self._scalar(event)
                elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                    self._start(event, {} if kind is yaml.MappingStartEvent else [])
                elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                    self._end()
                elif kind is yaml.AliasEvent:
                    self._stop(
                        event,
                        f"`*{event.anchor}` repeats another part of the file (a YAML alias); "
                        "aliases are not supported here, so write the value out in full",
                    )
                elif kind is yaml.DocumentStartEvent:
                    self._document(event)
                elif kind is yaml.StreamEndEvent:
                    return
        finally:
            dispose = getattr(parser, "dispose", None)
            if dispose is not None:
                dispose()

    def _document(self, event: Any) -> None:
        self._documents += 1
        if event.version is not None and event.version != (1, 2):
            major, minor = event.version
            self._stop(
                event,
                f"the file asks to be read as YAML {major}.{minor} (its `%YAML` line); the "
                "kiosk and staff's editors read YAML 1.2: delete that line",
            )
        if self._documents > 1:
            self._stop(
                event,
                "the file holds a second YAML document (a second `---` line); "
                "keep all the content in one document",
            )

    def _start(self, event: Any, container: dict[str, Any] | list[Any]) -> None:
        if len(self._stack) >= MAX_DEPTH:
            self._stop(event, f"the content is nested more than {MAX_DEPTH} levels deep")
        if event.tag is not None:
            self._check_tag(event, _CONTAINER_TAGS)
        self._stack.append(_Frame(self._place(container, event, event.start_mark), container))

    def _end(self) -> None:
        frame = self._stack.pop()
        if not self._stack:
            self.data = frame.value

    def _scalar(self, event: Any) -> None:
        stack = self._stack
        top = stack[-1] if stack else None
        tag = event.tag
        if top is not None and top.key is None and type(top.value) is dict:
            if tag is not None:
                self._check_tag(event, _KEY_TAGS)  # refused on a key as on a value, not dropped
            top.key = event.value
            top.key_mark = event.start_mark
            return
        if tag is not None:
            self._check_tag(event, SCALAR_TAGS)
        value = self._scalar_value(event)
        style = event.style
        block = style in _BLOCK_STYLES
        path = self._place(value, event, self._block_mark(event) if block else event.start_mark)
        if type(value) is str:
            hidden = first_invisible(value)
            if hidden is not None:
                message = f"the text holds {hidden}; delete it, or type the text again"
                self.problems.append(error(message, path, _position(event.start_mark)))
        elif not style:
            self.source.raw[path] = event.value
        if block:
            self.source.blocks.add(path)

    def _scalar_value(self, event: Any) -> Any:
        tag = event.tag
        if tag is not None and tag != "!":
            return construct_tagged(tag, event.value)
        if event.style or not event.implicit[0]:
            return event.value
        return resolve_plain(event.value)

    def _place(self, value: Any, event: Any, mark: Any) -> KeyPath:
        """Put ``value`` into its parent and return its key path; ``mark`` is where it is.

        A value under a duplicate key is read (so that nesting stays balanced)
        but not kept.
        """
        if not self._stack:
            if value is None:  # a document with nothing in it: reported as empty
                raise _Stop
            if not isinstance(value, dict):
                self._stop(event, "the file must be a set of `key: value` lines at the top level")
            self.source.values[()] = mark
            return ()
        top = self._stack[-1]
        if len(top.value) >= MAX_ENTRIES:
            what = "items" if isinstance(top.value, list) else "keys"
            self._stop(
                event,
                f"this part holds more than {MAX_ENTRIES:,} {what}; content needs far fewer "
                "(is this the right file?)",
            )
        if isinstance(top.value, list):
            path = (*top.path, len(top.value))
            top.value.append(value)
        else:
            key, key_mark = top.key, top.key_mark
            top.key = top.key_mark = None
            if key is None:  # a mapping or list used as a key
                self._stop(event, "a key must be a plain word, not a list or a block")
            path = (*top.path, key)
            if key in top.value:
                self.problems.append(self._duplicate(path, _position(key_mark)))
                if len(self.problems) >= MAX_DUPLICATES:
                    self._stop(event, f"more than {MAX_DUPLICATES} keys are written twice")
                return path
            top.value[key] = value
            self.source.keys[path] = key_mark
        self.source.values[path] = mark
        return path

    def _duplicate(self, path: KeyPath, position: Position) -> Problem:
        first = _position(self.source.keys[path])
        key = path[-1]
        if path[:-1] == ("topics",):
            message = (
                f"the topic id `{key}` is used twice (first on line {first.line}); "
                "give each topic its own id"
            )
        else:
            message = (
                f"`{key}` is written twice here (first on line {first.line}); "
                "keep one of them (YAML would silently use the last)"
            )
        return error(message, path, position)

    def _block_mark(self, event: Any) -> Mark:
        """Where a `|` or `>` block's text starts: its first line that is not blank, after
        the line of its `|` or `>`, at its indent."""
        mark = event.start_mark
        if self._lines is None:
            self._lines = self.text.splitlines()
        following = self._lines[mark.line + 1 : mark.line + 50]
        written = next((line for line in following if line.strip()), "")
        return Mark(mark.line + 1, len(written) - len(written.lstrip(" ")))

    def _check_tag(self, event: Any, allowed: set[str] | frozenset[str]) -> None:
        tag = event.tag
        if tag is None or tag == "!" or tag in allowed:
            return
        shown = tag.replace(CORE, "!!")
        self._stop(event, f"YAML tags such as `{shown}` are not allowed in the content file")

    def _stop(self, event: Any, message: str) -> NoReturn:
        path = self._path_of_current()[:4]  # a runaway nesting has no useful deeper path
        self.problems.append(error(message, path, _position(event.start_mark)))
        raise _Stop

    def _path_of_current(self) -> KeyPath:
        if not self._stack:
            return ()
        top = self._stack[-1]
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        if top.key is not None:
            return (*top.path, top.key)
        return top.path


def _hidden_line_breaks(text: str) -> list[Problem]:
    """A line separator, paragraph separator or NEL anywhere in the file, each located as an
    editor counts lines (libyaml would count each as a line break, and be lines off)."""
    problems = []
    for found in HIDDEN_LINE_BREAK.finditer(text):
        message = f"the file holds {name_of(found.group())} here; delete it, or retype the line"
        problems.append(error(message, (), _offset_position(text, found.start())))
        if len(problems) == MAX_DUPLICATES:
            break
    return problems


def _offset_position(text: str, offset: int) -> Position:
    """The line and column of ``offset`` as an editor counts them: lines end at \\n, \\r\\n
    or a lone \\r, columns are characters."""
    before = text[:offset]
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    lines = before.count("\n") + before.count("\r") - before.count("\r\n")
    return Position(lines + 1, offset - line_start + 1)


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)
