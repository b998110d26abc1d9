"""The migrations that turn free-text countries into ISO 3166-1 codes: matched by English
name whatever the case, an unmatched name left empty (and logged), revisions converted too."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from taxonomy.countries import code_for

BEFORE = [
    ("copcompendium", "0002_good_practice_cover_image"),
    ("copresources", "0002_library_entry_cover_image"),
]
AFTER = [
    ("copcompendium", "0003_good_practice_country_code"),
    ("copresources", "0003_library_entry_country"),
]


def test_names_are_matched_by_english_name():
    assert code_for("Philippines") == "PH"
    assert code_for("  burkina   FASO ") == "BF"
    assert code_for("Democratic Republic of the Congo") == "CD"  # ISO: "Congo (the ...)"
    assert code_for("co") == "CO"
    assert code_for("Several countries") == ""
    assert code_for("") == ""


def _page(apps, model_name, app_label, number, **fields):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    model = apps.get_model(app_label, model_name)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    page = model.objects.create(
        title=f"Page {number}",
        slug=f"page-{number}",
        path=f"0001{number:04d}",
        depth=2,
        content_type=content_type,
        locale=Locale.objects.first() or Locale.objects.create(language_code="en"),
        **fields,
    )
    apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=content_type,
        base_content_type=content_type,
        object_id=str(page.pk),
        created_at=timezone.now(),
        content={"pk": page.pk, "title": page.title, "country": fields["country"]},
    )
    return page.pk


# serialized_rollback: the flush after a transactional test must not lose what the session's
# setup made (roles, workflows) for the tests after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_free_text_countries_become_codes(caplog):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    practices = [
        _page(apps, "goodpracticepage", "copcompendium", 9001, country="Philippines"),
        _page(apps, "goodpracticepage", "copcompendium", 9002, country="several countries"),
    ]
    institution = _page(apps, "institutionpage", "copresources", 9003, country="viet nam")
    expert = _page(apps, "expertpage", "copresources", 9004, country="South Africa")

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    GoodPractice = apps.get_model("copcompendium", "goodpracticepage")
    Entry = apps.get_model("copresources", "libraryentrypage")
    Revision = apps.get_model("wagtailcore", "Revision")
    try:
        assert [GoodPractice.objects.get(pk=pk).country for pk in practices] == ["PH", ""]
        assert Entry.objects.get(pk=institution).country == "VN"
        assert Entry.objects.get(pk=expert).country == "ZA"
        pages = [str(pk) for pk in [*practices, institution, expert]]
        revisions = {
            int(revision.object_id): revision.content["country"]
            for revision in Revision.objects.filter(object_id__in=pages)
        }
        assert revisions == {
            practices[0]: "PH",
            practices[1]: "",
            institution: "VN",
            expert: "ZA",
        }
        assert "several countries" in caplog.text
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
def test_setup_gives_the_starting_regions_their_countries():
    from community.setup import run_setup
    from taxonomy.models import Region

    Region.objects.create(name="Latin America and the Caribbean", slug="latin-america-caribbean")
    Region.objects.create(name="Africa", slug="africa", countries=["RW"])  # a moderator's
    run_setup(parent=None)
    latam = Region.objects.get(slug="latin-america-caribbean")
    assert {"CO", "PE", "BR"} <= {country.code for country in latam.countries}
    assert [country.code for country in Region.objects.get(slug="africa").countries] == ["RW"]
    assert Region.objects.get(slug="global").countries == []
    assert run_setup(parent=None, check=True).missing == []
