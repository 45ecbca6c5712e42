"""Reading typed fields from parsed YAML, recording each problem as `file:line: message`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.content.model import ID_PATTERN, Problem
from desktop.core.content.yamlio import MAX_FILE_BYTES, YamlError, YamlList, YamlMap, parse_yaml

MAX_TEXT_CHARS = 20_000

T = TypeVar("T")


class InvalidItemError(Exception):
    """Raised inside a reader when an item cannot be built; its problem is already recorded."""


def display_path(path: Path) -> str:
    """A path for messages: relative to the working directory when it lies below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


@dataclass
class FieldReader:
    """Reads typed fields out of one parsed file and records problems against it."""

    path: str
    problems: list[Problem]

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def fail(self, line: int, message: str) -> InvalidItemError:
        self.problem(line, message)
        return InvalidItemError(message)

    def mapping(self, value: Any, what: str, line: int) -> YamlMap:
        if not isinstance(value, YamlMap):
            raise self.fail(
                getattr(value, "line", line), f"{what} must be a mapping of fields, found {describe(value)}"
            )
        return value

    def check_fields(self, data: YamlMap, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        known = set(required) | set(optional)
        missing = [name for name in required if name not in data]
        for name in data:
            if name not in known:
                self.problem(data.line_of(name), f"unknown field '{name}' (known fields: {', '.join(sorted(known))})")
        if missing:
            raise self.fail(data.line, f"missing required field{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")

    def text(self, data: YamlMap, key: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(data.line_of(key), f"field '{key}' must be text, found {describe(value)}")
        text = str(value).strip()
        if required and not text:
            raise self.fail(data.line_of(key), f"field '{key}' must not be empty")
        if len(text) > MAX_TEXT_CHARS:
            raise self.fail(data.line_of(key), f"field '{key}' is longer than {MAX_TEXT_CHARS:,} characters")
        return text

    def ident(self, data: YamlMap, key: str) -> str:
        value = self.text(data, key)
        if not ID_PATTERN.match(value):
            raise self.fail(
                data.line_of(key),
                f"'{value}' is not a valid id (lower-case letters and digits joined by hyphens)",
            )
        return value

    def items(self, data: YamlMap, key: str, *, required: bool = True, minimum: int = 0) -> YamlList:
        value = data.get(key)
        if value is None and not required:
            empty = YamlList()
            empty.line, empty.item_lines = data.line_of(key), []
            return empty
        if not isinstance(value, YamlList):
            raise self.fail(data.line_of(key), f"field '{key}' must be a list, found {describe(value)}")
        if len(value) < minimum:
            raise self.fail(
                data.line_of(key), f"field '{key}' needs at least {minimum} item{'s' if minimum > 1 else ''}"
            )
        return value

    def each(self, items: YamlList, build: Callable[[Any, int], T]) -> tuple[T, ...]:
        """Build every item of a list; an item that fails is dropped (its problem is recorded)."""
        built: list[T] = []
        for index, value in enumerate(items):
            try:
                built.append(build(value, items.line_of(index)))
            except InvalidItemError:
                continue
        return tuple(built)

    def text_item(self, value: Any, line: int) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float) or not str(value).strip():
            raise self.fail(line, f"list item must be non-empty text, found {describe(value)}")
        if len(str(value)) > MAX_TEXT_CHARS:
            raise self.fail(line, f"list item is longer than {MAX_TEXT_CHARS:,} characters")
        return str(value).strip()


def describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, YamlMap):
        return "a mapping"
    if isinstance(value, YamlList):
        return "a list"
    if isinstance(value, bool):
        return f"a yes/no value ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    return f"text ({str(value)[:40]!r})"


def parse_file(file: Path, problems: list[Problem]) -> tuple[FieldReader, Any] | None:
    """Parse a YAML file; on failure record the problem and return None."""
    reader = FieldReader(display_path(file), problems)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:  # refused before reading it into memory
            reader.problem(0, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            return None
        data = parse_yaml(file.read_bytes())
    except OSError as exc:
        reader.problem(0, f"cannot read the file: {exc.strerror or exc}")
        return None
    except YamlError as exc:
        reader.problem(exc.line, exc.message)
        return None
    return reader, data


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files directly in a folder, sorted by name; none when the folder is missing."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
