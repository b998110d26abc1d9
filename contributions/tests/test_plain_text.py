"""Control characters members type (paste) are dropped from plain-text fields: one vertical
tab in an approved proposal made /consultations/feed/ a 500 for everyone (XML cannot carry
it). Tab, line feed and carriage return are kept. Through the real forms, as members."""

import datetime
import xml.dom.minidom

import pytest
from django.urls import reverse
from django.utils import timezone

from community.models import QuestionIndexPage, QuestionPage
from consultations.models import ConsultationIndexPage, TrainingProposalPage
from contributions.forms import PlainTextField
from taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db

# Every C0 control but tab, line feed and carriage return, and DEL.
DROPPED = [chr(code) for code in [*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]]


@pytest.fixture
def strict(client):
    client.raise_request_exception = True
    return client


@pytest.mark.parametrize("character", DROPPED)
def test_plain_text_fields_drop_control_characters(character):
    field = PlainTextField()
    assert field.clean(f"Tom{character} & Jerry") == "Tom & Jerry"


def test_plain_text_fields_keep_tabs_and_line_breaks():
    assert PlainTextField().clean("a\tb\nc\r\nd") == "a\tb\nc\r\nd"


def workflow_action(client, page, action):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": ""},
    )


def test_approved_proposal_with_a_vertical_tab_keeps_the_feed_valid(
    strict, home_page, member, editor
):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    today = timezone.now().date()
    strict.force_login(member)
    response = strict.post(
        "/consultations/propose/",
        {
            "title": "Gender in\x0bsecurity sector reform",
            "summary": "For police\x0b and military trainers.",
            "description": "Day one:\x0b concepts.",
            "target_audience": "Trainers\x0b",
            "themes": [theme.pk],
            "questions": "Is five days\x0b enough?",
            "opens_on": (today - datetime.timedelta(days=1)).isoformat(),
            "closes_on": (today + datetime.timedelta(days=30)).isoformat(),
            "time_zone": "UTC",
        },
    )
    assert response.status_code == 302
    page = TrainingProposalPage.objects.get()

    strict.force_login(editor)
    assert workflow_action(strict, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.title == "Gender insecurity sector reform"
    assert page.summary == "For police and military trainers."

    strict.logout()
    feed = strict.get("/consultations/feed/")
    assert feed.status_code == 200
    document = xml.dom.minidom.parseString(feed.content)  # noqa: S318  (our own feed)
    titles = [node.firstChild.data for node in document.getElementsByTagName("title")]
    assert "Gender insecurity sector reform" in titles


def test_question_with_a_start_of_heading_is_kept_without_it(strict, home_page, member):
    index = QuestionIndexPage(title="Questions", slug="questions")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    strict.force_login(member)
    response = strict.post(
        "/questions/ask/", {"title": "Icebreakers\x01 online?", "body": "What\x01 works?"}
    )
    assert response.status_code == 302
    question = QuestionPage.objects.get()
    assert (question.title, question.body) == ("Icebreakers online?", "What works?")
    strict.logout()
    assert strict.get("/questions/").status_code == 200
    assert b"\x01" not in strict.get(question.url).content
