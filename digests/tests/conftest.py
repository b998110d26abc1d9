import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from digests.models import SavedSearch


@pytest.fixture
def themes(db):
    from taxonomy.factories import ThemeFactory

    return {
        "masculinities": ThemeFactory(slug="masculinities", name="Masculinities"),
        "evaluation": ThemeFactory(slug="evaluation-impact", name="Evaluation and impact"),
    }


@pytest.fixture
def publish(library, themes):
    """Publish a library resource tagged with themes (by slug), as an editor would."""
    from resources.factories import ResourcePageFactory

    def make(title, *theme_slugs, **kwargs):
        return ResourcePageFactory(
            parent=library,
            title=title,
            summary=f"Summary of {title}.",
            themes=[themes[slug] for slug in theme_slugs],
            **kwargs,
        )

    return make


def save(user, query, frequency=SavedSearch.WEEKLY, name=None, ago=None):
    saved = SavedSearch.objects.create(
        user=user, name=name or query, query=query, frequency=frequency
    )
    if ago is not None:
        SavedSearch.objects.filter(pk=saved.pk).update(created_at=timezone.now() - ago)
        saved.refresh_from_db()
    return saved


def send(frequency, now=None):
    """Run the management command as cron does; returns its output."""
    out, err = io.StringIO(), io.StringIO()
    args = ["send_digests", "--frequency", frequency]
    if now is not None:
        args += ["--now", now.isoformat()]
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


A_MINUTE = datetime.timedelta(minutes=1)
