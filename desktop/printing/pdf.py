"""Writing a print job to a PDF file: all or nothing.

The PDF is written through `QSaveFile`: into a temporary file next to the target, renamed over it only when every
page is written. A cancel or an error discards the temporary file, so there is never a partial PDF, and an existing
file with that name stays as it was. Title and Creator metadata are set; Qt embeds the fonts and keeps the text
extractable.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QIODevice, QSaveFile
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter

from desktop import APP_NAME
from desktop.printing.jobs import PrintJob
from desktop.printing.layout import page_layout

PDF_RESOLUTION = 1200


class ExportError(OSError):
    """The PDF could not be written; the message is one line naming the file."""


def pdf_writer(device: QIODevice, title: str, *, paper: str) -> QPdfWriter:
    """A PDF writer into `device`: its resolution, metadata and first page layout."""
    writer = QPdfWriter(device)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(page_layout(paper, QPageLayout.Orientation.Portrait))
    return writer


class Renderer(Protocol):
    """What paints a job on a device: `JobRenderer`, or `HandoutRenderer` for flashcards and worksheets."""

    def render(self, job: PrintJob, device: QPagedPaintDevice, *, abort_on_cancel: bool = False) -> int: ...


def write_pdf(job: PrintJob, path: Path, renderer: Renderer, *, paper: str) -> int:
    """Write `job` to `path` on `paper` ("A4" or "Letter"); returns the page count.

    Raises `ExportError` when the file cannot be written and lets `CancelledError` through; either way no file is left
    at `path` that was not there before.
    """
    return save_pdf(path, title=job.title, paper=paper, paint=lambda writer: renderer.render(job, writer))


def save_pdf(path: Path, *, title: str, paper: str, paint: Callable[[QPdfWriter], int]) -> int:
    """Write a PDF to `path`, all or nothing: `paint(writer)` draws every page and returns the page count."""
    target = Path(path)
    try:
        if target.is_dir():
            raise ExportError(f"cannot write the PDF to '{target}': it is a folder")
        if target.exists() and not target.is_file():  # /dev/full, a pipe: a PDF goes into a regular file
            raise ExportError(f"cannot write the PDF to '{target}': it is not a regular file")
    except OSError as exc:
        if isinstance(exc, ExportError):
            raise
        raise ExportError(f"cannot write the PDF to '{target}': {exc.strerror or exc}") from None
    if not _qt_can_name(target):
        return _save_through_memory(target, title=title, paper=paper, paint=paint)
    save = QSaveFile(str(target))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"cannot write the PDF to '{target}': {save.errorString()}")
    committed = False
    try:
        writer = pdf_writer(save, title, paper=paper)
        pages = paint(writer)
        del writer
        committed = save.commit()
        if not committed:
            raise ExportError(f"cannot write the PDF to '{target}': {save.errorString()}")
        return pages
    finally:
        if not committed:
            save.cancelWriting()
            save.commit()  # after cancelWriting this discards the temporary file


def _qt_can_name(path: Path) -> bool:
    """False for a file name that is not valid UTF-8 (Python keeps its bytes; Qt would write to a name with U+FFFD)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _save_through_memory(target: Path, *, title: str, paper: str, paint: Callable[[QPdfWriter], int]) -> int:
    """The PDF painted into memory, then written by Python under the exact name: a temporary file beside it,
    renamed over it when complete (all or nothing, as with QSaveFile)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title, paper=paper)
    pages = paint(writer)
    del writer
    data = bytes(buffer.data().data())
    try:
        handle, name = tempfile.mkstemp(prefix=".alignment-atlas-", suffix=".pdf", dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(name).replace(target)
    except OSError as exc:
        raise ExportError(f"cannot write the PDF to '{target}': {exc.strerror or exc}") from None
    return pages
