"""A practice's country: typed by name in the submission form, stored as its ISO code,
shown by name."""

from bs4 import BeautifulSoup
from django.utils import translation

from compendium.forms import BasicsForm
from compendium.models import GoodPracticePage

from .helpers import SUBMIT


def country(text):
    form = BasicsForm(data={"title": "A practice", "country": text})
    form.is_valid()
    return form.cleaned_data.get("country"), form.errors.get("country")


def test_the_form_takes_a_name_or_a_code():
    assert country("Peru") == ("PE", None)
    assert country("  democratic republic of the congo ") == ("CD", None)
    assert country("co") == ("CO", None)
    assert country("") == ("", None)
    with translation.override("es"):
        assert country("Perú") == ("PE", None)


def test_an_unknown_name_is_a_clear_error():
    code, errors = country("Narnia")
    assert code is None
    assert errors == ["No country is called “Narnia”: choose a name from the list."]


def test_the_box_suggests_the_names():
    html = str(BasicsForm(initial={"country": "PE"})["country"])
    box = BeautifulSoup(html, "html.parser")
    assert box.find("input")["value"] == "Peru"
    names = box.find("datalist", id=box.find("input")["list"])
    assert "Colombia" in [option["value"] for option in names.find_all("option")]


def test_a_submitted_name_is_stored_as_its_code_and_shown_by_name(
    client, compendium, member, basics
):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "country": "Guatemala", "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    assert page.country.code == "GT"
    response = client.post(SUBMIT, {**basics, "title": "Other", "country": "Atlantis"})
    assert response.status_code == 400
    assert "No country is called “Atlantis”" in response.content.decode()
