"""Every supported format, every encoding, every bad-input case, on real files."""

from __future__ import annotations

import pytest
from helpers_docs import write_docx, write_image_only_pdf, write_pdf

from assistant.errors import UnsupportedDocument
from assistant.ingest import parse_document
from assistant.loading import load_document

SWEDISH = "Karin Rågsjö frågade om resursfördelningen. Över 9 472 personer skrevs in på Jobbtorg i Årsta."


def test_utf8_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == SWEDISH and doc.encoding == "utf-8" and doc.format == "txt"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_swedish_encodings_decode_intact(tmp_path, encoding):
    path = tmp_path / "legacy.txt"
    text = SWEDISH + " Beslutet kostar 20 miljoner kronor – enligt ”rapporten”." if encoding == "cp1252" else SWEDISH
    path.write_bytes(text.encode(encoding))
    doc = load_document(path)
    assert doc.text == text
    assert "Rågsjö" in doc.text and "Årsta" in doc.text and "Över" in doc.text


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + "Rubrik\r\n\r\nEn mening om Jobbtorg.\r\n".encode("utf-8"))
    record = parse_document(load_document(path))
    assert record.text == "Rubrik\n\nEn mening om Jobbtorg."
    assert record.format == "md"


def test_html_drops_markup_and_scripts(tmp_path):
    path = tmp_path / "sida.html"
    path.write_text(
        "<html><head><title>x</title><script>alert('x')</script></head><body>"
        "<h1>Jobbtorg Stockholm</h1><p>Under 2008 skrevs 9472 personer in.</p>"
        "<ul><li>Vårberg</li><li>Farsta</li></ul></body></html>",
        encoding="utf-8",
    )
    record = parse_document(load_document(path))
    assert "alert" not in record.text and "<p>" not in record.text
    assert "Jobbtorg Stockholm\n\nUnder 2008 skrevs 9472 personer in." in record.text
    assert "• Vårberg" in record.text and "• Farsta" in record.text


def test_docx_paragraphs_and_tables(tmp_path):
    path = write_docx(
        tmp_path / "beslut.docx",
        ["Tjänsteutlåtande om Jobbtorg Farsta", "Jobbtorg Farsta tog emot 312 aspiranter under våren.", "Förvaltningens förslag"],
        table=[["Månad", "Inskrivna"], ["januari", "971"]],
    )
    record = parse_document(load_document(path))
    assert record.format == "docx"
    assert "Jobbtorg Farsta tog emot 312 aspiranter under våren." in record.text
    assert "januari | 971" in record.text
    assert record.metadata.title == "Tjänsteutlåtande om Jobbtorg Farsta"
    assert record.metadata.type == "tjänsteutlåtande"


def test_pdf_text_layer_pages_and_dehyphenation(tmp_path):
    path = write_pdf(
        tmp_path / "svar.pdf",
        [
            ["Svar på interpellation 2009:12 om köer till Jobbtorg",
             "Under 2009 skrev Jobbtorg Stockholm in 12 345 personer och resursfördel-",
             "ningen mellan stadsdelarna ändrades. Enskede-Årsta-Vantör fick 30 platser."],
            ["Ungdomar 16-24 år prioriterades och andelen ökade med 56,4 procent.",
             "Stockholm den 3 mars 2009", "Anna Andersson", "Borgarråd"],
        ],
    )
    doc = load_document(path)
    assert doc.format == "pdf" and len(doc.page_starts) == 1
    record = parse_document(doc)
    text = record.text
    assert "resursfördelningen mellan stadsdelarna" in text
    assert "Enskede-Årsta-Vantör" in text and "16-24 år" in text
    # Every chunk knows its page, through the offset map.
    first = text.index("12 345")
    second = text.index("56,4 procent")
    assert record.clean.page_of(first) == 1
    assert record.clean.page_of(second) == 2
    meta = record.metadata
    assert (meta.title, meta.type, meta.date, meta.signatory, meta.references) == (
        "Svar på interpellation 2009:12 om köer till Jobbtorg", "interpellationssvar", "2009-03-03",
        "Anna Andersson", ("2009:12",),
    )


def _fails(path, fragment, **kwargs):
    with pytest.raises(UnsupportedDocument) as info:
        load_document(path, **kwargs)
    message = str(info.value)
    assert path.name in message and fragment in message and "\n" not in message
    return message


def test_empty_file(tmp_path):
    path = tmp_path / "tom.txt"
    path.write_bytes(b"  \n\n ")
    _fails(path, "empty")


def test_corrupt_and_truncated_pdf(tmp_path):
    good = write_pdf(tmp_path / "good.pdf", [["Jobbtorg Stockholm har fem lokala jobbtorg."]]).read_bytes()
    truncated = tmp_path / "halv.pdf"
    truncated.write_bytes(good[: len(good) // 3])
    corrupt = tmp_path / "trasig.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    for path in (truncated, corrupt):
        with pytest.raises(UnsupportedDocument) as info:
            load_document(path)
        assert path.name in str(info.value)


def test_encrypted_pdf(tmp_path):
    path = write_pdf(tmp_path / "hemlig.pdf", [["Sekretess: Jobbtorg"]], user_password="hemligt")
    _fails(path, "encrypted")


def test_scanned_pdf_without_text_layer(tmp_path):
    path = write_image_only_pdf(tmp_path / "skannad.pdf")
    _fails(path, "no text layer")


def test_unknown_extension(tmp_path):
    path = tmp_path / "kalkyl.xlsx"
    path.write_bytes(b"PK\x03\x04junk")
    _fails(path, "unsupported file type")


def test_binary_junk_named_txt(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    _fails(path, "binary")


def test_pdf_named_txt(tmp_path):
    pdf = write_pdf(tmp_path / "x.pdf", [["Jobbtorg"]])
    path = tmp_path / "forklaed.txt"
    path.write_bytes(pdf.read_bytes())
    _fails(path, "PDF")


def test_text_named_pdf(tmp_path):
    path = tmp_path / "inte.pdf"
    path.write_text("Det här är ingen PDF.", encoding="utf-8")
    _fails(path, "not a PDF")


def test_size_limit(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_bytes(b"Jobbtorg. " * 200_000)
    _fails(path, "limit", max_bytes=1_000_000)


def test_zip_bomb_docx(tmp_path):
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (210 * 1024 * 1024))
    assert path.stat().st_size < 2 * 1024 * 1024
    _fails(path, "inflate")
