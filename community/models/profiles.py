from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from contributions.mail import default_language, site_languages

ORGANISATION_TYPES = [
    ("un-system", _("UN system")),
    ("international", _("International organisation")),
    ("ngo", _("NGO")),
    ("government", _("Governmental organisation")),
    ("independent", _("Independent consultant")),
    ("academic-other", _("Academic or other")),
]


class MemberProfileQuerySet(models.QuerySet):
    def in_directory(self):
        return self.filter(in_directory=True, user__is_active=True)

    def for_directory(self):
        return (
            self.in_directory()
            .select_related("user", "region")
            .prefetch_related("expertise", "languages")
            .order_by("user__last_name", "user__first_name", "pk")
        )


class MemberProfile(models.Model):
    """What a member tells the community about themselves. Members take part in a personal
    capacity: the organisation is context, not representation."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member_profile"
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=30, choices=ORGANISATION_TYPES, blank=True
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    region = models.ForeignKey(
        "coptaxonomy.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expertise = models.ManyToManyField(
        "coptaxonomy.Theme", verbose_name=_("areas of expertise"), blank=True, related_name="+"
    )
    languages = models.ManyToManyField(
        "coptaxonomy.Language", verbose_name=_("languages"), blank=True, related_name="+"
    )
    bio = models.TextField(_("short bio"), max_length=1500, blank=True)
    # Callables, not the lists: a host's LANGUAGES would otherwise be written into migrations.
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=15,
        choices=site_languages,
        default=default_language,
        help_text=_("The community writes to you in this language: emails and digests."),
    )
    in_directory = models.BooleanField(
        _("list me in the member directory"),
        default=False,
        help_text=_("Visitors see your name, organisation, position, country and expertise."),
    )
    show_email_to_members = models.BooleanField(
        _("show my email address to signed-in members"),
        default=False,
        help_text=_("Visitors never see email addresses."),
    )

    objects = MemberProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()
