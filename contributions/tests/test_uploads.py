"""Uploads are checked by their contents, not only their names (contributions.forms
.validate_upload), through the member contribution form and for each accepted type."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from contributions.forms import ALLOWED_EXTENSIONS, validate_upload
from taxonomy.models import ResourceType, Theme

pytestmark = pytest.mark.django_db

CONTRIBUTE = "/resources/contribute/"


def minimal_pdf():
    """A valid one-page PDF: header, objects, cross-reference table and trailer."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


PDF = minimal_pdf()

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"  # a .docm


def minimal_docx(main_content_type=WORD_MAIN):
    """A Word document as Word writes one: the content types, the package relationships and
    the main part."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main_content_type}"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>",
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Session plan</w:t></w:r></w:p></w:body></w:document>",
        )
    return out.getvalue()


def zip_with_mimetype(mimetype):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype)  # first and stored, as the formats ask
        archive.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 100
HTML = b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n"
SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<circle r='4'/></svg>\n"
)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def contribution(upload):
    """The member contribution form, filled in, with this file."""
    resource_type, _ = ResourceType.objects.get_or_create(
        slug="toolkit", defaults={"name": "Toolkit"}
    )
    theme, _ = Theme.objects.get_or_create(slug="masculinities", defaults={"name": "Masc."})
    return {
        "title": f"A toolkit in {upload.name}",
        "summary": "Exercises for mixed groups.",
        "description": "Twelve sessions.",
        "resource_type": resource_type.pk,
        "year": "2023",
        "licence": "cc-by",
        "themes": [theme.pk],
        "file": upload,
    }


def counts():
    return Page.objects.count(), get_document_model().objects.count()


# Through the form members use


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("toolkit.pdf", ELF, "is not a real .pdf file"),
        ("notes.txt", HTML, "holds HTML, SVG or script"),
        ("diagram.pdf", SVG, "is not a real .pdf file"),
        ("plan.docx", zip_with_mimetype("application/zip"), "is not a real .docx file"),
        ("plan.docx", minimal_docx(WORD_MACRO_MAIN), "is not a real .docx file"),
        ("plan.docx", PDF, "is not a real .docx file"),
        ("notes.txt", ELF, "is not plain text"),
    ],
)
def test_a_file_whose_contents_are_not_its_type_is_refused_and_nothing_is_saved(
    client, library, member, name, content, message
):
    client.force_login(member)
    before = counts()

    response = client.post(CONTRIBUTE, contribution(SimpleUploadedFile(name, content)))

    assert response.status_code == 400
    errors = response.context["form"].errors["file"]
    assert any(message in error for error in errors), errors
    assert any(name in error for error in errors)
    assert counts() == before


@pytest.mark.parametrize(
    ("name", "content"),
    [("toolkit.pdf", PDF), ("session-plan.docx", minimal_docx())],
)
def test_a_real_pdf_or_word_document_is_accepted(client, library, member, name, content):
    client.force_login(member)

    response = client.post(CONTRIBUTE, contribution(SimpleUploadedFile(name, content)))

    assert response.status_code == 302, response.context["form"].errors
    document = get_document_model().objects.get()
    assert document.filename == name
    with document.file.open("rb") as stored:
        assert stored.read() == content


# Each accepted type


def upload(name, content):
    return SimpleUploadedFile(name, content)


ACCEPTED = {
    "pdf": PDF,
    "doc": OLE2,
    "xls": OLE2,
    "ppt": OLE2,
    "docx": minimal_docx(),
    "xlsx": minimal_docx(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ),
    "pptx": minimal_docx(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
    ),
    "odt": zip_with_mimetype("application/vnd.oasis.opendocument.text"),
    "ods": zip_with_mimetype("application/vnd.oasis.opendocument.spreadsheet"),
    "odp": zip_with_mimetype("application/vnd.oasis.opendocument.presentation"),
    "epub": zip_with_mimetype("application/epub+zip"),
    "txt": "Notes from the workshop: <3 participants said “thanks”.\n".encode(),
}


def test_every_accepted_type_has_a_content_check():
    assert set(ACCEPTED) == set(ALLOWED_EXTENSIONS)


@pytest.mark.parametrize("extension", sorted(ACCEPTED))
def test_each_accepted_type_passes_with_its_own_contents(extension):
    file = upload(f"file.{extension}", ACCEPTED[extension])
    validate_upload(file)
    assert file.tell() == 0  # left ready to be saved


@pytest.mark.parametrize("extension", sorted(set(ACCEPTED) - {"txt"}))
def test_each_accepted_type_is_refused_with_another_types_contents(extension):
    other = "txt" if extension != "pdf" else "docx"
    with pytest.raises(ValidationError) as raised:
        validate_upload(upload(f"file.{extension}", ACCEPTED[other]))
    assert raised.value.code == "file_content"


@pytest.mark.parametrize(
    "content",
    [
        "Résumé des séances".encode("latin-1"),
        "\ufeffNotes with a byte-order mark\r\n".encode(),
        b"Tabs\tand\x0cform feeds\n",
    ],
)
def test_plain_text_in_utf8_or_latin1_is_accepted(content):
    # validate_upload raises ValidationError for a refused file: accepted means it returns.
    assert validate_upload(upload("notes.txt", content)) is None


@pytest.mark.parametrize(
    "content",
    [
        "Notes".encode("utf-16"),
        b"<svg onload='x'/>",
        b"   <SCRIPT>alert(1)</SCRIPT>",
        b"\n\n<iframe src='https://example.org'></iframe>",
    ],
)
def test_text_that_is_binary_or_markup_is_refused(content):
    with pytest.raises(ValidationError) as raised:
        validate_upload(upload("notes.txt", content))
    assert raised.value.code == "file_content"
