"""A page's cover image: shown at the top of its page, as its card's thumbnail in listings and
search results, and as its Open Graph image."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model, get_image_model_string

# The renditions of a page's cover image (contributions/includes/cover_image.html's srcset):
# Open Graph's 1200x630 and half of it for phones.
COVER_RENDITIONS = ("fill-600x315", "fill-1200x630")


class CoverImageMixin(models.Model):
    cover_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("alternative text"),
        max_length=200,
        blank=True,
        help_text=_(
            "Describe the image for people who cannot see it. Empty: the image's own "
            "description is used; leave both empty if the image is decorative."
        ),
    )

    class Meta:
        abstract = True

    @classmethod
    def cover_image_panel(cls):
        return MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Image")
        )

    def cover_image_context(self):
        """The cover image with its renditions and alt text, for the page's template (which
        must not query): ``cover_image`` (None without one) and ``cover_image_alt``."""
        image = None
        if self.cover_image_id:
            image = (
                get_image_model()
                .objects.filter(pk=self.cover_image_id)
                .prefetch_renditions(*COVER_RENDITIONS)
                .first()
            )
        alt = self.cover_image_alt or (getattr(image, "description", "") if image else "")
        return {"cover_image": image, "cover_image_alt": alt}

    @property
    def cover_image_alt_text(self):
        """What the image's alt attribute says: this page's text, else the image's own
        description (Wagtail's), else nothing: never the image's title, which is often a file
        name."""
        if self.cover_image_alt:
            return self.cover_image_alt
        image = self.cover_image if self.cover_image_id else None
        return getattr(image, "description", "") or ""
