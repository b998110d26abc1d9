from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from contributions.mail import default_language, site_languages

from .profiles import ORGANISATION_TYPES


class MembershipApplicationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=MembershipApplication.PENDING)

    def for_email(self, email):
        return self.filter(email__iexact=email.strip())


class MembershipApplication(models.Model):
    PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
    STATUSES = [(PENDING, _("Pending")), (APPROVED, _("Approved")), (REJECTED, _("Rejected"))]

    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=30, choices=ORGANISATION_TYPES
    )
    position = models.CharField(_("position"), max_length=200)
    country = models.CharField(_("country"), max_length=100)
    expertise = models.ManyToManyField(
        "coptaxonomy.Theme", verbose_name=_("areas of expertise"), related_name="+"
    )
    experience = models.TextField(_("experience in gender training"), max_length=4000)
    languages = models.ManyToManyField(
        "coptaxonomy.Language", verbose_name=_("working languages"), related_name="+"
    )
    subgroups_of_interest = models.TextField(
        _("subgroups of interest"), max_length=1000, blank=True
    )
    motivation = models.TextField(_("motivation"), max_length=4000)
    # Until the application is decided, the only language known for the applicant; approving
    # copies it to the member profile.
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=15,
        choices=site_languages,
        default=default_language,
        help_text=_("The community writes to you in this language."),
    )
    acknowledged_personal_capacity = models.BooleanField(
        _("I take part in a personal capacity, not as a representative of my organisation"),
        default=False,
    )

    status = models.CharField(
        _("status"), max_length=10, choices=STATUSES, default=PENDING, db_index=True
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="membership_applications",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    objects = MembershipApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-created_at"]
        constraints = [
            # Never two pending applications for one address, whatever the race.
            models.UniqueConstraint(
                models.functions.Lower("email"),
                condition=models.Q(status="pending"),
                name="one_pending_application_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def nominations(self):
        return Nomination.objects.filter(email__iexact=self.email).select_related("nominated_by")


class Nomination(models.Model):
    """A member suggests someone; it never makes anyone a member by itself."""

    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("nominated by"),
        on_delete=models.CASCADE,
        related_name="nominations",
    )
    name = models.CharField(_("nominee's name"), max_length=200)
    email = models.EmailField(_("nominee's email"))
    reason = models.TextField(_("why this person"), max_length=2000)
    created_at = models.DateTimeField(_("nominated at"), auto_now_add=True)
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} <{self.email}>"
