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
