"""The published compendium: listing with facets, the practice page, and the exports."""

import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from compendium.factories import GoodPracticePageFactory
from compendium.models import Assessment, CriterionScore, GoodPracticeAttachment
from search.models import CatalogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(compendium, vocabulary, criteria):
    first = GoodPracticePageFactory(
        parent=compendium,
        title="Mentoring women mediators in Mindanao",
        year=2019,
        country="PH",
        themes=[vocabulary["theme"]],
        contexts=[vocabulary["context"]],
        regions=[vocabulary["region"]],
    )
    second = GoodPracticePageFactory(
        parent=compendium,
        title="Gender budgeting clinics for district officers",
        year=2022,
        summary='=HYPERLINK("http://evil")',
        themes=[vocabulary["other_theme"]],
    )
    draft = GoodPracticePageFactory(parent=compendium, title="Unpublished draft", live=False)
    assessment = Assessment.objects.create(
        page=first, action="approve", recommendation="include", comment="Strong."
    )
    for number, criterion in enumerate(criteria):
        CriterionScore.objects.create(
            assessment=assessment,
            criterion=criterion,
            score=number + 1,
            comment=f"On {criterion.name}",
            publish_comment=number == 0,
        )
    return first, second, draft


def test_practices_are_in_the_catalogue_as_good_practices(practices):
    first, second, _draft = practices
    entries = CatalogEntry.objects.filter(withdrawn=False)
    assert {entry.page_id: entry.type for entry in entries} == {
        first.pk: "good-practice",
        second.pk: "good-practice",
    }


def test_listing_shows_published_practices_with_facet_counts(client, practices):
    response = client.get("/compendium/")
    assert response.status_code == 200
    assert response.context["results"].total == 2
    assert b"Mentoring women mediators in Mindanao" in response.content
    assert b"Unpublished draft" not in response.content
    groups = {group.key: group for group in response.context["facet_groups"]}
    assert {"theme", "context", "region", "year"} <= set(groups)
    assert "type" not in groups
    themes = {value.value: value.count for value in groups["theme"].values}
    assert themes == {"masculinities": 1, "education": 1}


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("theme=masculinities", ["Mentoring women mediators in Mindanao"]),
        ("context=humanitarian", ["Mentoring women mediators in Mindanao"]),
        ("region=africa", ["Mentoring women mediators in Mindanao"]),
        ("year=2022", ["Gender budgeting clinics for district officers"]),
        ("theme=masculinities&theme=education", None),
        ("theme=unknown-value&page=zz", None),
    ],
)
def test_listing_filters(client, practices, query, titles):
    response = client.get(f"/compendium/?{query}")
    assert response.status_code == 200
    found = [hit.title for hit in response.context["results"].hits]
    if titles is None:
        assert len(found) == 2
    else:
        assert found == titles


def test_practice_page_shows_sections_taxonomies_and_assessment(
    client, practices, django_assert_max_num_queries
):
    first = practices[0]
    # 25, and three for the languages: the language switcher's translations of the page and
    # its ancestors, the Site's root paths for their addresses, the menu's home translation.
    with django_assert_max_num_queries(28):
        response = client.get(first.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Approach and methodology" in content
    assert "Masculinities" in content
    assert "Philippines" in content
    assert "2.0 out of 3 on average (6 of 9 points)" in content
    assert "On Relevance" in content
    assert "On Sustainability" not in content  # not chosen for publication


def test_draft_page_is_not_public(client, practices):
    assert client.get("/compendium/unpublished-draft/").status_code == 404


def test_criteria_page_lists_criteria_in_order(client, compendium, criteria):
    response = client.get("/compendium/criteria/")
    assert response.status_code == 200
    content = response.content.decode()
    positions = [content.index(criterion.name) for criterion in criteria]
    assert positions == sorted(positions)
    assert "How do we know?" in content


def test_json_export(client, practices, criteria):
    response = client.get("/compendium/export.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["count"] == 2
    assert [criterion["slug"] for criterion in data["criteria"]] == [
        "relevance",
        "effectiveness",
        "sustainability",
    ]
    records = {record["title"]: record for record in data["practices"]}
    assert "Unpublished draft" not in records
    mindanao = records["Mentoring women mediators in Mindanao"]
    assert mindanao["themes"] == ["masculinities"]
    assert mindanao["contexts"] == ["humanitarian"]
    assert mindanao["regions"] == ["africa"]
    assert mindanao["year"] == 2019
    assert mindanao["country"] == "Philippines"
    assert mindanao["scores"] == {"relevance": 1, "effectiveness": 2, "sustainability": 3}
    assert mindanao["average_score"] == 2.0
    assert mindanao["sections"]["approach"] == "The approach."
    assert mindanao["url"].endswith("/compendium/mentoring-women-mediators-in-mindanao/")
    assert records["Gender budgeting clinics for district officers"]["scores"] == {}


def test_csv_export(client, practices, criteria):
    response = client.get("/compendium/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "compendium.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    by_title = {row["title"]: row for row in rows}
    mindanao = by_title["Mentoring women mediators in Mindanao"]
    assert mindanao["themes"] == "masculinities"
    assert mindanao["score:relevance"] == "1"
    assert mindanao["score:sustainability"] == "3"
    assert mindanao["average_score"] == "2.0"
    assert mindanao["lessons_learned"] == "The lessons."
    # Spreadsheet formulas are neutralised.
    assert by_title["Gender budgeting clinics for district officers"]["summary"].startswith("'=")


def test_exports_list_attachments(client, practices):
    first = practices[0]
    document = get_document_model().objects.create(
        title="Evaluation", file=SimpleUploadedFile("evaluation.pdf", b"%PDF-1.4")
    )
    GoodPracticeAttachment.objects.create(page=first, document=document, title="Evaluation")
    data = client.get("/compendium/export.json").json()
    record = next(r for r in data["practices"] if r["id"] == first.pk)
    assert record["attachments"][0]["title"] == "Evaluation"


def test_exports_and_print_use_a_fixed_number_of_queries(
    client, practices, compendium, django_assert_max_num_queries
):
    for number in range(5):
        GoodPracticePageFactory(parent=compendium, title=f"Extra practice {number}")
    for url in ("/compendium/export.json", "/compendium/export.csv", "/compendium/print/"):
        with django_assert_max_num_queries(30):
            assert client.get(url).status_code == 200


def test_printable_compendium(client, practices):
    response = client.get("/compendium/print/")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'media="print"' in content
    assert "compendium/print.css" in content
    assert "Mentoring women mediators in Mindanao" in content
    assert "Gender budgeting clinics for district officers" in content
    assert "Unpublished draft" not in content
    assert "Relevance: 1/3" in content


@pytest.mark.parametrize("role", [None, "member", "reviewer", "moderator"])
def test_everyone_can_read_and_export(client, practices, request, role):
    if role:
        client.force_login(request.getfixturevalue(role))
    for url in ("/compendium/", "/compendium/export.csv", "/compendium/export.json"):
        assert client.get(url).status_code == 200


def test_listing_links_to_the_downloads(client, practices):
    content = client.get("/compendium/").content
    assert b'href="/compendium/export.csv"' in content
    assert b'href="/compendium/export.json"' in content
    assert b'href="/compendium/print/"' in content
