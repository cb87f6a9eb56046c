"""Text of a Word document (.docx) via python-docx: paragraphs, tables and text boxes, in reading order.

The body is walked with python-docx's `iter_inner_content()`, so tables come
where they stand between paragraphs. A table becomes one line per row, its
cells separated by a tab (a cell merged across columns or rows counts once,
nested tables are read inside their cell); a figure such as "2,8 Millionen"
in a table cell is then a claim like any other. Text boxes (DrawingML
`wps:txbx` or legacy VML) follow the paragraph they are anchored in; Word
stores a drawing's text box twice (the modern shape and a VML fallback), and
only the first is read.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any, Iterator

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import normalize_newlines
from factdesk.core.intake.document import IntakeDocument

# A Word file is a zip: refuse one that would unpack to far more than any article (a zip bomb)
# before python-docx unpacks every part into memory.
MAX_UNPACKED = 128 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for parts past 1 MB (XML compresses ten to fifty times)

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def read_docx(raw: bytes, name: str) -> IntakeDocument:
    """Extract the body's paragraphs, tables and text boxes (and the core title/author) from .docx bytes."""
    import docx  # python-docx

    _check_unpacked_size(raw, name)
    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{name}: not a Word document (.docx) ({exc})") from None
    lines = list(_block_lines(document))
    text = normalize_newlines("\n".join(lines)).strip()
    if not text:
        raise InputError(f"{name}: the Word document holds no text")
    props = document.core_properties
    published = props.created.date().isoformat() if props.created else None
    return IntakeDocument(text=text + "\n", title=props.title or None,
                          author=props.author or None, published=published)


def _check_unpacked_size(raw: bytes, name: str) -> None:
    """InputError for a .docx whose parts would unpack to more than MAX_UNPACKED, or suspiciously well.

    The sizes come from the zip's directory; zipfile never returns more than a part declares.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"{name}: not a Word document (.docx) ({exc})") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise InputError(f"{name}: the Word document would unpack to {total // (1024 * 1024)} MB "
                         f"(more than {MAX_UNPACKED // (1024 * 1024)} MB; a zip bomb?)")
    for i in infos:
        if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise InputError(f"{name}: a part of the Word document is compressed suspiciously well "
                             f"({i.file_size // (1024 * 1024)} MB from {max(i.compress_size // 1024, 1)} KB; "
                             f"a zip bomb?)")


def _block_lines(container: Any) -> Iterator[str]:
    """Lines of a document body or table cell: paragraphs (with their text boxes) and table rows."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block)
        else:
            yield block.text
            yield from _text_box_lines(block._p)


def _table_lines(table: Any) -> Iterator[str]:
    """One line per row, cells joined by tabs; merged cells once; a cell's own lines joined by spaces."""
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(" ".join(line.split()) for line in _block_lines(cell) if line.strip()))
        if any(cells):
            yield "\t".join(cells)


def _text_box_lines(paragraph_element: Any) -> Iterator[str]:
    """The paragraphs of the text boxes anchored in a paragraph, each box once."""
    from docx.text.paragraph import Paragraph

    for box in paragraph_element.iter(f"{{{_W}}}txbxContent"):
        if any(a.tag == f"{{{_MC}}}Fallback" for a in box.iterancestors()):
            continue  # the VML copy of a DrawingML text box
        if any(a.tag == f"{{{_W}}}txbxContent" for a in box.iterancestors()):
            continue  # a box inside a box is read with its outer box
        for p in box.iter(f"{{{_W}}}p"):
            yield Paragraph(p, None).text  # type: ignore[arg-type]  # .text needs no parent part
