"""Guarded YAML loading for untrusted packs.

Packs travel on USB sticks and chat groups, so a file is checked while it is
parsed: a size cap before reading, and while walking the libyaml event stream a
depth cap, no anchors, aliases or merge keys (they allow billion-laughs bombs),
and no duplicate keys. The result keeps the line and column of every value so
that later checks can point at the exact place.
"""
from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from game.core.problems import PackError, Problem

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 40
MAX_EVENTS = 200_000

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")}
_STR = "tag:yaml.org,2002:str"
_COLLECTION_TAGS = {yaml.SequenceStartEvent: "tag:yaml.org,2002:seq", yaml.MappingStartEvent: "tag:yaml.org,2002:map"}

# A key path into the loaded data: ("actions", 0, "options", 1, "safe")
KeyPath = tuple


@dataclass
class LoadedYaml:
    """The plain data of one file plus the (line, col) of every key path."""

    path: str
    data: object
    marks: dict = field(default_factory=dict)      # key path -> place of the value
    key_marks: dict = field(default_factory=dict)  # key path -> place of the key itself

    def where(self, keypath: KeyPath) -> tuple[int, int]:
        """Line and column of the closest known place along ``keypath``."""
        keypath = tuple(keypath)
        while keypath and keypath not in self.marks:
            keypath = keypath[:-1]
        return self.marks.get(keypath, (1, 1))

    def where_key(self, keypath: KeyPath) -> tuple[int, int]:
        """Line and column of the key that ends ``keypath`` (for unknown keys)."""
        return self.key_marks.get(tuple(keypath)) or self.where(keypath)


def load_yaml_file(path: Path, shown_path: str | None = None) -> LoadedYaml:
    """Read and parse ``path`` safely; raise PackError with every problem found."""
    shown = shown_path or str(path)
    try:
        info = path.stat()
        # A FIFO, a device or a link to /dev/zero reports size 0 but never ends (or blocks
        # forever): only regular files are read, and never more than the cap plus one byte.
        if not stat.S_ISREG(info.st_mode):
            raise PackError([Problem(shown, 1, 1, "not a regular file", "copy the real file into the pack")])
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise PackError([Problem(shown, 1, 1, f"file is {size:,} bytes, more than the "
                                     f"{MAX_FILE_BYTES:,} allowed", "split it or move media out")])
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:   # it grew after stat
            raise PackError([Problem(shown, 1, 1, f"file is more than the {MAX_FILE_BYTES:,} bytes allowed",
                                     "split it or move media out")])
    except (OSError, ValueError) as err:   # ValueError: a NUL byte in the path
        raise PackError([Problem(shown, 1, 1, f"cannot read file: {getattr(err, 'strerror', None) or err}", "")]) from err
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise PackError([Problem(shown, line, 1, "file is not valid UTF-8",
                                 "save it as UTF-8 in your editor")]) from err
    return parse_yaml_text(text, shown)


def parse_yaml_text(text: str, shown: str) -> LoadedYaml:
    """Parse one YAML document from ``text`` with the guards described above."""
    loader = Loader(text)
    builder = _Builder(shown, loader)
    try:
        data = builder.build()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"YAML syntax: {err.problem or err.context}"
        if "nesting depth" in message:   # PyYAML 6.0.3+ stops deep nesting in its scanner, before our cap
            raise PackError([Problem(shown, line, col, f"nesting deeper than {MAX_DEPTH} levels",
                                     "flatten the structure")]) from err
        full_width = _full_width_colon(text, line)
        if full_width is not None:
            raise PackError([Problem(shown, *full_width, "a full-width colon '：' after a key",
                                     "write a half-width colon and a space, as in 'difficulty: 1'")]) from err
        bad_line = text.split("\n")[line - 1] if 0 < line <= text.count("\n") + 1 else ""
        hint = "indent with spaces, not tabs" if "\t" in bad_line else _syntax_hint(err)
        raise PackError([Problem(shown, line, col, message, hint)]) from err
    except yaml.reader.ReaderError as err:
        # A control character (NUL, BEL...): libyaml gives only a byte offset; turn it into
        # the line and column so the author can find it.
        before = text.encode("utf-8")[: max(0, err.position)].decode("utf-8", "replace")
        line, col = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        raise PackError([Problem(shown, line, col, f"YAML error: {err.reason} (character #x{err.character:04x})",
                                 "remove the invisible control character")]) from err
    except yaml.YAMLError as err:
        raise PackError([Problem(shown, 1, 1, f"YAML error: {err}", "")]) from err
    finally:
        loader.dispose()
    return LoadedYaml(shown, data, builder.marks, builder.key_marks)


_FULL_WIDTH_KEY = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*\s*(：)")


def _full_width_colon(text: str, error_line: int) -> tuple[int, int] | None:
    """(line, column) of the last 'key：' (a Chinese keyboard's colon) at or before the line YAML
    stumbled on: YAML reads 'difficulty：1' as text and complains a line later."""
    lines = text.split("\n")[: max(error_line, 1)]
    for number in range(len(lines), 0, -1):
        found = _FULL_WIDTH_KEY.match(lines[number - 1])
        if found:
            return number, found.start(1) + 1
    return None


def _syntax_hint(err: yaml.MarkedYAMLError) -> str:
    problem = str(err.problem or "")
    if "tab" in problem:
        return "indent with spaces, not tabs"
    if "mapping values" in problem:
        return "put text that contains ': ' in quotes"
    return "check indentation and quotes near this place"


class _Builder:
    """Turns the libyaml event stream into plain Python data with marks."""

    def __init__(self, shown: str, loader):
        self.shown = shown
        self.loader = loader
        self.marks: dict = {}
        self.key_marks: dict = {}
        self.events = 0
        self._get_event = loader.get_event   # looked up once: it runs for every value

    def _fail(self, event, message: str, hint: str):
        mark = event.start_mark
        raise PackError([Problem(self.shown, mark.line + 1, mark.column + 1, message, hint)])

    def _next(self):
        self.events += 1
        event = self._get_event()
        if self.events > MAX_EVENTS:
            self._fail(event, "file has too many values", "split it into smaller files")
        return event

    def build(self):
        self._next()  # StreamStart
        event = self.loader.peek_event()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        self._next()  # DocumentStart
        data = self._value(self._next(), (), 1)
        self._next()  # DocumentEnd
        if not isinstance(self.loader.peek_event(), yaml.StreamEndEvent):
            self._fail(self.loader.peek_event(), "more than one YAML document in the file",
                       "remove the '---' line")
        return data

    # Checked with type(...) is, not isinstance: this runs once per value of every pack file,
    # and the event classes have no subclasses.
    def _value(self, event, keypath: KeyPath, depth: int):
        if depth > MAX_DEPTH:
            self._fail(event, f"nesting deeper than {MAX_DEPTH} levels", "flatten the structure")
        kind = type(event)
        if kind is yaml.AliasEvent:
            self._fail(event, "aliases (*name) are not allowed in packs", "write the value out in full")
        if event.anchor:
            self._fail(event, "anchors (&name) are not allowed in packs", "remove the anchor")
        self.marks[keypath] = (event.start_mark.line + 1, event.start_mark.column + 1)
        if kind is yaml.ScalarEvent:
            return self._scalar(event)
        # Tags on lists and maps were silently ignored, though the format promises to refuse
        # tags such as !!python/object/apply on any value.
        if kind in _COLLECTION_TAGS and event.tag not in (None, "!", _COLLECTION_TAGS[kind]):
            self._fail(event, f"tag {event.tag} is not allowed in packs", "remove the tag")
        if kind is yaml.SequenceStartEvent:
            return self._sequence(keypath, depth)
        if kind is yaml.MappingStartEvent:
            return self._mapping(keypath, depth)
        self._fail(event, "unexpected YAML structure", "check indentation")

    def _scalar(self, event):
        value = event.value
        if event.tag is None:
            # Quoted text, or plain text whose first character starts no number, bool or null
            # (the resolver looks only at those): text, without asking the resolver.
            if not event.implicit[0] or (value and value[0] not in self.loader.yaml_implicit_resolvers):
                return value
        elif event.tag != "!" and event.tag not in _PLAIN_TAGS:
            self._fail(event, f"tag {event.tag} is not allowed in packs", "remove the tag")
        tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)
        if tag not in _PLAIN_TAGS:  # dates and the like stay text
            return event.value
        if event.tag in _PLAIN_TAGS:
            tag = event.tag
        if tag == _STR:   # most values: no node to build (validating a 10,000-node call took 0.5 s less)
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, KeyError, IndexError, TypeError, OverflowError):
            # PyYAML's constructors raise plain Python errors for '!!int abc', '!!bool maybe',
            # '!!float x', an empty '!!int ' (IndexError) and integers over Python's 4300-digit
            # limit; they must be problems.
            self._fail(event, f"'{event.value[:40]}' is not a valid {tag.rsplit(':', 1)[-1]}",
                       "write a plain number or true/false, or put text in quotes")

    def _sequence(self, keypath, depth):
        items: list = []
        while True:
            event = self._next()
            if type(event) is yaml.SequenceEndEvent:
                return items
            items.append(self._value(event, keypath + (len(items),), depth + 1))

    def _mapping(self, keypath, depth):
        result: dict = {}
        while True:
            key_event = self._next()
            if type(key_event) is yaml.MappingEndEvent:
                return result
            if type(key_event) is not yaml.ScalarEvent:
                self._fail(key_event, "a key must be plain text", "use a simple name before ':'")
            if key_event.value == "<<" and key_event.implicit[0]:
                self._fail(key_event, "merge keys (<<) are not allowed in packs", "write the keys out in full")
            key = self._scalar(key_event)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                self._fail(key_event, "a key must be plain text", "use a simple name before ':'")
            key = str(key) if not isinstance(key, str) else key
            if key in result:
                self._fail(key_event, f"key '{key}' appears twice", "remove one of them")
            mark = key_event.start_mark
            self.key_marks[keypath + (key,)] = (mark.line + 1, mark.column + 1)
            result[key] = self._value(self._next(), keypath + (key,), depth + 1)
