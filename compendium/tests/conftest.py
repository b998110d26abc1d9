import pytest
from django.urls import reverse

from compendium.factories import CompendiumIndexPageFactory, CriterionFactory
from taxonomy.factories import RegionFactory, ThemeFactory, TrainingContextFactory


@pytest.fixture
def compendium(home_page):
    return CompendiumIndexPageFactory(parent=home_page)


@pytest.fixture
def criteria(db):
    return [
        CriterionFactory(name="Relevance", slug="relevance"),
        CriterionFactory(name="Effectiveness and impact", slug="effectiveness"),
        CriterionFactory(name="Sustainability", slug="sustainability"),
    ]


@pytest.fixture
def vocabulary(db):
    return {
        "theme": ThemeFactory(slug="masculinities", name="Masculinities"),
        "other_theme": ThemeFactory(slug="education", name="Education"),
        "context": TrainingContextFactory(slug="humanitarian", name="Humanitarian settings"),
        "region": RegionFactory(slug="africa", name="Africa"),
    }


@pytest.fixture
def basics(vocabulary):
    return {
        "title": "Peer facilitators for men and boys in Kasai",
        "summary": "Trained community facilitators ran men's discussion groups on care work.",
        "organisation": "Kasai Gender Learning Network",
        "organisation_type": "ngo",
        "country": "Democratic Republic of the Congo",
        "year": "2022",
        "themes": [vocabulary["theme"].pk],
        "contexts": [vocabulary["context"].pk],
        "regions": [vocabulary["region"].pk],
    }


@pytest.fixture
def description():
    return {
        "background": "Conflict had disrupted community structures.",
        "objectives": "Shift norms around care work.",
        "target_group": "Men aged 18 to 45.",
        "approach": "Twelve weekly sessions led by trained peers.",
        "resources_needed": "Two trainers, a meeting room.",
        "contact": "learning@kasai.example.org",
    }


@pytest.fixture
def evidence():
    return {
        "results": "Participants doubled time spent on care work.",
        "evaluation": "An external mid-term evaluation in 2023.",
        "lessons_learned": "Peers from the same village were trusted more.",
        "challenges": "Insecurity interrupted sessions.",
        "sustainability": "Facilitators continue as volunteers.",
        "replicability": "Used in two other provinces.",
    }


def workflow_url(page, action):
    task_state = page.current_workflow_state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def assessment_data(criteria, score=2, publish=True, recommendation="include", comment=""):
    data = {"recommendation": recommendation, "comment": comment}
    for criterion in criteria:
        data[f"score_{criterion.pk}"] = str(score)
        data[f"comment_{criterion.pk}"] = f"Clear evidence on {criterion.name.lower()}."
        if publish:
            data[f"publish_{criterion.pk}"] = "on"
    return data
