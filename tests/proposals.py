"""A member's training proposal as the proposal form posts it, for tests of several apps."""

import datetime

from django.utils import timezone

from taxonomy.factories import ThemeFactory, TrainingContextFactory


def proposal_data(**extra):
    today = timezone.now().date()
    return {
        "title": "Gender in security sector reform: a five-day course",
        "summary": "For police and military trainers.",
        "description": "Day one: concepts.",
        "target_audience": "Police and military trainers",
        "themes": [ThemeFactory(slug="security", name="Security").pk],
        "contexts": [TrainingContextFactory(slug="un", name="UN system-wide").pk],
        "questions": "Is five days enough?",
        "opens_on": (today + datetime.timedelta(days=3)).isoformat(),
        "closes_on": (today + datetime.timedelta(days=30)).isoformat(),
        "time_zone": "Africa/Nairobi",
        **extra,
    }
