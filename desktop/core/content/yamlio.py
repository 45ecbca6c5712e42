"""The one YAML entry point: safe parsing with line numbers and limits.

Documents are parsed with LibYAML's `CSafeLoader` when PyYAML has it (pure-Python `SafeLoader` otherwise) into a
node graph, then converted here into plain Python values. Mappings and lists come back as `YamlMap` and `YamlList`,
which remember the line of every key and item, so that a schema error can name `file:line`.

The conversion enforces limits, so a hostile file cannot exhaust memory, time or the stack: file size, nesting
depth, the number of values produced, and how far anchors and aliases (`&name`, `*name`) may expand. A YAML alias
"bomb" expands a few lines into billions of values; the node graph is measured before anything is built (each
shared node once), so such a file is refused in milliseconds. A recursive alias is refused too.

Every failure is a `YamlError` with a one-line message and, where known, the 1-based line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32
MAX_VALUES = 2_000_000
MAX_ALIAS_VALUES = 10_000
"""Values that aliases may add beyond those written out (content files need no aliases at all)."""
MAX_ALIAS_CHARS = 1_000_000
"""Characters of text that aliases may add beyond those written out."""

# Characters YAML 1.1 does not allow in a stream (control characters, surrogates, U+FFFE/U+FFFF).
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class ContentFileError(ValueError):
    """A file that cannot be read as content; `line` is 1-based (0 when unknown). `message` is one line."""

    def __init__(self, message: str, line: int = 0) -> None:
        message = " ".join(message.split())
        super().__init__(message)
        self.message = message
        self.line = line


class YamlError(ContentFileError):
    """A file that cannot be read as YAML."""


def line_at(text: str, index: int) -> int:
    """The 1-based line of a character index."""
    return text.count("\n", 0, max(0, index)) + 1


def decode_utf8(data: bytes, *, error: type[ContentFileError] = ContentFileError) -> str:
    """File bytes as text: UTF-8 with or without a byte-order mark. Anything else raises `error` naming the line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error("the file is saved as UTF-16; save it as UTF-8", 1)
    if data.startswith(b"PK\x03\x04"):
        raise error("this is a zip archive (an .xlsx or .ods workbook?), not a text file; save it as CSV or YAML", 1)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise error("the file contains a NUL byte (is it a binary file?)", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise error(f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", line) from None


class YamlMap(dict[str, Any]):
    """A mapping that knows its own line and the line of each key."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class YamlList(list[Any]):
    """A list that knows its own line and the line of each item."""

    line: int
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


@dataclass
class _Budget:
    values: int = 0


_SCALARS = SafeConstructor()


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


@dataclass
class _Measure:
    """The expanded size of a node graph, each shared (aliased) node measured once."""

    sizes: dict[int, tuple[int, int]]
    open: set[int]
    alias_values: int = 0
    alias_chars: int = 0


def _measure(node: Node, depth: int, state: _Measure) -> tuple[int, int]:
    """(values, characters) that converting `node` would produce; refuses deep, recursive or exploding graphs."""
    key = id(node)
    if key in state.open:
        raise YamlError("an alias refers to a value that contains it (a recursive alias)", _line(node))
    known = state.sizes.get(key)
    if known is not None:  # a second use of an anchored node: an alias
        state.alias_values += known[0]
        state.alias_chars += known[1]
        if state.alias_values > MAX_ALIAS_VALUES or state.alias_chars > MAX_ALIAS_CHARS:
            raise YamlError(
                f"anchors and aliases expand to more than {MAX_ALIAS_VALUES:,} values or {MAX_ALIAS_CHARS:,} "
                "characters; refused",
                _line(node),
            )
        return known
    if depth > MAX_DEPTH:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels", _line(node))
    if isinstance(node, ScalarNode):
        size = (1, len(node.value))
    else:
        state.open.add(key)
        values, chars = 1, 0
        children = node.value if isinstance(node, SequenceNode) else [n for pair in node.value for n in pair]
        for child in children:
            child_values, child_chars = _measure(child, depth + 1, state)
            values += child_values
            chars += child_chars
        state.open.discard(key)
        size = (values, chars)
    if size[0] > MAX_VALUES:
        raise YamlError(f"too many values (more than {MAX_VALUES:,})", _line(node))
    state.sizes[key] = size
    return size


_STANDARD = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_STANDARD + name for name in ("str", "int", "float", "bool", "null", "timestamp", "binary"))
_SEQUENCE_TAG = _STANDARD + "seq"
_MAPPING_TAG = _STANDARD + "map"


def _check_tag(node: Node) -> None:
    """Only YAML's plain types: a `!!python/...`, `!!set` or custom `!tag` is refused, never interpreted."""
    tag = str(node.tag)
    if isinstance(node, ScalarNode):
        allowed = tag in _SCALAR_TAGS
    else:
        allowed = tag == (_SEQUENCE_TAG if isinstance(node, SequenceNode) else _MAPPING_TAG)
    if not allowed:
        shown = "!!" + tag[len(_STANDARD) :] if tag.startswith(_STANDARD) else tag
        raise YamlError(
            f"unsupported tag {_short(shown)}; content files use plain text, numbers and lists", _line(node)
        )


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


def _convert(node: Node, depth: int, budget: _Budget) -> Any:
    budget.values += 1
    if budget.values > MAX_VALUES:
        raise YamlError(
            f"too many values (more than {MAX_VALUES:,}); aliases that expand this far are refused",
            _line(node),
        )
    if depth > MAX_DEPTH:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels", _line(node))
    _check_tag(node)
    if isinstance(node, ScalarNode):
        try:
            value = _SCALARS.construct_object(node, deep=True)
        except yaml.MarkedYAMLError as exc:
            raise YamlError(f"unreadable value {_short(node.value)}: {exc.problem}", _line(node)) from None
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            raise YamlError(f"unreadable value {_short(node.value)}: {exc}", _line(node)) from None
        # Timestamps and binary are not content types; keep what the author typed.
        return node.value if not isinstance(value, str | int | float | bool | type(None)) else value
    if isinstance(node, SequenceNode):
        items = YamlList()
        items.line = _line(node)
        items.item_lines = []
        for child in node.value:
            items.append(_convert(child, depth + 1, budget))
            items.item_lines.append(_line(child))
        return items
    if isinstance(node, MappingNode):
        mapping = YamlMap()
        mapping.line = _line(node)
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError("merge keys (<<) are not supported in content files", _line(key_node))
            key = _convert(key_node, depth + 1, budget)
            if not isinstance(key, str):
                raise YamlError(f"keys must be text, found {key!r}", _line(key_node))
            if key in mapping:
                raise YamlError(f"key '{key}' appears twice", _line(key_node))
            mapping[key] = _convert(value_node, depth + 1, budget)
            mapping.key_lines[key] = _line(key_node)
        return mapping
    raise YamlError(f"unsupported YAML node {type(node).__name__}", _line(node))  # pragma: no cover


def parse_yaml(data: bytes) -> Any:
    """Parse one YAML document from bytes; raises `YamlError` (never anything else) on bad input."""
    if len(data) > MAX_FILE_BYTES:
        raise YamlError(f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    text = decode_utf8(data, error=YamlError)
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else 0
        context = exc.context or ""
        if context and exc.context_mark is not None and exc.context_mark.line + 1 != line:
            context += f" (from line {exc.context_mark.line + 1})"
        what = ", ".join(part for part in (context, exc.problem) if part)
        raise YamlError(f"YAML syntax error: {what}", line) from None
    except yaml.reader.ReaderError:
        bad = _NOT_YAML.search(text)
        if bad is None:  # pragma: no cover - the reader and the pattern agree on what is allowed
            raise YamlError("the file contains a character YAML does not allow") from None
        raise YamlError(
            f"the file contains the character U+{ord(bad.group()):04X}, which YAML does not allow",
            line_at(text, bad.start()),
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML error: {exc}") from None
    except RecursionError:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels") from None
    if node is None:
        return None
    try:
        _measure(node, 0, _Measure({}, set()))
        return _convert(node, 0, _Budget())
    except RecursionError:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels", _line(node)) from None
