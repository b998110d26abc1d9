import csv

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _

from contributions import addresses
from contributions.guards import members_only
from contributions.ratelimit import limit_posts
from contributions.roles import is_member
from search.jsonapi import json_endpoint

from .forms import STEP_FORMS, CriterionProposalForm, EvidenceForm, ReviewForm
from .models import SECTIONS, Assessment, CompendiumIndexPage, Criterion, GoodPracticePage
from .submissions import (
    STEP_NAMES,
    STEPS,
    SubmissionError,
    create_draft,
    editable_draft,
    missing_for_submission,
    save_step,
    status_of,
    submit_for_review,
)


def criteria(request, index):
    return TemplateResponse(
        request,
        "compendium/criteria.html",
        {
            "page": index,
            "criteria": list(Criterion.objects.originals()),
            "can_propose": is_member(request.user),
        },
    )


@limit_posts("criterion_proposal")
def propose_criterion(request, index):
    refused = members_only(request, _("Only members of the community can propose criteria."))
    if refused:
        return refused
    if request.method == "POST":
        form = CriterionProposalForm(request.POST)
        if form.is_valid():
            proposal = form.save(commit=False)
            proposal.proposed_by = request.user
            proposal.save()
            messages.success(request, _("Thank you. The moderators will consider your proposal."))
            return redirect(index.url + index.reverse_subpage("criteria"))
    else:
        form = CriterionProposalForm(initial={"criterion": request.GET.get("criterion")})
    return TemplateResponse(
        request,
        "compendium/propose_criterion.html",
        {"page": index, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def _step_url(index, page, step):
    return index.url + index.reverse_subpage("submission_step", args=[page.pk, step])


def _form_for(step, page, data=None, files=None):
    form_class = STEP_FORMS[step]
    kwargs = {}
    if form_class is EvidenceForm:
        kwargs["attachments"] = list(page.attachments.all()) if page else []
    if data is not None:
        return form_class(data, files, **kwargs)
    return form_class(initial=form_class.initial_for(page) if page else None, **kwargs)


def submission_step(request, index, page_id, step):
    refused = members_only(request, _("Only members of the community can submit practices."))
    if refused:
        return refused
    if step not in STEP_NAMES or (page_id is None and step != "basics"):
        raise Http404

    page = status = None
    if page_id is not None:
        # Someone else's draft looks exactly like a missing one.
        stored = GoodPracticePage.objects.filter(pk=page_id, owner=request.user).first()
        if stored is None:
            raise Http404
        status = status_of(stored)
        if not status.editable:
            messages.info(request, _("This practice is %(status)s.") % {"status": status.label})
            return redirect("/account/")
        page = editable_draft(stored, request.user)

    if step == "review":
        return _review_step(request, index, page, status)

    if request.method == "POST":
        form = _form_for(step, page, request.POST, request.FILES)
        if form.is_valid():
            data = dict(form.cleaned_data)
            if page is None:
                page = create_draft(index=index, user=request.user, data=data)
            else:
                page = save_step(page=page, user=request.user, data=data)
            if request.POST.get("action") == "save":
                messages.success(
                    request,
                    _("Your draft “%(title)s” is saved. Resume it from your account page.")
                    % {"title": page.draft_title},
                )
                return redirect("/account/")
            if request.POST.get("action") == "stay":
                return redirect(_step_url(index, page, step))
            next_step = STEP_NAMES[STEP_NAMES.index(step) + 1]
            return redirect(_step_url(index, page, next_step))
    else:
        form = _form_for(step, page)

    return _render_step(
        request,
        index,
        page,
        step,
        status,
        form,
        status_code=400 if request.method == "POST" else 200,
    )


def _render_step(request, index, page, step, status, form, status_code=200, **context):
    position = STEP_NAMES.index(step)
    steps = [
        {
            "name": name,
            "label": label,
            "number": number,
            "current": name == step,
            "url": _step_url(index, page, name) if page else None,
        }
        for number, (name, label) in enumerate(STEPS, start=1)
    ]
    previous = STEP_NAMES[position - 1] if position else None
    return TemplateResponse(
        request,
        "compendium/submit.html",
        {
            "page": index,
            "practice": page,
            "status": status,
            "form": form,
            "step": step,
            "steps": steps,
            "step_label": STEPS[position][1],
            "step_number": position + 1,
            "step_count": len(STEPS),
            "previous_url": _step_url(index, page, previous) if page and previous else None,
            "attachments": list(page.attachments.all()) if page else [],
            **context,
        },
        status=status_code,
    )


def _review_step(request, index, page, status):
    missing = missing_for_submission(page)
    if request.method == "POST":
        form = ReviewForm(request.POST)
        if form.is_valid():
            try:
                submit_for_review(page=page, user=request.user)
            except SubmissionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Thank you. “%(title)s” is now with the reviewers.")
                    % {"title": page.draft_title},
                )
                return redirect("/account/")
    else:
        form = ReviewForm()
    return _render_step(
        request,
        index,
        page,
        "review",
        status,
        form,
        status_code=400 if request.method == "POST" else 200,
        missing=[
            {"label": label, "url": _step_url(index, page, step) + f"#id_{name}"}
            for name, label, step in missing
        ],
        sections=page.sections(),
        themes=list(page.themes.all()),
        contexts=list(page.contexts.all()),
        regions=list(page.regions.all()),
        languages=list(page.languages.all()),
    )


# Export


def published_practices(index):
    """Every published practice with what the exports show, in a fixed number of queries."""
    assessments = Assessment.objects.filter(action="approve").prefetch_related("scores__criterion")
    return list(
        GoodPracticePage.objects.child_of(index)
        .live()
        .public()
        .order_by("title")
        .prefetch_related(
            "themes",
            "contexts",
            "regions",
            "languages",
            "attachments__document",
            Prefetch("assessments", queryset=assessments, to_attr="approving_assessments"),
        )
    )


def _record(practice, request, criteria):
    assessment = practice.approving_assessments[0] if practice.approving_assessments else None
    scores = (
        {score.criterion.slug: score for score in assessment.scores.all()} if assessment else {}
    )
    return {
        "id": practice.pk,
        "title": practice.title,
        "url": addresses.absolute(practice.get_url(request), request),
        "summary": practice.summary,
        "organisation": practice.organisation,
        "organisation_type": practice.organisation_type,
        "country": str(practice.country.name) if practice.country else "",
        "country_code": practice.country.code.lower() if practice.country else "",
        "year": practice.year,
        "themes": [term.slug for term in practice.themes.all()],
        "contexts": [term.slug for term in practice.contexts.all()],
        "regions": [term.slug for term in practice.regions.all()],
        "languages": [term.slug for term in practice.languages.all()],
        "sections": {name: getattr(practice, name) for name, *_rest in SECTIONS},
        "attachments": [
            {"title": item.title, "url": addresses.absolute(item.document.url, request)}
            for item in practice.attachments.all()
        ],
        "scores": {
            criterion.slug: scores[criterion.slug].score
            for criterion in criteria
            if criterion.slug in scores
        },
        "average_score": assessment.average() if assessment else None,
        "published": practice.first_published_at.date().isoformat()
        if practice.first_published_at
        else None,
    }


@json_endpoint
def export_json(request, index):
    criteria = list(Criterion.objects.originals())
    records = [_record(practice, request, criteria) for practice in published_practices(index)]
    response = JsonResponse(
        {
            "criteria": [
                {"slug": criterion.slug, "name": criterion.name} for criterion in criteria
            ],
            "count": len(records),
            "practices": records,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Content-Disposition"] = 'attachment; filename="compendium.json"'
    return response


def export_csv(request, index):
    criteria = list(Criterion.objects.originals())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="compendium.csv"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    columns = [
        "id", "title", "url", "summary", "organisation", "organisation_type", "country", "year",
        "themes", "contexts", "regions", "languages",
    ]  # fmt: skip
    section_names = [name for name, *_rest in SECTIONS]
    writer = csv.writer(response)
    writer.writerow(
        columns
        + section_names
        + ["attachments"]
        + [f"score:{criterion.slug}" for criterion in criteria]
        + ["average_score", "published"]
    )
    for practice in published_practices(index):
        record = _record(practice, request, criteria)
        row = []
        for column in columns:
            value = record[column]
            row.append("; ".join(value) if isinstance(value, list) else _cell(value))
        row += [_cell(record["sections"][name]) for name in section_names]
        row.append("; ".join(item["url"] for item in record["attachments"]))
        row += [_cell(record["scores"].get(criterion.slug)) for criterion in criteria]
        row += [_cell(record["average_score"]), _cell(record["published"])]
        writer.writerow(row)
    return response


def _cell(value):
    if value is None:
        return ""
    value = str(value)
    # A cell starting with these is a formula to spreadsheet programs.
    if value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def print_compendium(request, index):
    practices = published_practices(index)
    for practice in practices:
        assessment = practice.approving_assessments[0] if practice.approving_assessments else None
        practice.print_scores = list(assessment.scores.all()) if assessment else []
        practice.print_average = assessment.average() if assessment else None
        practice.print_url = addresses.absolute(practice.get_url(request), request)
    return TemplateResponse(
        request,
        "compendium/print.html",
        {"page": index, "practices": practices, "criteria": list(Criterion.objects.originals())},
    )


# Each new draft is a page, and goes back to the reviewers only when they ask for changes (a
# draft in review is not editable): limiting new drafts limits submissions too.
@limit_posts("practice")
def start_submission(request, index):
    return submission_step(request, index, None, "basics")


# The pages' sub-addresses (registered on the page classes: the models do not import views).
CompendiumIndexPage.add_routes(
    path("criteria/", criteria, name="criteria"),
    path("criteria/propose/", propose_criterion, name="propose_criterion"),
    path("submit/", start_submission, name="submit"),
    path("submit/<id:page_id>/<slug:step>/", submission_step, name="submission_step"),
    path("export.csv/", export_csv, name="export_csv"),
    path("export.json/", export_json, name="export_json"),
    path("print/", print_compendium, name="print"),
)
