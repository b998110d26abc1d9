"""Dates at the calendar's edges (year 1, year 9999) get a form error, never a 500: in the
member's proposal form, in the editors' admin form for proposals, and for dialogues.

A consultation closing on 9999-12-31 cannot end "at the end of that day" (the next day is past
the calendar), and a moment in year 1 shown in a zone behind UTC falls in year 0: both gave
500s, on SQLite and PostgreSQL alike, before the database was reached. Requests are made with
the test client raising the view's exception, so a 500 fails with its traceback."""

import datetime

import pytest
from django.utils import timezone

from community.models import DialogueEventPage, DialogueIndexPage
from community.models.dialogues import latest_event_year
from consultations.models import TrainingProposalPage

pytestmark = pytest.mark.django_db
PROPOSE = "/consultations/propose/"
EMPTY_RICH_TEXT = '{"blocks": [], "entityMap": {}}'


@pytest.fixture
def strict(client):
    client.raise_request_exception = True
    return client


@pytest.fixture
def valid_data(theme, context):
    today = timezone.now().date()
    return {
        "title": "Gender in security sector reform",
        "summary": "For police and military trainers.",
        "description": "Day one: concepts.",
        "organisation": "Security institute",
        "target_audience": "Police and military trainers",
        "themes": [theme.pk],
        "contexts": [context.pk],
        "questions": "Is five days enough?",
        "opens_on": (today + datetime.timedelta(days=3)).isoformat(),
        "closes_on": (today + datetime.timedelta(days=30)).isoformat(),
        "time_zone": "Africa/Nairobi",
    }


def errors(response):
    return {name: " ".join(messages) for name, messages in response.context["form"].errors.items()}


# The member's proposal form


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"closes_on": "9999-12-31"}, "closes_on"),
        ({"closes_on": "9999-12-31", "time_zone": "Pacific/Kiritimati"}, "closes_on"),
        ({"opens_on": "0001-01-01", "time_zone": "Asia/Tokyo"}, "opens_on"),
        ({"opens_on": "0001-01-01", "time_zone": "America/Lima"}, "opens_on"),
        ({"opens_on": "1999-12-31"}, "opens_on"),
    ],
)
def test_member_proposal_with_a_day_out_of_range_is_refused(
    strict, consultations, member, valid_data, changes, field
):
    strict.force_login(member)
    response = strict.post(PROPOSE, {**valid_data, **changes})
    assert response.status_code == 400
    assert (
        f"Choose a day between the years 2000 and {latest_event_year()}."
        in errors(response)[field]
    )
    assert not TrainingProposalPage.objects.exists()


def test_the_first_day_of_the_range_east_of_utc_is_refused_clearly(
    strict, consultations, member, valid_data
):
    # 2000-01-01 at midnight in Kiritimati (UTC+14) is still 1999 in UTC.
    strict.force_login(member)
    response = strict.post(
        PROPOSE, {**valid_data, "opens_on": "2000-01-01", "time_zone": "Pacific/Kiritimati"}
    )
    assert response.status_code == 400
    assert "Choose a date between the years 2000 and" in errors(response)["opens_on"]
    assert not TrainingProposalPage.objects.exists()


def test_a_proposal_within_the_range_is_kept(strict, consultations, member, valid_data):
    strict.force_login(member)
    last_year = latest_event_year()
    response = strict.post(PROPOSE, {**valid_data, "closes_on": f"{last_year}-06-30"})
    assert response.status_code == 302
    page = TrainingProposalPage.objects.get()
    assert page.get_latest_revision_as_object().closes_at.year == last_year


# The editors' admin form for proposals


def admin_proposal(theme, opens_at, closes_at, zone):
    return {
        "title": "Admin-made proposal",
        "slug": "admin-made-proposal",
        "summary": "Made by an editor.",
        "body-count": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "questions-TOTAL_FORMS": "0",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "organisation": "",
        "target_audience": "Trainers",
        "themes": [theme.pk],
        "opens_at": opens_at,
        "closes_at": closes_at,
        "time_zone": zone,
        "action-publish": "action-publish",
    }


EDGES = [
    ("2026-01-01 00:00", "9999-12-31 23:59", "Asia/Tokyo", "closes_at"),
    ("0001-01-01 00:00", "2026-12-31 00:00", "America/Lima", "opens_at"),
    ("0001-01-01 00:00", "2026-12-31 00:00", "Asia/Tokyo", "opens_at"),
]


@pytest.mark.parametrize(("opens", "closes", "zone", "field"), EDGES)
def test_editor_gets_a_form_error_for_a_window_out_of_range(
    strict, editor, consultations, theme, opens, closes, zone, field
):
    strict.force_login(editor)
    url = f"/admin/pages/add/copconsultations/trainingproposalpage/{consultations.pk}/"
    response = strict.post(url, admin_proposal(theme, opens, closes, zone))
    assert response.status_code == 200
    assert "Choose a date between the years 2000 and" in errors(response)[field]
    assert not TrainingProposalPage.objects.exists()


# Dialogues (editors, in the admin)


@pytest.fixture
def dialogues(home_page):
    index = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.mark.parametrize(
    ("start", "end", "zone", "field"),
    [
        ("9999-12-31 20:00", "9999-12-31 23:59", "Asia/Tokyo", "start"),
        ("0001-01-01 00:00", "0001-01-01 02:00", "America/Lima", "start"),
        ("2026-01-01 10:00", "9999-12-31 23:59", "Pacific/Kiritimati", "end"),
    ],
)
def test_editor_gets_a_form_error_for_a_dialogue_out_of_range(
    strict, editor, dialogues, start, end, zone, field
):
    strict.force_login(editor)
    url = f"/admin/pages/add/copcommunity/dialogueeventpage/{dialogues.pk}/"
    data = {
        "title": "Online facilitation",
        "slug": "online-facilitation",
        "summary_text": "About online facilitation.",
        "subgroup": "",
        "start": start,
        "end": end,
        "time_zone": zone,
        "capacity": "",
        "joining_link": "",
        "facilitators": "",
        "agenda": EMPTY_RICH_TEXT,
        "outcome_summary": EMPTY_RICH_TEXT,
        "action-publish": "action-publish",
    }
    response = strict.post(url, data)
    assert response.status_code == 200
    assert "Choose a date between the years 2000 and" in errors(response)[field]
    assert not DialogueEventPage.objects.exists()
    # The calendar export stays whole.
    assert strict.get("/dialogues/calendar.ics").status_code == 200
