"""The one YAML entry point: safe parsing with line numbers and limits.

Documents are parsed with LibYAML's `CSafeLoader` when PyYAML has it (pure-Python `SafeLoader` otherwise) into a
node graph, then converted here into plain Python values. Mappings and lists come back as `YamlMap` and `YamlList`,
which remember the line of every key and item, so that a schema error can name `file:line`.

The conversion enforces limits, so a hostile file cannot exhaust memory or the stack: nesting depth, and the
number of values produced (a YAML alias "bomb" expands a few lines into billions of values; it is refused as soon
as the count passes the limit).
"""

from __future__ import annotations

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


class YamlError(ValueError):
    """A file that cannot be read as YAML; `line` is 1-based (0 when unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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


def _convert(node: Node, depth: int, budget: _Budget) -> Any:
    budget.values += 1
    if budget.values > MAX_VALUES:
        raise YamlError(
            f"too many values (more than {MAX_VALUES:,}); aliases that expand this far are refused",
            _line(node),
        )
    if depth > MAX_DEPTH:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels", _line(node))
    if isinstance(node, ScalarNode):
        try:
            value = _SCALARS.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            raise YamlError(f"unreadable value {node.value!r}: {exc}", _line(node)) from None
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
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line) from None
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
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML error: {exc}") from None
    except RecursionError:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels") from None
    if node is None:
        return None
    try:
        return _convert(node, 0, _Budget())
    except RecursionError:
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels", _line(node)) from None
