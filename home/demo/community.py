"""Demo accounts: an administrator and one person in each role, all with the demo password.

Accounts that exist are left as they are (their password is not reset), so running the seed
again changes nothing.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify

from community.models import MemberProfile
from contributions import roles

from .translations import original

DEMO_ACCOUNTS = [
    # username, first name, last name, role (None: superuser)
    ("admin", "Demo", "Administrator", None),
    ("moderator", "Mona", "Moderator", roles.MODERATORS),
    ("editor", "Eddie", "Editor", roles.EDITORS),
    ("reviewer", "Rita", "Reviewer", roles.REVIEWERS),
    ("member", "Mika", "Member", roles.MEMBERS),
]


@transaction.atomic
def seed_accounts(log, password, **options):
    User = get_user_model()
    credentials = []
    for username, first_name, last_name, role in DEMO_ACCOUNTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                email=f"{username}@example.org",
                first_name=first_name,
                last_name=last_name,
                is_staff=role is None,
                is_superuser=role is None,
            )
            user.set_password(password)
            user.save()
            if role:
                user.groups.add(Group.objects.get(name=role))
            if role == roles.MEMBERS:
                MemberProfile.objects.get_or_create(
                    user=user, defaults={"in_directory": True, "organisation": "Demo NGO"}
                )
            log(f"account created: {username} ({role or 'administrator'})", created=True)
        else:
            log(f"account exists: {username}", created=False)
        if user.check_password(password):
            credentials.append((username, role or "administrator"))
    return credentials


APPLICATIONS = [
    {
        "name": "Thandiwe Nkosi",
        "email": "thandiwe.nkosi@example.org",
        "organisation": "Ministry of Public Service",
        "organisation_type": "government",
        "position": "Head of training",
        "country": "South Africa",
        "experience": "Designs induction training for civil servants, including a gender module.",
        "motivation": "To learn how other ministries evaluate gender training.",
        "themes": ["gender-mainstreaming", "evaluation-impact"],
        "languages": ["en"],
    },
    {
        "name": "Julien Moreau",
        "email": "julien.moreau@example.org",
        "organisation": "Independent",
        "organisation_type": "independent",
        "position": "Consultant",
        "country": "France",
        "experience": "Facilitates workshops on masculinities with police academies.",
        "motivation": "To share materials and find partners for francophone trainings.",
        "themes": ["masculinities", "gender-based-violence"],
        "languages": ["fr", "en"],
    },
    {
        "name": "Rania Haddad",
        "email": "rania.haddad@example.org",
        "organisation": "Regional Women's Rights NGO",
        "organisation_type": "ngo",
        "position": "Programme officer",
        "country": "Jordan",
        "experience": "Runs training of trainers on gender in humanitarian response.",
        "motivation": "To join the fragile state contexts subgroup.",
        "themes": ["women-peace-security"],
        "languages": ["ar", "en"],
    },
]


@transaction.atomic
def seed_membership(log, **options):
    from community.models import MembershipApplication, Nomination
    from taxonomy.models import Language, Theme

    created = 0
    for spec in APPLICATIONS:
        if MembershipApplication.objects.for_email(spec["email"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in {"themes", "languages"}}
        application = MembershipApplication.objects.create(
            acknowledged_personal_capacity=True, **fields
        )
        application.expertise.set(Theme.objects.by_slugs(spec["themes"]))
        application.languages.set(Language.objects.by_slugs(spec["languages"]))
        created += 1
    log(
        f"membership applications: {created} created"
        if created
        else "membership applications exist",
        created=bool(created),
    )

    nominator = get_user_model().objects.filter(username="member").first()
    if nominator and not Nomination.objects.exists():
        Nomination.objects.create(
            nominated_by=nominator,
            name="Julien Moreau",
            email="julien.moreau@example.org",
            reason="Runs excellent workshops on masculinities with police academies.",
        )
        log("nomination created", created=True)

    from community.models import SubgroupRequest

    if nominator and not SubgroupRequest.objects.exists():
        SubgroupRequest.objects.create(
            proposer=nominator,
            name="Gender training for the private sector",
            purpose="Share what works when companies train staff and managers on gender "
            "equality, from recruitment to harassment prevention.",
            why_now="More members work with companies than a year ago, and no subgroup "
            "covers them.",
        )
        log("subgroup request created", created=True)


SUBGROUPS = [
    (
        "Gender training epistemology and methodology",
        "What we teach when we teach gender, and how: theories of change, participatory "
        "methods, and how adults learn to see gender relations.",
        ["training-methodology"],
        ["epistemology-methodology"],
    ),
    (
        "UN system-wide gender training",
        "Shared standards, common modules and mutual recognition of gender training across "
        "the UN system, including a system-wide course.",
        ["gender-mainstreaming"],
        ["un-system-wide"],
    ),
    (
        "Gender training at national or public policy level",
        "Training for ministries, parliaments and public administrations: gender-responsive "
        "budgeting, policy analysis and institutional change.",
        ["gender-responsive-budgeting", "gender-mainstreaming"],
        ["national-public-policy"],
    ),
    (
        "Gender training in fragile state contexts",
        "Training where institutions are weak and insecurity is high: adapting content, "
        "protecting participants and working with security sectors.",
        ["women-peace-security", "gender-based-violence"],
        ["fragile-states", "humanitarian"],
    ),
    (
        "Gender training in developed state contexts",
        "Training in high-income settings: resistance and backlash, equality legislation and "
        "the private sector.",
        ["leadership-participation"],
        ["developed-states"],
    ),
]


@transaction.atomic
def seed_subgroups(log, **options):
    from django.utils.text import slugify

    from community.models import SubgroupIndexPage, SubgroupMembership, SubgroupPage
    from taxonomy.models import Theme, TrainingContext

    index = original(SubgroupIndexPage)
    existing = set(index.get_children().values_list("slug", flat=True))
    coordinator = get_user_model().objects.filter(username="reviewer").first()
    created = 0
    for title, purpose, themes, contexts in SUBGROUPS:
        slug = slugify(title)[:60]
        if slug in existing:
            continue
        page = SubgroupPage(title=title, slug=slug, purpose=purpose)
        index.add_child(instance=page)
        page.themes.set(Theme.objects.by_slugs(themes))
        page.contexts.set(TrainingContext.objects.by_slugs(contexts))
        page.save()
        page.save_revision().publish()
        if coordinator:
            SubgroupMembership.objects.create(
                subgroup=page, user=coordinator, role=SubgroupMembership.COORDINATOR
            )
        created += 1
    log(f"subgroups: {created} created" if created else "subgroups exist", created=bool(created))


DIALOGUES = [
    # title, days from now, hours long, zone, subgroup slug prefix, summary, outcome
    ("Resistance in the training room", -400, 2, "Europe/Paris", "gender-training-epistemology",
     "How facilitators recognise and work with resistance from participants.",
     "<p>Participants shared fourteen techniques; three were chosen for a short guide.</p>"),
    ("Evaluating gender training beyond satisfaction forms", -280, 2, "America/New_York",
     "gender-training-at-national", "Moving from reaction sheets to behaviour change.",
     "<p>Agreed to pilot a six-month follow-up survey in two ministries.</p>"),
    ("A UN system-wide course: what should be common?", -150, 2, "UTC",
     "un-system-wide", "Feedback on the proposal for a system-wide gender course.",
     "<p>Members asked for a common core and agency-specific modules.</p>"),
    ("Training security forces in fragile states", -30, 2, "Africa/Nairobi",
     "gender-training-in-fragile", "Protecting participants and trainers when it is unsafe.",
     "<p>A checklist for risk assessment before trainings was drafted.</p>"),
    ("Online facilitation that works", 45, 2, "America/Lima", "gender-training-epistemology",
     "Keeping participation alive in online gender training.", ""),
    ("Backlash and gender training in developed states", 140, 2, "Europe/Berlin",
     "gender-training-in-developed", "Responding to organised opposition to equality training.",
     ""),
]  # fmt: skip


@transaction.atomic
def seed_dialogues(log, **options):
    import datetime

    from django.utils import timezone

    from community.models import DialogueEventPage, DialogueIndexPage, SubgroupPage

    index = original(DialogueIndexPage)
    existing = set(index.get_children().values_list("title", flat=True))
    today = timezone.now().replace(hour=13, minute=0, second=0, microsecond=0)
    created = 0
    for title, days, hours, zone, subgroup_prefix, summary, outcome in DIALOGUES:
        if title in existing:
            continue
        start = today + datetime.timedelta(days=days)
        page = DialogueEventPage(
            title=title,
            summary_text=summary,
            start=start,
            end=start + datetime.timedelta(hours=hours),
            time_zone=zone,
            facilitators="Amina Diallo; Lucía Fernández",
            agenda="<ol><li>Welcome</li><li>Presentations</li><li>Discussion</li></ol>",
            capacity=40,
            joining_link="https://meet.example.org/cop-dialogue",
            outcome_summary=outcome,
            subgroup=SubgroupPage.objects.filter(slug__startswith=subgroup_prefix).first(),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    log(f"dialogues: {created} created" if created else "dialogues exist", created=bool(created))


QUESTIONS = [
    ("Icebreakers that work online with mixed-seniority groups?",
     "I run two-hour online sessions for ministry staff where directors and assistants sit "
     "together. Which openers get everyone talking without putting juniors on the spot?",
     ["training-methodology"],
     [("Start with anonymous polls on gender norms, then discuss the results: nobody has to "
       "speak first.", True)]),
    ("How do you measure behaviour change six months after a training?",
     "Our funder asks for impact beyond satisfaction forms. What has worked for you?",
     ["evaluation-impact"], []),
    ("Handling a participant who denies that gender inequality exists",
     "In a police academy course one participant keeps challenging every session.",
     ["masculinities", "training-methodology"],
     [("Acknowledge the view, then turn to local data the group collected itself.", False)]),
]  # fmt: skip


@transaction.atomic
def seed_questions(log, **options):

    from community.models import Answer, QuestionIndexPage, QuestionPage
    from taxonomy.models import Theme

    index = original(QuestionIndexPage)
    users = {user.username: user for user in get_user_model().objects.all()}
    existing = set(index.get_children().values_list("title", flat=True))
    created = 0
    for title, body, themes, answers in QUESTIONS:
        if title in existing:
            continue
        question = QuestionPage(
            title=title, slug=slugify(title)[:60], body=body, asked_by=users.get("member")
        )
        index.add_child(instance=question)
        question.themes.set(Theme.objects.by_slugs(themes))
        question.save()
        for text, helpful in answers:
            if "reviewer" in users:
                Answer.objects.create(
                    question=question, user=users["reviewer"], body=text, helpful=helpful
                )
        question.save_revision().publish()
        created += 1
    log(f"questions: {created} created" if created else "questions exist", created=bool(created))
