"""Form fields every form members type into shares, and the uploads they attach."""

import os
import re
import zipfile

from django import forms
from django.core.files import File
from django.core.validators import validate_email
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from . import conf
from .routes import MAX_ID

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
# What a plain-text field drops from what members type:
# - C0 control characters but tab, line feed and carriage return (U+0000-U+001F), and DEL:
#   XML 1.0 cannot carry most of them, so one of them in a title or a summary breaks every
#   feed, sitemap and export that shows it; no keyboard types them on purpose;
# - bidirectional embedding/override/isolate controls, which can make text display
#   differently from what it says.
_KEPT_CONTROLS = {"\t", "\n", "\r"}
_INVISIBLE_CONTROLS = dict.fromkeys(
    [
        *(code for code in range(0x20) if chr(code) not in _KEPT_CONTROLS),
        0x7F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ],
    None,
)


def drop_controls(value):
    """``value`` without the control characters plain text has no use for (see above)."""
    return value.translate(_INVISIBLE_CONTROLS)


def reject_html(value):
    if value and _TAG.search(value):
        raise forms.ValidationError(
            _("Please use plain text here: HTML tags such as <b> or <a> are not accepted."),
            code="html",
        )


class PlainTextField(forms.CharField):
    """Text shown back as text: no HTML, no invisible direction controls."""

    default_validators = [reject_html]

    def to_python(self, value):
        # Django's CharField refuses NUL with an error; everything else plain text has no use
        # for is dropped before (a pasted vertical tab is not the member's mistake to fix).
        if isinstance(value, str):
            value = drop_controls(value)
        value = super().to_python(value)
        return value.strip() if value else value


# Ids ------------------------------------------------------------------------------------------


def _beyond_64_bits(value):
    """Whether a posted id is a whole number no database integer holds."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return False  # not a number: the field's own checks refuse it
    return not -MAX_ID - 1 <= number <= MAX_ID


class BoundedIdsMixin:
    """For model choice fields: a posted id beyond 64 bits is not one of the choices.

    Django hands any number to the database, and SQLite cannot bind one past 64 bits
    (OverflowError: a 500 for ``expertise=99999999999999999999``). Such a value is refused with
    the field's own invalid-choice message before any query."""

    def _keys_are_integers(self):
        meta = self.queryset.model._meta
        field = meta.get_field(self.to_field_name) if self.to_field_name else meta.pk
        while field.is_relation:  # a multi-table child's key is its parent's
            field = field.target_field
        return isinstance(field, models.IntegerField)

    def clean(self, value):
        values = value if isinstance(value, (list, tuple)) else [value]
        if self._keys_are_integers():
            for item in values:
                if item not in self.empty_values and _beyond_64_bits(item):
                    raise forms.ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": str(item)[:40]},
                    )
        return super().clean(value)


class MemberModelChoiceField(BoundedIdsMixin, forms.ModelChoiceField):
    pass


class MemberModelMultipleChoiceField(BoundedIdsMixin, forms.ModelMultipleChoiceField):
    pass


# Email addresses ----------------------------------------------------------------------------


def validate_member_email(value):
    """An address at a named domain, and valid by Django's rules. Django accepts IP literals
    (``x@[127.0.0.1]``), which would have the site mail a machine by its number, and
    ``x@localhost``; neither is an address a member has. A domain without a dot is refused
    too."""
    domain = value.rpartition("@")[2]
    if "@" in value and (domain.startswith("[") or "." not in domain.strip(".")):
        raise forms.ValidationError(
            _(
                "Enter an email address at a named domain, such as name@example.org: "
                "addresses at an IP address or at a name without a dot are not accepted."
            ),
            code="email_domain",
        )
    validate_email(value)


class MemberEmailField(forms.EmailField):
    """An email address the site may write to: at a named domain (see above)."""

    default_validators = [validate_member_email]


ALLOWED_EXTENSIONS = [
    "pdf", "doc", "docx", "odt", "ppt", "pptx", "odp", "xls", "xlsx", "ods", "txt", "epub",
]  # fmt: skip


def max_upload_bytes():
    """The largest document a member may upload (COP_MAX_UPLOAD_BYTES), read when an upload
    is validated."""
    return conf.setting("COP_MAX_UPLOAD_BYTES")


def __getattr__(name):
    # ``from contributions.forms import MAX_UPLOAD_BYTES`` (the forms' help texts) keeps
    # working and gives the site's limit, read when it is imported.
    if name == "MAX_UPLOAD_BYTES":
        return max_upload_bytes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# What each accepted type's bytes begin with, or must hold. A name can say anything; these are
# read from the file itself, so that an executable, a web page or an SVG image is not served
# under a document's name.
_PDF = b"%PDF-"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word, Excel and PowerPoint 97-2003
_ZIP = b"PK\x03\x04"
# OOXML: the main part's content type in [Content_Types].xml (macro-enabled ones differ).
_OOXML_MAIN = {
    "docx": b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
# OpenDocument and EPUB: the "mimetype" entry.
_ZIP_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
    "epub": b"application/epub+zip",
}
_TEXT = {"txt"}
# Control characters plain text has no use for (tab, line feeds, form feed and carriage return
# are kept).
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# Markup a browser would render or run, near the start of a text file.
_MARKUP = re.compile(
    r"<\s*(?:!doctype|html|head|body|svg|script|iframe|object|embed)\b|<\?xml", re.IGNORECASE
)
_MARKUP_WINDOW = 1024
_ZIP_ENTRY_LIMIT = 1024 * 1024


def _head(upload, size):
    upload.seek(0)
    try:
        return upload.read(size)
    finally:
        upload.seek(0)


def _zip_entry(upload, name):
    """The start of one entry of a zip file (None if the file is no zip or lacks it)."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive, archive.open(name) as entry:
            return entry.read(_ZIP_ENTRY_LIMIT)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError,
            NotImplementedError, EOFError):  # fmt: skip
        return None
    finally:
        upload.seek(0)


def _text_problem(upload):
    """Why a .txt file is not plain text (None if it is). Text in UTF-8 or Latin-1 has no
    binary bytes (UTF-16 and every binary format have NULs; a UTF-8 sequence has no byte
    below 0x80), and no HTML, SVG or script near its start."""
    start = b""
    upload.seek(0)
    try:
        for chunk in upload.chunks():
            if _BINARY_BYTES.search(chunk):
                return "binary"
            start += chunk[: _MARKUP_WINDOW - len(start)]
    finally:
        upload.seek(0)
    # ASCII markup reads the same in UTF-8 and in Latin-1.
    if _MARKUP.search(start.decode("latin-1")):
        return "markup"
    return None


def _content_matches(upload, extension):
    if extension == "pdf":
        return _head(upload, 1024).lstrip(b"\t\n\r\f ").startswith(_PDF)
    if extension in {"doc", "xls", "ppt"}:
        return _head(upload, len(_OLE2)) == _OLE2
    if extension in _OOXML_MAIN:
        if _head(upload, len(_ZIP)) != _ZIP:
            return False
        content_types = _zip_entry(upload, "[Content_Types].xml")
        return content_types is not None and _OOXML_MAIN[extension] in content_types
    if extension in _ZIP_MIMETYPE:
        if _head(upload, len(_ZIP)) != _ZIP:
            return False
        mimetype = _zip_entry(upload, "mimetype")
        return mimetype is not None and mimetype.strip() == _ZIP_MIMETYPE[extension]
    return False  # an accepted extension without a check is refused, not waved through


def _check_content(upload, extension):
    if extension in _TEXT:
        problem = _text_problem(upload)
        if problem == "binary":
            raise forms.ValidationError(
                _(
                    "“%(name)s” is not plain text: it holds binary data. Save it as a UTF-8 "
                    "text file, or upload it in its own format (for example PDF)."
                ),
                params={"name": upload.name},
                code="file_content",
            )
        if problem == "markup":
            raise forms.ValidationError(
                _(
                    "“%(name)s” holds HTML, SVG or script. Text files must be plain text; "
                    "save the page as PDF to share it."
                ),
                params={"name": upload.name},
                code="file_content",
            )
        return
    if not _content_matches(upload, extension):
        raise forms.ValidationError(
            _(
                "“%(name)s” is not a real .%(extension)s file: its contents are of another "
                "type. Upload the document itself, saved as .%(extension)s."
            ),
            params={"name": upload.name, "extension": extension},
            code="file_content",
        )


def validate_upload(upload):
    """The site's allow-list of document types and size limit, for one uploaded file, and
    whether its contents are of the type its name says (read from the bytes)."""
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise forms.ValidationError(
            _("Files of type “%(extension)s” are not accepted. Accepted types: %(types)s."),
            params={"extension": extension or "?", "types": ", ".join(ALLOWED_EXTENSIONS)},
            code="file_type",
        )
    limit = max_upload_bytes()
    if upload.size > limit:
        raise forms.ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="file_size",
        )
    # Forms pass uploaded files; something that is not a file has no contents to read.
    if isinstance(upload, File):
        _check_content(upload, extension)
