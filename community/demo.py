"""Demo accounts: an administrator and one person in each role, all with the demo password.

Accounts that exist are left as they are (their password is not reset), so running the seed
again changes nothing.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from . import roles
from .models import MemberProfile

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
    from taxonomy.models import Language, Theme

    from .models import MembershipApplication, Nomination

    created = 0
    for spec in APPLICATIONS:
        if MembershipApplication.objects.for_email(spec["email"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in {"themes", "languages"}}
        application = MembershipApplication.objects.create(
            acknowledged_personal_capacity=True, **fields
        )
        application.expertise.set(Theme.objects.filter(slug__in=spec["themes"]))
        application.languages.set(Language.objects.filter(slug__in=spec["languages"]))
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
