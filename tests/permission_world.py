"""One object of every protected kind, and one user of every role, for the permission tests.

Roles (the names the matrix uses):

- ``anonymous``: not signed in.
- ``applicant``: signed in (an account exists) and has a pending membership application, but
  is in no group: not a member yet.
- ``member``: a member who owns the contributions, drafts, question, feedback, nomination and
  subgroup request below, and is registered for the dialogue.
- ``other_member``: a member who owns nothing below except an answer and a dialogue
  contribution.
- ``coordinator``: a member who coordinates the dialogue's subgroup.
- ``reviewer``, ``editor``, ``moderator``: in the Reviewers, Editors, Moderators groups.
- ``superuser``.
"""

import copy
import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Workflow

from community.models import (
    Answer,
    DialogueContribution,
    DialogueEventPage,
    DialogueIndexPage,
    DialogueRegistration,
    MembershipApplication,
    Nomination,
    QuestionIndexPage,
    QuestionPage,
    SubgroupIndexPage,
    SubgroupMembership,
    SubgroupPage,
    SubgroupRequest,
)
from compendium.factories import (
    CompendiumIndexPageFactory,
    CriterionFactory,
    GoodPracticePageFactory,
)
from compendium.models import CriterionProposal, GoodPracticeAttachment
from compendium.submissions import create_draft, save_step, submit_for_review
from contributions.uploads import contributions_collection
from home.factories import make_site_home
from resources.contributions import submit_contribution
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.models import ResourceFeedback
from taxonomy.factories import ResourceTypeFactory, ThemeFactory

ROLES = [
    "anonymous",
    "applicant",
    "member",
    "other_member",
    "coordinator",
    "reviewer",
    "editor",
    "moderator",
    "superuser",
]
PASSWORD = "a-long-test-passphrase"
JOINING_LINK = "https://meet.example.org/members-only-room"


def _user(username, group=None, **extra):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password=PASSWORD,
        first_name=username.capitalize(),
        **extra,
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_world():
    users = {
        "applicant": _user("applicant"),
        "member": _user("member", "Members"),
        "other_member": _user("othermember", "Members"),
        "coordinator": _user("coordinator", "Members"),
        "other_coordinator": _user("othercoordinator", "Members"),
        "reviewer": _user("reviewer", "Reviewers"),
        "editor": _user("editor", "Editors"),
        "moderator": _user("moderator", "Moderators"),
        "superuser": get_user_model().objects.create_superuser(
            "superuser", "superuser@example.org", PASSWORD
        ),
    }
    member, other = users["member"], users["other_member"]
    home = make_site_home()
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    toolkit = ResourceTypeFactory(slug="toolkit", name="Toolkit")

    # The library: a published entry with two revisions, and two member contributions in
    # the editorial workflow, one in review and one returned for changes.
    library = ResourceIndexPageFactory(parent=home)
    entry = ResourcePageFactory(parent=library, title="Facilitation manual", themes=[theme])
    entry.summary = "A revised summary."
    entry.save_revision(user=users["editor"]).publish()
    contribution_data = {
        "summary": "Exercises for mixed groups.",
        "description": "Twelve sessions.",
        "external_url": "https://example.org/toolkit",
        "resource_type": toolkit,
        "themes": [theme],
    }
    in_review = submit_contribution(
        index=library,
        user=member,
        data={**contribution_data, "title": "Contribution in review zzqx"},
    )
    returned = submit_contribution(
        index=library, user=member, data={**contribution_data, "title": "Returned contribution"}
    )
    returned.current_workflow_state.current_task_state.reject(
        user=users["editor"], comment="Add a year."
    )

    def member_upload(title, filename):
        document = get_document_model()(
            title=title,
            file=ContentFile(b"%PDF-1.4 draft", name=filename),
            collection=contributions_collection(),
            uploaded_by_user=member,
        )
        document.save()
        return document

    # A file uploaded with a contribution not yet published, and one the published entry uses.
    upload = member_upload("Member upload zzdoc", "member-upload.pdf")
    published_upload = member_upload("Published upload", "published-upload.pdf")
    entry.document = published_upload
    entry.save_revision(user=users["editor"]).publish()
    feedback = ResourceFeedback.objects.create(
        entry=entry, user=member, rating=4, comment="Useful for our trainers."
    )

    # The compendium: a practice in the criteria assessment, a member's unsubmitted draft,
    # and a published practice.
    compendium = CompendiumIndexPageFactory(parent=home)
    criteria = [
        CriterionFactory(name="Relevance", slug="relevance"),
        CriterionFactory(name="Sustainability", slug="sustainability"),
    ]
    basics = {
        "summary": "Peer facilitators ran discussion groups.",
        "organisation": "Kasai Gender Learning Network",
        "organisation_type": "ngo",
        "country": "CD",  # cleaned data: the form turns the name into its code
        "year": 2022,
        "themes": [theme],
    }
    sections = {
        "background": "Conflict.",
        "objectives": "Shift norms.",
        "target_group": "Men.",
        "approach": "Weekly sessions.",
        "results": "Doubled care work.",
        "lessons_learned": "Trusted peers.",
        "contact": "learning@kasai.example.org",
    }
    practice = create_draft(
        index=compendium, user=member, data={**basics, "title": "Practice under assessment"}
    )
    save_step(page=practice, user=member, data=dict(sections))
    submit_for_review(page=practice, user=member)
    practice_draft = create_draft(
        index=compendium, user=member, data={**basics, "title": "Unsubmitted practice"}
    )
    published_practice = GoodPracticePageFactory(parent=compendium, title="Published practice")
    attachment = member_upload("Practice attachment", "practice-attachment.pdf")
    published_practice.attachments.add(
        GoodPracticeAttachment(document=attachment, title="Evaluation report")
    )
    published_practice.save_revision().publish()
    proposal = CriterionProposal.objects.create(
        name="Accessibility", description="Reaches everyone.", rationale="Missing.",
        proposed_by=member,
    )  # fmt: skip

    # Subgroups: the dialogue's subgroup with its coordinator, and another subgroup
    # coordinated by someone else.
    subgroups = SubgroupIndexPage(title="Subgroups", slug="subgroups")
    _publish(home, subgroups)
    subgroup = _publish(subgroups, SubgroupPage(title="Fragile states", purpose="Fragility."))
    other_subgroup = _publish(subgroups, SubgroupPage(title="UN system", purpose="UN."))
    SubgroupMembership.objects.create(
        subgroup=subgroup, user=users["coordinator"], role=SubgroupMembership.COORDINATOR
    )
    SubgroupMembership.objects.create(
        subgroup=other_subgroup,
        user=users["other_coordinator"],
        role=SubgroupMembership.COORDINATOR,
    )
    SubgroupMembership.objects.create(subgroup=subgroup, user=member)
    subgroup_request = SubgroupRequest.objects.create(
        proposer=member, name="Evaluation", purpose="Evaluate.", why_now="Now."
    )

    # Dialogues: one upcoming in the subgroup, one in the other subgroup; the member is
    # registered for the first, the other member contributed to both.
    dialogues = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    _publish(home, dialogues)
    start = timezone.now() + datetime.timedelta(days=10)

    def dialogue(title, in_subgroup):
        return _publish(
            dialogues,
            DialogueEventPage(
                title=title,
                summary_text="About facilitation.",
                start=start,
                end=start + datetime.timedelta(hours=2),
                joining_link=JOINING_LINK,
                subgroup=in_subgroup,
            ),
        )

    dialogue_page = dialogue("Online facilitation", subgroup)
    other_dialogue = dialogue("System-wide courses", other_subgroup)
    registration = DialogueRegistration.objects.create(dialogue=dialogue_page, user=member)
    contribution = DialogueContribution.objects.create(
        dialogue=dialogue_page, user=other, body="What worked for us."
    )
    other_contribution = DialogueContribution.objects.create(
        dialogue=other_dialogue, user=other, body="In the UN system."
    )

    # Questions: the member asked, the other member answered.
    questions = QuestionIndexPage(title="Questions", slug="questions")
    _publish(home, questions)
    question = QuestionPage(title="Icebreakers online?", body="What works?", asked_by=member)
    _publish(questions, question)
    answer = Answer.objects.create(question=question, user=other, body="Short check-ins.")
    other_question = QuestionPage(title="Resistance?", body="How?", asked_by=other)
    _publish(questions, other_question)
    other_answer = Answer.objects.create(question=other_question, user=member, body="Listen.")

    # Membership: the applicant's pending application, and the member's nomination.
    application = MembershipApplication.objects.create(
        name="Applicant Person",
        email=users["applicant"].email,
        organisation="Red de Formación",
        organisation_type="ngo",
        position="Trainer",
        country="Peru",
        experience="Years.",
        motivation="To learn.",
        acknowledged_personal_capacity=True,
    )
    application.expertise.set([theme])
    nomination = Nomination.objects.create(
        nominated_by=member, name="Nominee", email="nominee@example.org", reason="Expert."
    )

    # Consultations: an open proposal by the other member. Digests: the member's saved search.
    from consultations.models import ConsultationIndexPage, ProposalQuestion, TrainingProposalPage
    from digests.models import SavedSearch

    consultations = ConsultationIndexPage(title="Consultations", slug="consultations")
    _publish(home, consultations)
    now = timezone.now()
    proposal_page = TrainingProposalPage(
        title="System-wide course",
        summary="A course for the UN system.",
        target_audience="Trainers",
        organisation="Proposing institute",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=10),
        owner=other,
        questions=[ProposalQuestion(text="What is missing?")],
    )
    _publish(consultations, proposal_page)
    saved_search = SavedSearch.objects.create(user=member, name="Masculinities", query="q=men")

    return SimpleNamespace(
        users=users,
        consultations=consultations,
        consultation=proposal_page,
        saved_search=saved_search,
        home=home,
        theme=theme,
        toolkit=toolkit,
        library=library,
        entry=entry,
        in_review=in_review,
        returned=returned,
        feedback=feedback,
        upload=upload,
        published_upload=published_upload,
        attachment=attachment,
        compendium=compendium,
        criteria=criteria,
        criterion=criteria[0],
        practice=practice,
        practice_draft=practice_draft,
        published_practice=published_practice,
        proposal=proposal,
        subgroups=subgroups,
        subgroup=subgroup,
        other_subgroup=other_subgroup,
        subgroup_request=subgroup_request,
        dialogues=dialogues,
        dialogue=dialogue_page,
        other_dialogue=other_dialogue,
        registration=registration,
        contribution=contribution,
        other_contribution=other_contribution,
        questions=questions,
        question=question,
        answer=answer,
        other_question=other_question,
        other_answer=other_answer,
        application=application,
        nomination=nomination,
        review_workflow=Workflow.objects.get(name="Good practice review"),
    )


def task_state_of(page):
    # A fresh instance: the page caches its workflow state.
    fresh = type(page).objects.get(pk=page.pk)
    return fresh.current_workflow_state.current_task_state


# The world is built once per test module (building it takes longer than most checks), in a
# transaction rolled back after the module's last test. Each test runs inside it in
# pytest-django's own savepoint, rolled back after the test, so every test meets the world as
# built; and each test gets its own copy of the world's Python objects (as Django's
# setUpTestData does), so an object a test changes in memory is not changed for the next.
# A module using these fixtures holds non-transactional tests only (no transactional_db or
# live_server: they would commit inside the module's transaction) and imports both fixtures:
# ``from .permission_world import module_world, world_fixture``.


@pytest.fixture(scope="module")
def module_world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build_world()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture(name="world")
def world_fixture(module_world, db):
    return copy.deepcopy(module_world)
