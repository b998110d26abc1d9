from compendium.models import GoodPracticePage

SUBMIT = "/compendium/submit/"


def step_url(page, step):
    return f"/compendium/submit/{page.pk}/{step}/"


def submit_practice(client, basics, description, evidence):
    """Go through every step as a member would; returns the submitted page."""
    response = client.post(SUBMIT, {**basics, "action": "next"})
    assert response.status_code == 302, response.content
    page = GoodPracticePage.objects.get(title=basics["title"])
    assert response["Location"] == step_url(page, "description")
    assert client.post(step_url(page, "description"), {**description, "action": "next"})[
        "Location"
    ] == step_url(page, "evidence")
    assert client.post(step_url(page, "evidence"), {**evidence, "action": "next"})[
        "Location"
    ] == step_url(page, "review")
    response = client.post(step_url(page, "review"), {"confirm": "on"})
    assert response.status_code == 302, response.context["form"].errors
    assert response["Location"] == "/account/"
    page.refresh_from_db()
    return page
