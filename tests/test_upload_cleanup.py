"""A member's post that fails after its file was stored (here the database refuses a later
write) leaves no file behind in MEDIA_ROOT, as it leaves no document in the database."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, connection
from wagtail.documents import get_document_model

from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
from consultations.models import ConsultationIndexPage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory

from .proposals import proposal_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


def contents(folder):
    # The shared folder of documents may be made by the request; it holds nothing then.
    return {str(path.relative_to(folder)) for path in folder.rglob("*")} - {"documents"}


@pytest.fixture
def database_refuses():
    """Make the database refuse new rows of a table, as a full disk or a broken constraint
    would (the trigger goes with the test's transaction)."""

    def refuse(table):
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "CREATE FUNCTION cop_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'refused'; END $$"
                )
                cursor.execute(
                    f"CREATE TRIGGER cop_refuse BEFORE INSERT ON {table} "
                    "FOR EACH ROW EXECUTE FUNCTION cop_refuse()"
                )
            else:
                cursor.execute(
                    f"CREATE TRIGGER cop_refuse BEFORE INSERT ON {table} "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )

    return refuse


def upload():
    return SimpleUploadedFile("toolkit.pdf", b"%PDF-1.4 toolkit", "application/pdf")


def test_a_failed_contribution_leaves_no_file(client, library, member, media, database_refuses):
    data = {
        "title": "Engaging men as allies: a facilitation toolkit",
        "summary": "Exercises for mixed groups.",
        "resource_type": ResourceTypeFactory(slug="toolkit", name="Toolkit").pk,
        "year": "2023",
        "themes": [ThemeFactory(slug="masculinities", name="Masculinities").pk],
        "file": upload(),
    }
    client.force_login(member)
    # The last step: putting the draft in review.
    database_refuses("wagtailcore_workflowstate")

    with pytest.raises(DatabaseError):
        client.post("/resources/contribute/", data)

    assert contents(media) == set()
    assert not get_document_model().objects.exists()


def test_a_failed_proposal_leaves_no_file(client, home_page, member, media, database_refuses):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    data = proposal_data(
        file=upload(),
    )
    client.force_login(member)
    database_refuses("wagtailcore_workflowstate")

    with pytest.raises(DatabaseError):
        client.post("/consultations/propose/", data)

    assert contents(media) == set()
    assert not get_document_model().objects.exists()


def test_a_failed_attachment_to_a_practice_leaves_no_file(
    client, home_page, member, media, database_refuses
):
    compendium = CompendiumIndexPageFactory(parent=home_page)
    draft = GoodPracticePageFactory(parent=compendium, live=False, owner=member)
    draft.save_revision(user=member)
    client.force_login(member)
    # Saving the step: the draft's new revision.
    database_refuses("wagtailcore_revision")

    with pytest.raises(DatabaseError):
        client.post(
            f"/compendium/submit/{draft.pk}/evidence/",
            {
                "results": "Participants doubled time spent on care work.",
                "lessons_learned": "Peers were trusted more.",
                "attachment": upload(),
                "attachment_title": "Evaluation report",
                "action": "stay",
            },
        )

    assert contents(media) == set()
    assert not get_document_model().objects.exists()
