"""Load a file into text: the first pipeline stage.

Each supported format yields one `LoadedDocument` whose `text` is the raw
extracted text ("the original" that cleaned offsets map back to). PDF pages are
joined with a form feed and their start offsets kept, so any passage can be
traced to its page.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import UnsupportedDocument

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
PAGE_BREAK = "\f"
# The byte limit on a file does not bound the work it makes: a .docx is a zip
# and a PDF's streams are compressed. These bound it, so one hostile file costs
# a check and a one-line refusal, not gigabytes. A 1 000-page report has about
# 3 million characters and 30 000 sentences; Word's XML compresses 5-20 times.
MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_INFLATE_RATIO = 100
MAX_TEXT_CHARS = 5_000_000
MAX_SENTENCES = 50_000


@dataclass(frozen=True)
class LoadedDocument:
    source: str  # the file name: what citations name
    path: str
    format: str
    sha256: str  # of the file's bytes: re-ingest is a no-op while it holds
    text: str
    page_starts: tuple[int, ...] = ()  # offsets in `text` where PDF pages 2.. begin
    encoding: str | None = None


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes of a text file; Swedish legacy encodings included.

    UTF-8 is tried strictly first: a cp1252 file with å/ä/ö is never valid
    UTF-8, so the fallback cannot take a UTF-8 file by mistake. cp1252 leaves
    five bytes undefined; latin-1 takes those files.

    >>> decode_text("Rågsjö".encode("cp1252"), "x.txt")
    ('Rågsjö', 'cp1252')
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        raise UnsupportedDocument(source, "binary content, not text (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise UnsupportedDocument(source, "binary content, not text")
        return text, encoding
    raise UnsupportedDocument(source, "unreadable text encoding")


def _looks_binary(text: str) -> bool:
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control > max(3, len(text) // 100)


def _load_pdf(data: bytes, source: str) -> tuple[str, tuple[int, ...]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many "protected" PDFs only carry an owner password and open with "".
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                opened = 0
            if not opened:
                raise UnsupportedDocument(source, "encrypted PDF (password required)")
        pages, extracted = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            extracted += len(pages[-1])
            if extracted > MAX_TEXT_CHARS:
                raise UnsupportedDocument(source, _too_long(extracted, f"after {len(pages)} pages"))
    except UnsupportedDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise UnsupportedDocument(source, f"corrupt or truncated PDF ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - a broken file must not stop the run
        raise UnsupportedDocument(source, f"unreadable PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise UnsupportedDocument(source, "PDF has no pages")
    if not any(p.strip() for p in pages):
        raise UnsupportedDocument(source, "PDF has no text layer (scanned image?); OCR it first")
    starts, offset = [], 0
    for page in pages[:-1]:
        offset += len(page) + len(PAGE_BREAK)
        starts.append(offset)
    return PAGE_BREAK.join(pages), tuple(starts)


def _load_docx(data: bytes, source: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            inflated = sum(info.file_size for info in members)
            packed = sum(info.compress_size for info in members)
            if inflated > MAX_DOCX_UNCOMPRESSED:
                raise UnsupportedDocument(
                    source, f"DOCX would inflate to {inflated // 2**20} MB (limit {MAX_DOCX_UNCOMPRESSED // 2**20} MB)"
                )
            if inflated > 2**20 and inflated > MAX_INFLATE_RATIO * max(packed, 1):
                raise UnsupportedDocument(
                    source, f"DOCX inflates {inflated // max(packed, 1)} times (limit {MAX_INFLATE_RATIO}): a zip bomb?"
                )
            if "word/document.xml" not in archive.namelist():
                raise UnsupportedDocument(source, "not a Word document (no word/document.xml)")
    except zipfile.BadZipFile:
        raise UnsupportedDocument(source, "corrupt DOCX (not a zip archive)") from None
    import docx
    import docx.table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001
        raise UnsupportedDocument(source, f"corrupt DOCX ({type(exc).__name__})") from None
    blocks = []
    for item in document.iter_inner_content():  # paragraphs and tables in reading order
        if isinstance(item, docx.table.Table):
            blocks += [" | ".join(cell.text.strip() for cell in row.cells) for row in item.rows]
        else:
            blocks.append(item.text)
    # One Word paragraph is one paragraph: a blank line keeps them apart.
    return "\n\n".join(blocks)


def _load_html(data: bytes, source: str) -> tuple[str, str]:
    from bs4 import BeautifulSoup

    raw, encoding = decode_text(data, source)
    soup = BeautifulSoup(raw, "html.parser")
    for node in soup(["script", "style", "noscript", "template", "head"]):
        node.decompose()
    blocks = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section", "article", "table")
    for node in soup.find_all(blocks):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    for item in soup.find_all("li"):
        item.insert(0, "• ")
    return soup.get_text(), encoding


def _too_long(chars: int, where: str = "") -> str:
    return (f"text is over {chars / 1e6:.1f} million characters{' ' + where if where else ''} "
            f"(limit {MAX_TEXT_CHARS / 1e6:g} million): split the document")


def load_document(path: Path, max_bytes: int | None = None) -> LoadedDocument:
    """Read one file; raise `UnsupportedDocument` naming it when it cannot be used."""
    path = Path(path)
    source = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedDocument(
            source, f"unsupported file type {suffix or '(none)'!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise UnsupportedDocument(source, f"file is {size / 2**20:.0f} MB, over the {max_bytes / 2**20:.0f} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise UnsupportedDocument(source, f"cannot read file ({exc.strerror or exc})") from None
    if not data.strip():
        raise UnsupportedDocument(source, "empty file")

    fmt = suffix.lstrip(".").replace("htm", "html").replace("htmll", "html")
    encoding, page_starts = None, ()
    if fmt == "pdf":
        if not data.lstrip().startswith(b"%PDF"):
            raise UnsupportedDocument(source, "not a PDF (no %PDF header): wrong extension or corrupt file")
        text, page_starts = _load_pdf(data, source)
    elif fmt == "docx":
        text = _load_docx(data, source)
    elif fmt == "html":
        text, encoding = _load_html(data, source)
    else:
        if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04"):
            raise UnsupportedDocument(source, f"content is a PDF or zip archive, not {suffix} text")
        text, encoding = decode_text(data, source)
    if not text.strip():
        raise UnsupportedDocument(source, "no text in file")
    if len(text) > MAX_TEXT_CHARS:
        raise UnsupportedDocument(source, _too_long(len(text)))
    return LoadedDocument(
        source=source,
        path=str(path),
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        page_starts=page_starts,
        encoding=encoding,
    )
