from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from contributions.forms import (
    ALLOWED_EXTENSIONS,
    MAX_UPLOAD_BYTES,
    MemberModelChoiceField,
    MemberModelMultipleChoiceField,
    PlainTextField,
    validate_upload,
)
from contributions.image_fields import clean_image, image_alt_field, image_field
from taxonomy.countries import code_for
from taxonomy.models import Language, Region, Theme, TrainingContext
from taxonomy.years import EARLIEST_YEAR, latest_allowed_year

from .models import (
    MAX_SCORE,
    ORGANISATION_TYPES,
    SCORE_LABELS,
    SECTIONS,
    Assessment,
    Criterion,
    CriterionProposal,
)

MAX_ATTACHMENTS = 5

SECTION_LIMITS = {name: max_length for name, _label, max_length, _required in SECTIONS}
SECTION_LABELS = {name: label for name, label, _max, _required in SECTIONS}
SECTION_REQUIRED = {name for name, _label, _max, required in SECTIONS if required}
NEEDED_TO_SUBMIT = _("Needed before you submit; you may save the draft without it.")


def _section_field(name, rows=6):
    return PlainTextField(
        label=SECTION_LABELS[name],
        required=False,
        max_length=SECTION_LIMITS[name],
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=NEEDED_TO_SUBMIT if name in SECTION_REQUIRED else "",
    )


def _choices(model, label):
    return MemberModelMultipleChoiceField(
        label=label,
        queryset=model.objects.originals(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class CountryNameInput(forms.TextInput):
    """A text box that suggests the country names (a datalist: browsers offer the names as
    one types, and without it the box is still a text box)."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        list_id = f"{attrs.get('id', 'id_' + name)}_names"
        attrs["list"] = list_id
        box = super().render(name, value, attrs, renderer)
        names = ((name,) for _code, name in countries)
        options = format_html_join("", '<option value="{}"></option>', names)
        return format_html('{}<datalist id="{}">{}</datalist>', box, list_id, options)


class CountryNameField(PlainTextField):
    """A country typed by its name (in English or the page's language) or its code; cleaned
    to the ISO 3166-1 code the practice stores."""

    widget = CountryNameInput

    def prepare_value(self, value):
        code = str(value or "")
        return str(countries.name(code)) if code in countries else value

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return ""
        code = code_for(text) or countries.by_name(text, language=get_language() or "en")
        if not code:
            raise forms.ValidationError(
                _("No country is called “%(name)s”: choose a name from the list."),
                params={"name": text},
            )
        return code


class StepForm(forms.Form):
    """One step of the submission. Drafts may be incomplete: only the title is needed to
    save; required sections are checked when the practice is submitted."""

    @classmethod
    def initial_for(cls, page):
        initial = {}
        for name in cls.base_fields:
            value = getattr(page, name, None)
            if hasattr(value, "all"):
                value = list(value.all())
            initial[name] = value
        return initial


class BasicsForm(StepForm):
    title = PlainTextField(
        label=_("Name of the practice"),
        max_length=255,
        help_text=_("Needed to save your draft."),
    )
    summary = PlainTextField(
        label=_("Summary"),
        required=False,
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Two or three sentences: what was done, for whom, with what result. "
            "Needed before you submit."
        ),
    )
    organisation = PlainTextField(label=_("Organisation"), max_length=255, required=False)
    organisation_type = forms.ChoiceField(
        label=_("Organisation type"),
        choices=[("", "---------"), *ORGANISATION_TYPES],
        required=False,
    )
    country = CountryNameField(
        label=_("Country"),
        max_length=100,
        required=False,
        help_text=_("Leave it empty if the practice spans several countries."),
    )
    year = forms.IntegerField(label=_("Year"), required=False)
    themes = _choices(Theme, _("Themes"))
    contexts = _choices(TrainingContext, _("Training contexts"))
    regions = _choices(Region, _("Regions"))
    languages = _choices(Language, _("Languages"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].validators += [
            MinValueValidator(EARLIEST_YEAR),
            MaxValueValidator(latest_allowed_year()),
        ]
        self.fields["year"].help_text = _(
            "The year the practice started or was evaluated, between %(first)s and %(last)s. "
            "Needed before you submit."
        ) % {"first": EARLIEST_YEAR, "last": latest_allowed_year()}
        self.fields["themes"].help_text = _("At least one is needed before you submit.")


class DescriptionForm(StepForm):
    background = _section_field("background")
    objectives = _section_field("objectives")
    target_group = _section_field("target_group", rows=3)
    approach = _section_field("approach", rows=8)
    resources_needed = _section_field("resources_needed", rows=3)
    contact = _section_field("contact", rows=2)


class EvidenceForm(StepForm):
    results = _section_field("results", rows=8)
    evaluation = _section_field("evaluation")
    lessons_learned = _section_field("lessons_learned")
    challenges = _section_field("challenges")
    sustainability = _section_field("sustainability")
    replicability = _section_field("replicability")
    attachment = forms.FileField(
        label=_("Add an attachment"),
        required=False,
        help_text=_("Up to %(size)s; %(types)s.")
        % {"size": filesizeformat(MAX_UPLOAD_BYTES), "types": ", ".join(ALLOWED_EXTENSIONS)},
    )
    attachment_title = PlainTextField(
        label=_("Title of the attachment"),
        max_length=255,
        required=False,
        help_text=_("For example “Evaluation report 2022”. The file name is used if empty."),
    )
    image = image_field()
    image_alt = image_alt_field()

    def __init__(self, *args, attachments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.attachments = list(attachments)
        if self.attachments:
            self.fields["remove_attachments"] = forms.TypedMultipleChoiceField(
                label=_("Remove attachments"),
                choices=[(str(index), item.title) for index, item in enumerate(self.attachments)],
                coerce=int,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )

    @classmethod
    def initial_for(cls, page):
        initial = {name: getattr(page, name) for name in cls.base_fields if hasattr(page, name)}
        initial["image_alt"] = page.cover_image_alt
        return initial

    def clean_image(self):
        return clean_image(self.cleaned_data.get("image"))

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            validate_upload(upload)
            if len(self.attachments) >= MAX_ATTACHMENTS:
                raise forms.ValidationError(
                    _("A practice can have at most %(count)s attachments. Remove one first."),
                    params={"count": MAX_ATTACHMENTS},
                )
        return upload


class ReviewForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "I confirm that I may share this information and that it describes the practice "
            "accurately."
        ),
        required=True,
    )


STEP_FORMS = {"basics": BasicsForm, "description": DescriptionForm, "evidence": EvidenceForm}


class AssessmentForm(forms.Form):
    """A reviewer's assessment: a score and a comment for every criterion, and a
    recommendation. Built from the current criteria, so every one is required."""

    recommendation = forms.ChoiceField(
        label=_("Recommendation"), choices=Assessment.RECOMMENDATIONS, widget=forms.RadioSelect
    )
    comment = PlainTextField(
        label=_("Overall comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the member with a request for changes; not published."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(Criterion.objects.originals())
        for criterion in self.criteria:
            self.fields[f"score_{criterion.pk}"] = forms.TypedChoiceField(
                label=_("%(criterion)s: score") % {"criterion": criterion.name},
                choices=[(value, label) for value, label in SCORE_LABELS.items()],
                coerce=int,
                widget=forms.RadioSelect,
                help_text=criterion.description,
                error_messages={
                    "required": _("Score “%(criterion)s” from 0 to %(max)s.")
                    % {"criterion": criterion.name, "max": MAX_SCORE},
                    "invalid_choice": _("Scores go from 0 to %(max)s.") % {"max": MAX_SCORE},
                },
            )
            self.fields[f"comment_{criterion.pk}"] = PlainTextField(
                label=_("%(criterion)s: comment") % {"criterion": criterion.name},
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
                error_messages={
                    "required": _("Comment on “%(criterion)s”.") % {"criterion": criterion.name}
                },
            )
            self.fields[f"publish_{criterion.pk}"] = forms.BooleanField(
                label=_("Publish this comment with the practice"), required=False
            )
        # Recommendation and overall comment come last, after the criteria.
        self.order_fields(
            [name for name in self.fields if name not in ("recommendation", "comment")]
            + ["recommendation", "comment"]
        )

    def clean(self):
        cleaned = super().clean()
        if not self.criteria:
            raise forms.ValidationError(_("There are no criteria to assess against."))
        return cleaned

    def criterion_rows(self):
        """For the template: each criterion with its three fields."""
        return [
            {
                "criterion": criterion,
                "score": self[f"score_{criterion.pk}"],
                "comment": self[f"comment_{criterion.pk}"],
                "publish": self[f"publish_{criterion.pk}"],
            }
            for criterion in self.criteria
        ]

    def scores(self):
        return [
            {
                "criterion": criterion,
                "score": self.cleaned_data[f"score_{criterion.pk}"],
                "comment": self.cleaned_data[f"comment_{criterion.pk}"],
                "publish_comment": self.cleaned_data[f"publish_{criterion.pk}"],
            }
            for criterion in self.criteria
        ]

    @staticmethod
    def data_from_cleaned(values):
        """Form data equivalent to cleaned data (as the page editor passes it on)."""
        data = {}
        for key, value in values.items():
            if value is False or value is None:
                continue
            data[key] = "on" if value is True else str(value)
        return data


class CriterionProposalForm(forms.ModelForm):
    criterion = MemberModelChoiceField(
        label=_("Criterion to change"),
        queryset=Criterion.objects.originals(),
        required=False,
        empty_label=_("— A new criterion —"),
    )
    name = PlainTextField(label=_("Name"), max_length=120)
    description = PlainTextField(
        label=_("Description"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    guiding_questions = PlainTextField(
        label=_("Guiding questions"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One question a line."),
    )
    rationale = PlainTextField(
        label=_("Why this change?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )

    class Meta:
        model = CriterionProposal
        fields = ["criterion", "name", "description", "guiding_questions", "rationale"]
