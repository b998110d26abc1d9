from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from contributions.forms import (
    ALLOWED_EXTENSIONS,
    MAX_UPLOAD_BYTES,
    MemberModelChoiceField,
    MemberModelMultipleChoiceField,
    PlainTextField,
    validate_upload,
)
from contributions.image_fields import clean_image, image_alt_field, image_field
from taxonomy.models import Language, Region, ResourceType, Theme, TrainingContext
from taxonomy.years import EARLIEST_YEAR, latest_allowed_year

from .models import ResourceFeedback, ResourcePage


class ContributionForm(forms.Form):
    """A member's resource contribution: becomes a draft ResourcePage in editorial review."""

    title = PlainTextField(label=_("Title"), max_length=255)
    summary = PlainTextField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: what it is and who it is for."),
    )
    description = PlainTextField(
        label=_("Description"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Optional. Separate paragraphs with a blank line."),
    )
    resource_type = MemberModelChoiceField(
        label=_("Kind of resource"),
        queryset=ResourceType.objects.originals().exclude(
            slug__in=["institution", "training", "expert"]
        ),
    )
    authors = PlainTextField(label=_("Authors"), max_length=255, required=False)
    organisation = PlainTextField(label=_("Organisation"), max_length=255, required=False)
    year = forms.IntegerField(label=_("Year"), required=False)
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("Up to %(size)s; %(types)s.")
        % {"size": filesizeformat(MAX_UPLOAD_BYTES), "types": ", ".join(ALLOWED_EXTENSIONS)},
    )
    external_url = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("A web address where the resource can be found."),
    )
    image = image_field()
    image_alt = image_alt_field()
    themes = MemberModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.originals(), widget=forms.CheckboxSelectMultiple
    )
    contexts = MemberModelMultipleChoiceField(
        label=_("Training contexts"),
        queryset=TrainingContext.objects.originals(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    regions = MemberModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.originals(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    languages = MemberModelMultipleChoiceField(
        label=_("Languages"),
        queryset=Language.objects.originals(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    audience = PlainTextField(label=_("Audience"), max_length=200, required=False)
    licence = forms.ChoiceField(
        label=_("Licence"), choices=[("", "---------"), *ResourcePage.LICENCES], required=False
    )
    tags = PlainTextField(
        label=_("Tags"),
        max_length=255,
        required=False,
        help_text=_("Optional keywords, separated by commas."),
    )

    def __init__(self, *args, entry=None, **kwargs):
        self.entry = entry
        super().__init__(*args, **kwargs)
        self.fields["year"].validators += [
            MinValueValidator(EARLIEST_YEAR),
            MaxValueValidator(latest_allowed_year()),
        ]
        self.fields["year"].help_text = _("Between %(first)s and %(last)s.") % {
            "first": EARLIEST_YEAR,
            "last": latest_allowed_year(),
        }

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            validate_upload(upload)
        return upload

    def clean_image(self):
        return clean_image(self.cleaned_data.get("image"))

    def clean_tags(self):
        raw = self.cleaned_data.get("tags", "")
        tags = [tag.strip() for tag in raw.split(",") if tag.strip()]
        if any(len(tag) > 100 for tag in tags):
            raise forms.ValidationError(_("Each tag can be at most 100 characters."))
        return tags

    def clean(self):
        cleaned = super().clean()
        has_existing_file = bool(self.entry and self.entry.document_id)
        if (
            not cleaned.get("file")
            and not cleaned.get("external_url")
            and not has_existing_file
            and "file" not in self.errors
            and "external_url" not in self.errors
        ):
            raise forms.ValidationError(
                _("Attach a file or give a link to the resource (or both)."), code="no_source"
            )
        return cleaned

    @classmethod
    def initial_for(cls, entry):
        from contributions.text import paragraphs_to_text

        return {
            "title": entry.title,
            "summary": entry.summary,
            # As the member typed it: plain text, which the form requires back.
            "description": paragraphs_to_text(entry.body),
            "resource_type": entry.resource_type_id,
            "authors": entry.authors,
            "organisation": entry.organisation,
            "year": entry.year,
            "external_url": entry.external_url,
            "themes": list(entry.themes.all()),
            "contexts": list(entry.contexts.all()),
            "regions": list(entry.regions.all()),
            "languages": list(entry.languages.all()),
            "audience": entry.audience,
            "licence": entry.licence,
            "image_alt": entry.cover_image_alt,
            "tags": ", ".join(tag.name for tag in entry.tags.all()),
        }


class FeedbackForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("How useful is this resource?"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 = not useful, 5 = very useful."),
    )
    comment = PlainTextField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    class Meta:
        model = ResourceFeedback
        fields = ["rating", "comment"]
