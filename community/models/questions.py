"""Questions and answers: members ask, peers answer, the asker marks what helped."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from contributions.routes import ViewRoutesMixin
from search.documents import SearchDocument, terms


class QuestionQuerySet(PageQuerySet):
    def with_answer_count(self):
        """Each question's visible answers counted, as ``answer_count``: hidden ones are not
        answers to a reader."""
        return self.annotate(
            answer_count=models.Count("answers", filter=models.Q(answers__hidden=False))
        )

    def unanswered(self):
        """Questions no visible answer has answered yet, newest first."""
        return (
            self.with_answer_count().filter(answer_count=0).order_by("-first_published_at", "-pk")
        )


class QuestionIndexPage(ViewRoutesMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["copcommunity.QuestionPage"]
    max_count = 1
    search_document = None
    template = "community/question_index_page.html"

    class Meta:
        verbose_name = _("questions index")

    def get_context(self, request, *args, **kwargs):
        from contributions.guards import offers_member_actions

        context = super().get_context(request, *args, **kwargs)
        context["offer_member_actions"] = offers_member_actions(request.user)
        questions = (
            QuestionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("asked_by")
            .with_answer_count()
            .order_by("-first_published_at", "-pk")
        )
        unanswered = request.GET.get("show") == "unanswered"
        if unanswered:
            questions = questions.filter(answer_count=0)
        context["questions"] = questions
        context["unanswered"] = unanswered
        return context


class QuestionPage(ViewRoutesMixin, Page):
    body = models.TextField(_("question"), max_length=5000)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    themes = ParentalManyToManyField(
        "coptaxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="questions"
    )

    objects = PageManager.from_queryset(QuestionQuerySet)()

    content_panels = [*Page.content_panels, FieldPanel("body"), FieldPanel("themes")]
    parent_page_types = ["copcommunity.QuestionIndexPage"]
    subpage_types = []
    template = "community/question_page.html"

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def search_document(self):
        answers = self.answers.filter(hidden=False).values_list("body", flat=True)
        published = self.first_published_at or self.last_published_at
        return SearchDocument(
            type="question",
            title=self.title,
            text="\n".join([self.body, *answers]),
            summary=self.body[:300],
            date=published.date() if published else None,
            facets={"theme": terms(self.themes.all())},
        )

    def get_context(self, request, *args, **kwargs):
        from contributions.roles import is_member

        context = super().get_context(request, *args, **kwargs)
        context["answers"] = list(
            self.answers.filter(hidden=False)
            .select_related("user")
            .order_by("-helpful", "created_at")
        )
        context["themes"] = list(self.themes.all())
        context["is_member"] = is_member(request.user)
        context["is_asker"] = request.user.is_authenticated and request.user.pk == self.asked_by_id
        return context


class Answer(models.Model):
    question = models.ForeignKey(QuestionPage, on_delete=models.CASCADE, related_name="answers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answers"
    )
    body = models.TextField(_("answer"), max_length=5000)
    helpful = models.BooleanField(_("marked helpful by the asker"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("answer")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.user} on {self.question}"
