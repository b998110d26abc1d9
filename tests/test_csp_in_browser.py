"""The Content-Security-Policy in a real browser: the Wagtail admin's page editor, preview,
choosers and snippet screens, and the public site (signed in, with the userbar) run without a
single CSP violation. A header test cannot tell that the admin needs what the policy allows;
only a browser reports what it refused.

Same set-up as test_accessibility.py: data first, no ORM calls while the browser is open.
"""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-long-test-passphrase"


@pytest.fixture
def site_with_pages(live_server):
    from django.contrib.auth import get_user_model

    from home.factories import make_site_home
    from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
    from taxonomy.factories import ThemeFactory

    home = make_site_home()
    library = ResourceIndexPageFactory(parent=home)
    entry = ResourcePageFactory(parent=library, title="Gender training manual")
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)
    return live_server.url, entry.pk, entry.url, theme.pk


def test_admin_and_site_run_without_csp_violations(site_with_pages, browser_page):
    base, entry_id, entry_url, theme_id = site_with_pages
    page = browser_page
    found = []
    page.on(
        "console",
        lambda message: (
            found.append((page.url, message.text))
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(base + "/admin/")

    for url in [
        "/admin/",
        f"/admin/pages/{entry_id}/edit/",
        f"/admin/pages/{entry_id}/history/",
        "/admin/choose-page/",
        "/admin/documents/chooser/",
        "/admin/images/",
        f"/admin/snippets/coptaxonomy/theme/edit/{theme_id}/",
        "/admin/snippets/copcommunity/membershipapplication/",
        "/django-admin/",
        entry_url,
    ]:
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
    # The editor's live preview panel renders the page inside the admin.
    page.goto(base + f"/admin/pages/{entry_id}/edit/")
    page.locator("button[data-side-panel-toggle='preview']").click()
    page.locator("iframe.w-preview__proxy").wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    # The panel swaps in the loaded frame; its content is the public page's template.
    # The panel swaps in the loaded frame; it shows the public page's template.
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe.w-preview__iframe')]"
        ".some(f => f.contentDocument && f.contentDocument.querySelector('main'))"
    )

    assert found == []
