import datetime
import zoneinfo

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.models.dialogues import (
    EARLIEST_EVENT_YEAR,
    latest_event_year,
    validate_event_moment,
    validate_time_zone,
)
from contributions.forms import (
    ALLOWED_EXTENSIONS,
    MAX_UPLOAD_BYTES,
    MemberModelMultipleChoiceField,
    PlainTextField,
    validate_upload,
)
from contributions.text import paragraphs_to_text
from taxonomy.models import Theme, TrainingContext

from .models import HIGHEST, LOWEST

MAX_QUESTIONS = 10
RATING_CHOICES = [(str(n), str(n)) for n in range(LOWEST, HIGHEST + 1)]


class FeedbackForm(forms.Form):
    """A rating per asked criterion and an answer per question, built from the database.

    Fields are named after the criterion's and the question's ids: a posted id that is not
    one of them (forged, inactive, another proposal's) is simply not a field, and a missing
    one is an error, so a saved feedback always has every rating and answer."""

    show_name = forms.BooleanField(
        label=_("Show my name with my feedback"),
        required=False,
        help_text=_("Otherwise your answers are shown as from an anonymous member."),
    )

    def __init__(self, *args, criteria, questions, feedback=None, **kwargs):
        self.criteria = list(criteria)
        self.questions = list(questions)
        if feedback is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_for(feedback)
        super().__init__(*args, **kwargs)
        for criterion in self.criteria:
            self.fields[self.rating_field(criterion)] = forms.TypedChoiceField(
                label=criterion.name,
                help_text=criterion.description,
                choices=RATING_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Rate “%(name)s” from 1 to 5.") % {"name": criterion.name},
                    "invalid_choice": _("A rating is a whole number from 1 to 5."),
                },
            )
        for question in self.questions:
            self.fields[self.answer_field(question)] = PlainTextField(
                label=question.text,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 4}),
                error_messages={"required": _("Answer this question.")},
            )
        # The consent box comes last, after what it is about.
        self.order_fields([*(name for name in self.fields if name != "show_name"), "show_name"])

    @staticmethod
    def rating_field(criterion):
        return f"criterion_{criterion.pk}"

    @staticmethod
    def answer_field(question):
        return f"question_{question.pk}"

    def initial_for(self, feedback):
        initial = {"show_name": feedback.show_name}
        for rating in feedback.ratings.all():
            initial[f"criterion_{rating.criterion_id}"] = str(rating.score)
        for answer in feedback.answers.all():
            initial[f"question_{answer.question_id}"] = answer.text
        return initial

    def rating_fields(self):
        return [self[self.rating_field(criterion)] for criterion in self.criteria]

    def answer_fields(self):
        return [self[self.answer_field(question)] for question in self.questions]

    def ratings(self):
        return {
            criterion: self.cleaned_data[self.rating_field(criterion)]
            for criterion in self.criteria
        }

    def answers(self):
        return {
            question: self.cleaned_data[self.answer_field(question)] for question in self.questions
        }


class ProposalForm(forms.Form):
    """A member's training proposal: becomes a draft page in editorial review."""

    title = PlainTextField(label=_("Title"), max_length=255)
    summary = PlainTextField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: what the training is and who it is for."),
    )
    description = PlainTextField(
        label=_("The proposal"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Aims, content, format and duration. Separate paragraphs with a blank line."),
    )
    organisation = PlainTextField(
        label=_("Proposing organisation"), max_length=255, required=False
    )
    target_audience = PlainTextField(label=_("Target audience"), max_length=300)
    themes = MemberModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.originals(), widget=forms.CheckboxSelectMultiple
    )
    contexts = MemberModelMultipleChoiceField(
        label=_("Training contexts"),
        queryset=TrainingContext.objects.originals(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    questions = PlainTextField(
        label=_("Your questions to the members"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One question a line, at most %(count)s.") % {"count": MAX_QUESTIONS},
        error_messages={"required": _("Ask the members at least one question.")},
    )
    file = forms.FileField(
        label=_("Attachment"),
        required=False,
        help_text=_("Optional. Up to %(size)s; %(types)s.")
        % {"size": filesizeformat(MAX_UPLOAD_BYTES), "types": ", ".join(ALLOWED_EXTENSIONS)},
    )
    opens_on = forms.DateField(
        label=_("Feedback opens on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("At the start of this day, in the time zone below. Format: 2026-03-31."),
    )
    closes_on = forms.DateField(
        label=_("Feedback closes on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("At the end of this day, in the time zone below."),
    )
    time_zone = forms.CharField(
        label=_("Time zone"),
        max_length=64,
        initial="UTC",
        validators=[validate_time_zone],
        help_text=_("A time zone name such as Europe/Paris, America/Lima or UTC."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            validate_upload(upload)
        return upload

    @staticmethod
    def _day_in_range(day):
        # Days far from now would leave the calendar once placed in a time zone (a 500).
        if day and not EARLIEST_EVENT_YEAR <= day.year <= latest_event_year():
            raise forms.ValidationError(
                _("Choose a day between the years %(first)s and %(last)s."),
                params={"first": EARLIEST_EVENT_YEAR, "last": latest_event_year()},
                code="date_out_of_range",
            )
        return day

    def clean_opens_on(self):
        return self._day_in_range(self.cleaned_data.get("opens_on"))

    def clean_closes_on(self):
        return self._day_in_range(self.cleaned_data.get("closes_on"))

    def clean_questions(self):
        lines = [line.strip() for line in self.cleaned_data.get("questions", "").splitlines()]
        questions = [line for line in lines if line]
        if not questions:
            raise forms.ValidationError(_("Ask the members at least one question."))
        if len(questions) > MAX_QUESTIONS:
            raise forms.ValidationError(
                _("Ask at most %(count)s questions."), params={"count": MAX_QUESTIONS}
            )
        if any(len(question) > 300 for question in questions):
            raise forms.ValidationError(_("Each question can be at most 300 characters."))
        return questions

    def clean(self):
        cleaned = super().clean()
        opens_on, closes_on = cleaned.get("opens_on"), cleaned.get("closes_on")
        zone_name = cleaned.get("time_zone")
        if opens_on and closes_on:
            if closes_on < opens_on:
                self.add_error("closes_on", _("The consultation must close after it opens."))
            elif zone_name:
                zone = zoneinfo.ZoneInfo(zone_name)
                cleaned["opens_at"] = datetime.datetime.combine(
                    opens_on, datetime.time.min, tzinfo=zone
                )
                # Closes at the end of the day it names: the first moment of the next day.
                cleaned["closes_at"] = datetime.datetime.combine(
                    closes_on + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
                )
                # What the page itself accepts (the first and last days of the range, in a
                # zone far from UTC, may fall just outside it).
                for name in ("opens", "closes"):
                    try:
                        validate_event_moment(cleaned[f"{name}_at"].astimezone(datetime.UTC))
                    except forms.ValidationError as error:
                        self.add_error(f"{name}_on", error)
                        cleaned.pop("opens_at", None)
                        cleaned.pop("closes_at", None)
                        return cleaned
                if cleaned["closes_at"] <= timezone.now():
                    self.add_error("closes_on", _("Choose a closing day in the future."))
        return cleaned

    @classmethod
    def initial_for(cls, page):
        last_day = page.local_closes_at - datetime.timedelta(microseconds=1)
        return {
            "title": page.title,
            "summary": page.summary,
            "description": paragraphs_to_text(page.body),
            "organisation": page.organisation,
            "target_audience": page.target_audience,
            "themes": list(page.themes.all()),
            "contexts": list(page.contexts.all()),
            "questions": "\n".join(question.text for question in page.questions.all()),
            "opens_on": page.local_opens_at.date(),
            "closes_on": last_day.date(),
            "time_zone": page.time_zone,
        }
