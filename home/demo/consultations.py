"""Demo consultations: one open, one closed with members' feedback, one upcoming.

Every step looks for what it would create and leaves existing content alone, so running it
again changes nothing. Accounts are only created with ``seed_demo --with-accounts`` (like the
other apps' demo people): then the closed consultation gets feedback from the "member" demo
account and from demo members created here without a usable password (nobody can sign in as
them). Without the flag the consultations are seeded with no feedback.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from consultations.models import (
    ConsultationFeedback,
    ConsultationIndexPage,
    CriterionRating,
    ProposalQuestion,
    QualityCriterion,
    QuestionAnswer,
    TrainingProposalPage,
)
from contributions import roles
from contributions.text import text_to_paragraphs
from taxonomy.models import Theme, TrainingContext

from .translations import original

PROPOSALS = [
    {
        "title": "A UN system-wide introductory course on gender equality",
        "summary": (
            "A common three-hour online course every UN staff member would take, with "
            "agency-specific modules added by each organisation."
        ),
        "body": (
            "The course introduces gender concepts, the UN mandates on gender equality and "
            "what gender mainstreaming asks of every staff member.\n\n"
            "It combines short videos, case scenarios from field offices and a final "
            "reflection exercise. Agencies add a module on their own mandate."
        ),
        "organisation": "Inter-agency network on gender equality",
        "target_audience": "All UN system staff, new and serving",
        "themes": ["gender-mainstreaming"],
        "contexts": ["un-system-wide"],
        "questions": [
            "Which topics must the common core cover?",
            "How should agencies' own modules be linked to the core?",
        ],
        "opens_days": -5,
        "days_open": 30,
        "zone": "America/New_York",
    },
    {
        "title": "Gender-responsive budgeting training for finance ministries",
        "summary": (
            "A five-day blended course for budget officers, with a practicum on the "
            "ministry's own budget lines."
        ),
        "body": (
            "Day one introduces gender-responsive budgeting; days two to four work on the "
            "ministry's own budget lines in mixed teams of finance and sector staff.\n\n"
            "On day five, teams present proposals to senior officials. A follow-up call "
            "three months later reviews what changed."
        ),
        "organisation": "Regional public finance institute",
        "target_audience": "Budget officers and sector planners in ministries of finance",
        "themes": ["gender-responsive-budgeting"],
        "contexts": ["national-public-policy"],
        "questions": [
            "Is five days the right length for budget officers?",
            "What would make senior officials attend day five?",
        ],
        "opens_days": -60,
        "days_open": 30,
        "zone": "Europe/Paris",
        "feedback": [
            # username, show name, scores in criteria order, answers
            (
                "member",
                True,
                [5, 4, 5, 4, 3, 4],
                ["Yes, if the practicum is kept.", "A request from the minister's office."],
            ),
            (
                "demo-amina",
                True,
                [4, 4, 5, 5, 2, 3],
                ["Four days would do.", "Invite them to judge the teams' proposals."],
            ),
            (
                "demo-lucia",
                False,
                [5, 3, 4, 4, 3, 5],
                ["Yes.", "Schedule it in the budget preparation calendar."],
            ),
            (
                "demo-kofi",
                False,
                [3, 3, 4, 5, 2, 4],
                ["Too long for senior staff, right for officers.", "A short briefing first."],
            ),
        ],
    },
    {
        "title": "Training of trainers on gender in humanitarian response",
        "summary": (
            "A ten-day training of trainers for cluster coordinators, on gender analysis and "
            "protection from sexual exploitation and abuse."
        ),
        "body": (
            "Trainers learn to run gender analysis in rapid assessments and to build "
            "protection from sexual exploitation and abuse into every cluster's work.\n\n"
            "Each trainer runs a supervised session in an operation within three months."
        ),
        "organisation": "Humanitarian learning network",
        "target_audience": "Cluster coordinators and humanitarian trainers",
        "themes": ["gender-based-violence", "women-peace-security"],
        "contexts": ["humanitarian", "fragile-states"],
        "questions": [
            "Which field operations could host the supervised sessions?",
            "What should trainers receive to take home?",
        ],
        "opens_days": 14,
        "days_open": 21,
        "zone": "Africa/Nairobi",
    },
]

DEMO_MEMBERS = [
    ("demo-amina", "Amina", "Diallo"),
    ("demo-lucia", "Lucía", "Fernández"),
    ("demo-kofi", "Kofi", "Mensah"),
]


def ensure_demo_members(log):
    User = get_user_model()
    members = Group.objects.get(name=roles.MEMBERS)
    created = 0
    for username, first_name, last_name in DEMO_MEMBERS:
        user, was_created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
            },
        )
        if was_created:
            user.set_unusable_password()
            user.save()
            user.groups.add(members)
            created += 1
    log(
        f"consultation demo members: {created} created" if created else "demo members exist",
        created=bool(created),
    )


def _feedback(page, specs, log):
    users = {user.username: user for user in get_user_model().objects.all()}
    criteria = list(QualityCriterion.objects.originals().order_by("sort_order", "pk"))
    questions = list(page.questions.all())
    created = 0
    for username, show_name, scores, answers in specs:
        user = users.get(username)
        if user is None or ConsultationFeedback.objects.filter(proposal=page, user=user).exists():
            continue
        feedback = ConsultationFeedback.objects.create(
            proposal=page, user=user, show_name=show_name
        )
        CriterionRating.objects.bulk_create(
            CriterionRating(feedback=feedback, criterion=criterion, score=score)
            for criterion, score in zip(criteria, scores, strict=False)
        )
        QuestionAnswer.objects.bulk_create(
            QuestionAnswer(feedback=feedback, question=question, text=text)
            for question, text in zip(questions, answers, strict=False)
        )
        created += 1
    if created:
        log(f"consultation feedback: {created} created on “{page.title}”", created=True)


def seed_proposals(index, log):
    today = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0)
    existing = {page.slug: page for page in TrainingProposalPage.objects.child_of(index)}
    created = 0
    for spec in PROPOSALS:
        slug = slugify(spec["title"])[:70]
        page = existing.get(slug)
        if page is None:
            opens = today + datetime.timedelta(days=spec["opens_days"])
            page = TrainingProposalPage(
                title=spec["title"],
                slug=slug,
                summary=spec["summary"],
                body=text_to_paragraphs(spec["body"]),
                organisation=spec["organisation"],
                target_audience=spec["target_audience"],
                opens_at=opens,
                closes_at=opens + datetime.timedelta(days=spec["days_open"]),
                time_zone=spec["zone"],
                questions=[ProposalQuestion(text=text) for text in spec["questions"]],
            )
            index.add_child(instance=page)
            page.themes.set(Theme.objects.by_slugs(spec["themes"]))
            page.contexts.set(TrainingContext.objects.by_slugs(spec["contexts"]))
            page.save()
            page.save_revision().publish()
            created += 1
        if spec.get("feedback"):
            _feedback(page, spec["feedback"], log)
    log(
        f"consultations: {created} created" if created else "consultations exist",
        created=bool(created),
    )


MEMBER_PROPOSAL = {
    "title": "Gender-responsive budgeting for municipal finance officers",
    "summary": "A two-day course for municipal finance officers on reading budgets for "
    "their effects on women and men.",
    "description": "Participants bring their own municipality's budget and leave with one "
    "change to propose.",
    "organisation": "Demo NGO",
    "target_audience": "Municipal finance officers",
    "themes": ["gender-responsive-budgeting"],
    "questions": ["Is two days enough for officers new to gender analysis?"],
}


def seed_member_proposal(index, log):
    """A member's proposal waiting in editorial review, so the editors' queue is not empty in
    the demo. Submitted as the propose form does (needs the "member" demo account)."""
    from consultations.proposals import submit_proposal

    member = get_user_model().objects.filter(username="member").first()
    spec = MEMBER_PROPOSAL
    if (
        member is None
        or TrainingProposalPage.objects.filter(owner=member, title=spec["title"]).exists()
    ):
        return
    opens = timezone.now().replace(microsecond=0) + datetime.timedelta(days=30)
    data = {
        **spec,
        "opens_at": opens,
        "closes_at": opens + datetime.timedelta(days=21),
        "time_zone": "UTC",
        "themes": Theme.objects.by_slugs(spec["themes"]),
    }
    submit_proposal(index=index, user=member, data=data)
    log("training proposal awaiting editorial review created", created=True)


@transaction.atomic
def seed(log, with_accounts=False, **options):
    index = original(ConsultationIndexPage)
    if with_accounts:
        ensure_demo_members(log)
    seed_proposals(index, log)
    seed_member_proposal(index, log)
