"""The migrations that make terms and criteria translatable keep the rows a site has: each
becomes an original in the default locale, with a translation key of its own."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("coptaxonomy", "0002_region_countries"),
    ("copcompendium", "0003_good_practice_country_code"),
    ("copconsultations", "0002_window_date_range"),
]
AFTER = [
    ("coptaxonomy", "0003_translatable_terms"),
    ("copcompendium", "0004_translatable_criteria"),
    ("copconsultations", "0003_translatable_quality_criteria"),
]


# serialized_rollback: the flush after a transactional test must not lose what the session's
# setup made (roles, workflows) for the tests after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_terms_and_criteria_become_originals_in_the_default_locale():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    for name, slug in [("Masculinities", "masculinities"), ("Education", "education")]:
        apps.get_model("coptaxonomy", "Theme").objects.create(name=name, slug=slug)
    apps.get_model("coptaxonomy", "Region").objects.create(name="Africa", slug="africa")
    for name, slug in [("Relevance", "relevance"), ("Sustainability", "sustainability")]:
        apps.get_model("copcompendium", "Criterion").objects.create(
            name=name, slug=slug, description="What it means."
        )
    apps.get_model("copconsultations", "QualityCriterion").objects.create(
        name="Timing", slug="timing", description="When it takes place."
    )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    english = apps.get_model("wagtailcore", "Locale").objects.get(language_code="en")
    try:
        rows = [
            *apps.get_model("coptaxonomy", "Theme").objects.filter(
                slug__in=["masculinities", "education"]
            ),
            *apps.get_model("coptaxonomy", "Region").objects.filter(slug="africa"),
            *apps.get_model("copcompendium", "Criterion").objects.filter(
                slug__in=["relevance", "sustainability"]
            ),
            *apps.get_model("copconsultations", "QualityCriterion").objects.filter(slug="timing"),
        ]
        assert len(rows) == 6
        assert {row.locale_id for row in rows} == {english.pk}
        assert len({row.translation_key for row in rows}) == 6
        assert None not in {row.translation_key for row in rows}
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
