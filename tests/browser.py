"""Helpers the browser tests share: axe's WCAG 2.2 AA check, signing in on the site and in the
Wagtail admin, and workflow actions in the page editor.

Browser tests create their data before the browser fixture opens (conftest.chromium explains
why) and make no ORM calls while it is open.
"""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
# The bar: serious and critical violations are defects; the tests hold every page to
# no violation at all, which is stricter.


def violations_on(page):
    results = Axe().run(page, options=WCAG_AA)
    return [
        f"{violation['id']}: {violation['help']} "
        f"({[node['target'] for node in violation['nodes']]})"
        for violation in results.response["violations"]
    ]


def sign_in(page, base_url, username="member", password="a-member-password"):  # noqa: S107
    page.goto(base_url + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("main").get_by_role("button", name="Sign in").click()


def sign_in_to_admin(page, base_url, username, password):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("button[type=submit]").click()
    page.wait_for_url(base_url + "/admin/")


def new_page(browser, timeout=20_000):
    """A page in a context of its own: another person, with no cookies shared."""
    context = browser.new_context()
    context.set_default_timeout(timeout)
    return context.new_page()


def choose_workflow_action(page, name):
    """Click a workflow action in the page editor's footer, opening "More actions" if the
    action is not the default one."""
    action = page.locator("footer").get_by_role("button", name=name, exact=True)
    if not action.is_visible():
        page.locator("footer").get_by_role("button", name="More actions").click()
    action.click()
