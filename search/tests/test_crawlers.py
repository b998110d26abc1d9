"""Search result pages stay out of search engines' indexes (the pages they list do not)."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/search/", "/search/?q=training&theme=masc&page=2"])
def test_search_results_ask_not_to_be_indexed(client, url):
    response = client.get(url)

    assert response.status_code == 200
    robots = BeautifulSoup(response.content, "html.parser").head.find_all(
        "meta", attrs={"name": "robots"}
    )
    assert [meta["content"] for meta in robots] == ["noindex"]
