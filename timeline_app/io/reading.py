"""Reading an import file defensively: bounded size, strict UTF-8, bounded JSON nesting.

Every importer starts from a :class:`Payload`, so that each failure a hostile or damaged file can
cause (too large, wrongly encoded, invalid or absurdly nested JSON) becomes one
:class:`ImportFileError` that names the file and the line, before anything is written.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline_app.io.errors import ImportFileError, import_error
from timeline_app.messages import Message, message

#: Larger files are refused: 100,000 events with 300,000 claims export to about 200 MB.
MAX_BYTES = 512 * 1024 * 1024
#: JSON deeper than this is refused (the formats read here need fewer than 10 levels).
MAX_JSON_DEPTH = 64


def read_bounded(path: Path) -> bytes:
    """The file's bytes, refusing folders, unreadable files and files over MAX_BYTES."""
    try:
        if path.is_dir():
            raise import_error(path, message("is a folder, not a file"))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise import_error(path, message("{size:.0f} MB is larger than the {limit} MB an import may have",
                                             size=size / 2**20, limit=MAX_BYTES // 2**20))
        with open(path, "rb") as stream:
            return stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise import_error(path, message("cannot read the file ({reason})", reason=exc.strerror or str(exc))) from exc


def at_line(line: int) -> Message:
    """A place in a file: its line."""
    return message("line {line}", line=line)


def line_of(data: bytes | str, offset: int) -> int:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, offset) + 1


@dataclass
class Payload:
    """One file being imported: its path and bytes, with the text and JSON parsed on demand."""

    path: Path
    data: bytes
    _text: str | None = field(default=None, repr=False)
    _json: Any = field(default=None, repr=False)

    @classmethod
    def load(cls, path: Path | str) -> Payload:
        path = Path(path)
        return cls(path, read_bounded(path))

    def fail(self, where: Message | str, problem: Message | str) -> ImportFileError:
        """An error naming this file and the place in it (a line, record or field; "" for none)."""
        return import_error(self.path, problem, where)

    @property
    def text(self) -> str:
        """The content as text: UTF-8, a byte-order mark dropped; anything else is refused."""
        if self._text is None:
            if not self.data.strip():
                raise self.fail("", message("the file is empty"))
            try:
                self._text = self.data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise self.fail(at_line(line_of(self.data, exc.start)),
                                message("not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save the file as UTF-8",
                                        byte=self.data[exc.start], offset=exc.start)) from exc
            if "\x00" in self._text:
                raise self.fail(at_line(line_of(self._text, self._text.index(chr(0)))),
                                message("contains a NUL character; this is not a text file"))
        return self._text

    def looks_like_json(self) -> bool:
        """True if the first character (after a byte-order mark and spaces) opens a JSON value."""
        return self.data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")

    def document(self) -> Any:
        """The JSON document for sniffing: None when the content is not (valid) JSON.

        Sniffers look at the top levels only, so nesting is not checked here."""
        if not self.looks_like_json():
            return None
        try:
            return self.json(check_depth=False)
        except ImportFileError:
            return None

    def json(self, *, check_depth: bool = True) -> Any:
        """The parsed JSON document (parsed once).

        Nesting deeper than Python's recursion limit is refused by the parser itself. Readers
        that walk arbitrary structure also ask for MAX_JSON_DEPTH to be checked; the project
        reader validates every record against its schema and ignores unknown keys, so a
        100,000-event file need not be walked twice.
        """
        if self._json is None:
            try:
                self._json = json.loads(self.text)
            except json.JSONDecodeError as exc:
                raise self.fail(message("line {line}, column {column}", line=exc.lineno, column=exc.colno),
                                message("invalid JSON: {reason}", reason=exc.msg)) from exc
            except RecursionError as exc:
                raise self.fail("", message("JSON nested too deeply to read; refusing it")) from exc
        if check_depth and _too_deep(self._json):
            raise self.fail("", message("JSON nested more than {depth} levels deep; refusing it", depth=MAX_JSON_DEPTH))
        return self._json


def _too_deep(document: Any) -> bool:
    """True if the document nests more than MAX_JSON_DEPTH levels (checked without recursion).

    Only containers are visited, and the check stops at the first one too deep, so it is cheap
    next to parsing even for a large project file.
    """
    stack = [(document, 1)] if isinstance(document, (dict, list)) else []
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def walk(document: Any) -> Iterator[tuple[str, Any, Callable[[str, Any], None]]]:
    """Every value of a JSON document that is not a list, in document order, with its place
    ("[2].@graph[0]") and a ``descend(place, value)`` to look into next, before the siblings that
    follow: for formats whose items sit in lists, graphs, feeds or pages."""
    stack = deque([("", document)])

    def descend(where: str, value: Any) -> None:
        stack.appendleft((where, value))

    while stack:
        where, node = stack.popleft()
        if isinstance(node, list):
            stack.extendleft(reversed([(f"{where}[{i}]", item) for i, item in enumerate(node)]))
            continue
        yield where, node, descend
