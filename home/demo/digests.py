"""Demo saved searches for the demo member (``seed_demo --with-accounts``): left alone when they
exist, so running the seed again changes nothing."""

from django.contrib.auth import get_user_model

from digests.models import SavedSearch

SAVED_SEARCHES = [
    # name, query string, frequency
    ("Masculinities", "theme=masculinities", SavedSearch.WEEKLY),
    ("Evaluating gender training", "q=evaluation", SavedSearch.DAILY),
    ("Fragile state contexts", "context=fragile-states", SavedSearch.WEEKLY),
]


def seed(log):
    from contributions.roles import MEMBERS

    members = get_user_model().objects.filter(username="member", groups__name=MEMBERS)
    for user in members:
        created = 0
        for name, query, frequency in SAVED_SEARCHES:
            _saved, new = SavedSearch.objects.get_or_create(
                user=user, query=query, defaults={"name": name, "frequency": frequency}
            )
            created += new
        log(
            f"saved searches of {user.get_username()}: {created} created"
            if created
            else f"saved searches of {user.get_username()} exist",
            created=bool(created),
        )
