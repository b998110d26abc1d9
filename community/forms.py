from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.template import loader
from django.utils.translation import gettext_lazy as _

from contributions.forms import (
    MemberEmailField,
    MemberModelChoiceField,
    MemberModelMultipleChoiceField,
    PlainTextField,
)
from contributions.mail import current_language, in_language_of
from taxonomy.models import Language, Region, Theme

from .membership import existing_member
from .models import MemberProfile, MembershipApplication, Nomination, SubgroupRequest
from .passwords import send_password_reset_email


def _checkboxes(queryset, label, required=True):
    return MemberModelMultipleChoiceField(
        label=label, queryset=queryset, widget=forms.CheckboxSelectMultiple, required=required
    )


class ApplicationForm(forms.ModelForm):
    name = PlainTextField(label=_("Full name"), max_length=200)
    email = MemberEmailField(label=_("Email"), max_length=254)
    organisation = PlainTextField(label=_("Organisation"), max_length=200)
    position = PlainTextField(label=_("Position"), max_length=200)
    country = PlainTextField(label=_("Country"), max_length=100)
    expertise = _checkboxes(Theme.objects.originals(), _("Areas of expertise"))
    languages = _checkboxes(Language.objects.originals(), _("Working languages"))
    experience = PlainTextField(
        label=_("Your experience in gender training"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    subgroups_of_interest = PlainTextField(
        label=_("Subgroups you would like to join"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: fragile state contexts; UN system-wide gender training."),
    )
    motivation = PlainTextField(
        label=_("Why do you want to join?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    acknowledged_personal_capacity = forms.BooleanField(
        label=_(
            "I understand that members take part in a personal capacity: I will not represent "
            "my organisation, and what I say is not its official position."
        ),
        required=True,
        error_messages={
            "required": _("Please confirm that you take part in a personal capacity.")
        },
    )
    # A field people never see and bots fill in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "name",
            "email",
            "organisation",
            "organisation_type",
            "position",
            "country",
            "expertise",
            "experience",
            "languages",
            "subgroups_of_interest",
            "motivation",
            "preferred_language",
            "acknowledged_personal_capacity",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The language the applicant reads this form in is the best first answer.
        self.fields["preferred_language"].initial = current_language()
        self.fields["preferred_language"].required = False
        # The default is a callable, which would add a hidden copy of the initial value.
        self.fields["preferred_language"].show_hidden_initial = False

    def clean_preferred_language(self):
        return self.cleaned_data.get("preferred_language") or current_language()

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_email(self):
        # Whether an address is already known is never shown here: anyone could probe the
        # form for who is a member. membership.submit_application() tells the address's
        # owner by email instead.
        return self.cleaned_data["email"].strip()

    def _get_validation_exclusions(self):
        # Nor is the database's one-pending-application-per-address constraint reported as a
        # form error, for the same reason; submit_application() answers it.
        return super()._get_validation_exclusions() | {"email"}


class NominationForm(forms.ModelForm):
    name = PlainTextField(label=_("Nominee's name"), max_length=200)
    email = MemberEmailField(label=_("Nominee's email"), max_length=254)
    reason = PlainTextField(
        label=_("Why would this person strengthen the community?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    nominates_a_member = False  # set by clean_email

    class Meta:
        model = Nomination
        fields = ["name", "email", "reason"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        # Not an error: the form must answer the same whoever the address belongs to (the
        # view keeps no nomination of a member).
        self.nominates_a_member = existing_member(email) is not None
        return email


class ProfileForm(forms.ModelForm):
    organisation = PlainTextField(label=_("Organisation"), max_length=200, required=False)
    position = PlainTextField(label=_("Position"), max_length=200, required=False)
    country = PlainTextField(label=_("Country"), max_length=100, required=False)
    region = MemberModelChoiceField(
        label=_("Region"), queryset=Region.objects.originals(), required=False
    )
    expertise = _checkboxes(Theme.objects.originals(), _("Areas of expertise"), required=False)
    languages = _checkboxes(Language.objects.originals(), _("Languages"), required=False)
    bio = PlainTextField(
        label=_("Short bio"),
        max_length=1500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    class Meta:
        model = MemberProfile
        fields = [
            "organisation",
            "organisation_type",
            "position",
            "country",
            "region",
            "expertise",
            "languages",
            "preferred_language",
            "bio",
            "in_directory",
            "show_email_to_members",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].required = False
        self.fields["preferred_language"].show_hidden_initial = False

    def clean_preferred_language(self):
        # A form sent without the field (an older page, a script) keeps the language chosen.
        return self.cleaned_data.get("preferred_language") or self.instance.preferred_language


class RejectionForm(forms.Form):
    reason = PlainTextField(
        label=_("Reason (sent to the applicant)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DirectoryFilterForm(forms.Form):
    expertise = forms.ModelMultipleChoiceField(
        label=_("Expertise"),
        queryset=Theme.objects.originals(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    region = forms.ModelMultipleChoiceField(
        label=_("Region"),
        queryset=Region.objects.originals(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    organisation_type = forms.MultipleChoiceField(
        label=_("Type of organisation"),
        choices=MemberProfile._meta.get_field("organisation_type").choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.ModelMultipleChoiceField(
        label=_("Language"),
        queryset=Language.objects.originals(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def filter(self, profiles):
        """Unknown values are ignored: a field that does not validate filters nothing."""
        if not self.is_bound:
            return profiles.distinct()
        self.is_valid()  # fills cleaned_data with the fields that validate
        data = self.cleaned_data
        if data.get("expertise"):
            profiles = profiles.filter(expertise__in=data["expertise"])
        if data.get("region"):
            profiles = profiles.filter(region__in=data["region"])
        if data.get("organisation_type"):
            profiles = profiles.filter(organisation_type__in=data["organisation_type"])
        if data.get("language"):
            profiles = profiles.filter(languages__in=data["language"])
        return profiles.distinct()


class SubgroupRequestForm(forms.ModelForm):
    name = PlainTextField(label=_("Name of the subgroup"), max_length=200)
    purpose = PlainTextField(
        label=_("Purpose"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    why_now = PlainTextField(
        label=_("Why is it needed now?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )

    class Meta:
        model = SubgroupRequest
        fields = ["name", "purpose", "why_now"]


class DeclineForm(forms.Form):
    reason = PlainTextField(
        label=_("Reason (sent to the member who proposed it)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ContributionForm(forms.Form):
    body = PlainTextField(
        label=_("Your contribution"), max_length=4000, widget=forms.Textarea(attrs={"rows": 5})
    )


class QuestionForm(forms.Form):
    title = PlainTextField(label=_("Your question, in one line"), max_length=200)
    body = PlainTextField(
        label=_("Details"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Context helps peers answer: the audience, the setting, what you tried."),
    )
    themes = MemberModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.originals(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class AnswerForm(forms.Form):
    body = PlainTextField(
        label=_("Your answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5})
    )


class MemberPasswordResetForm(PasswordResetForm):
    """Approved members start without a password: they choose one from the approval email.
    Django's form mails only accounts that already have a password, so a member whose link
    had expired would never get another, and be told nothing."""

    email = MemberEmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def get_users(self, email):
        return get_user_model()._default_manager.filter(email__iexact=email, is_active=True)

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        # Rendered here, where the request gives the link its address; sent by a task, so a
        # slow mail server neither holds the request nor shows, by the time the request takes,
        # which addresses have an account.
        # In the account's language, not the one of the page the request came from.
        with in_language_of(context["user"]) as language:
            context = {**context, "LANGUAGE_CODE": language}
            subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
            body = loader.render_to_string(email_template_name, context)
            html_body = None
            if html_email_template_name is not None:
                html_body = loader.render_to_string(html_email_template_name, context)
        send_password_reset_email.enqueue(
            subject, body, from_email, to_email, html_body, language=language
        )
