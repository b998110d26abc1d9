"""Demo content for the home app: the home page, the site and the community's about pages.

Text is drawn from the community's terms of reference. Every step looks for what it would
create and leaves existing content alone, so running it again changes nothing.
"""

from django.db import transaction
from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings, StandardPage

HOME = {
    "title": "Gender Training Community of Practice",
    "intro": (
        "A forum for reflection, evaluation, dialogue and exchange of information on gender "
        "training: progress, challenges and lessons learned, materials and tools, and links "
        "with systematic capacity development."
    ),
    # What is happening in the community, each block fetching its newest or next items.
    # Every text is given, empty ones too: wagtail-localize cannot extract a missing (None) one.
    "body": [
        (
            "join",
            {
                "heading": "Join the community",
                "text": (
                    "Practitioners and experts in gender training from the UN system, "
                    "international organisations, NGOs, governments and independent "
                    "consultancy take part in their own name. Fill in the application form: "
                    "the coordinating organisation replies by email."
                ),
                "button_text": "Apply to join",
                "member_heading": "Welcome back",
                "member_text": (
                    "Share a resource, answer a question waiting below, or find a colleague "
                    "in the member directory."
                ),
            },
        ),
        ("upcoming_dialogues", {"heading": "Upcoming virtual dialogues", "intro": "", "count": 3}),
        ("newest_resources", {"heading": "New in the resource library", "intro": "", "count": 4}),
        ("newest_practices", {"heading": "New good practices", "intro": "", "count": 3}),
        (
            "open_consultations",
            {"heading": "Training proposals open for feedback", "intro": "", "count": 3},
        ),
        (
            "unanswered_questions",
            {"heading": "Questions waiting for an answer", "intro": "", "count": 4},
        ),
        (
            "subgroups",
            {
                "heading": "Subgroups",
                "intro": "Members meet by training context; join one or request a new one.",
                "count": 4,
            },
        ),
    ],
}

# The footer text an earlier seed wrote: replaced by FOOTER_TEXT where nobody has edited it.
OLD_FOOTER_TEXT = "<p>The community's coordinating organisation hosts this site.</p>"
FOOTER_TEXT = (
    "<p>This site is hosted by UN-INSTRAW, the community's coordinating organisation. "
    '<a href="/about/">About the community</a> · '
    '<a href="/terms-of-reference/">Terms of reference</a> · '
    '<a href="/membership/apply/">Apply to join</a></p>'
)

ABOUT_PAGES = [
    {
        "slug": "about",
        "title": "About the community",
        "search_description": "Purpose, membership and objectives of the community of practice.",
        "intro": (
            "The community is open to practitioners and experts in gender training, gender "
            "equality and gender mainstreaming."
        ),
        "body": [
            ("heading", {"text": "Purpose", "level": "h2"}),
            (
                "paragraph",
                "<p>To encourage reflection, evaluation, dialogue and exchange of information on "
                "gender training, and to make the most of existing experience and expertise.</p>",
            ),
            ("heading", {"text": "Membership", "level": "h2"}),
            (
                "paragraph",
                "<p>Membership is open to practitioners and experts from the UN system, "
                "international organisations, NGOs, governmental organisations and independent "
                "consultants. Members take part in a personal capacity: they do not represent "
                "their organisation, and what is said in the community is not an official "
                "position. Everyone fills in the "
                '<a href="/membership/apply/">application form</a>, which the coordinating '
                "organisation approves.</p>",
            ),
            ("heading", {"text": "Good practices", "level": "h2"}),
            (
                "paragraph",
                "<p>Members submit good practices in gender training to an online compendium. "
                "Reviewers assess each one against the "
                '<a href="/compendium/criteria/">published criteria</a> before it is '
                "published, and members may propose changes to the criteria.</p>",
            ),
            ("heading", {"text": "Subgroups", "level": "h2"}),
            (
                "paragraph",
                "<p>Subgroups are flexible and ad hoc, created on the request of members. The "
                "first suggestions are: gender training epistemology and methodology; UN "
                "system-wide gender training; gender training at national or public policy "
                "level; gender training in fragile state contexts; gender training in developed "
                "state contexts.</p>",
            ),
        ],
    },
    {
        "slug": "terms-of-reference",
        "title": "Terms of reference",
        "search_description": "The objectives and activities the community agreed on.",
        "intro": "What the community sets out to do, and how its members take part.",
        "body": [
            ("heading", {"text": "Objectives", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Encourage systematic reflection, evaluation and discussion of gender "
                "training, and identify mechanisms, strategies, methodologies and partnerships "
                "that strengthen its effectiveness and impact.</li>"
                "<li>Organise and disseminate information on gender training: institutions, "
                "trainings, training materials, training experiences, practitioners and "
                "experts.</li>"
                "<li>Share and analyse experiences with gender training, the challenges and "
                "opportunities met, and how they were addressed.</li>"
                "<li>Provide feedback on training proposals and initiatives, such as a UN "
                "system-wide gender training course.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Activities", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Take part in virtual dialogues, around three a year.</li>"
                "<li>Suggest and recommend other potential members.</li>"
                "<li>Contribute resources, materials and information to the Gender Training "
                "Wiki.</li>"
                "<li>Recommend and give feedback on resources, materials and training "
                "proposals.</li>"
                "<li>Circulate and submit good-practice criteria for an online compendium of "
                "good practices.</li>"
                "<li>Share experiences and knowledge; raise questions and probe for meaningful "
                "responses.</li>"
                "<li>Help widen the community and support practitioners who ask for help and "
                "advice.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "text": "It is a forum for exchange, mutual support and learning.",
                    "attribution": "Terms of reference",
                },
            ),
        ],
    },
]


def _is_wagtail_placeholder(page):
    # The "Welcome to your new Wagtail site!" page Wagtail's own migration creates: a plain
    # Page with nothing below it. Anything else is someone's content and is kept.
    return page.specific_class is Page and page.numchild == 0


def ensure_home_page(log):
    home = HomePage.objects.first()
    if home is not None and not home.body and home.intro == HOME["intro"]:
        # The page an earlier seed made, before the home page showed the community's news.
        home.body = HOME["body"]
        home.save_revision().publish()
        log(f"home page shows the community's news: {home.title}", created=True)
        return home
    if home is not None:
        log(f"home page exists: {home.title}", created=False)
        return home

    tree_root = Page.get_first_root_node()
    slug = "home"
    for child in tree_root.get_children():
        if child.slug == "home":
            if _is_wagtail_placeholder(child):
                Site.objects.filter(root_page=child).update(root_page=tree_root)
                child.delete()
                tree_root.refresh_from_db()
            else:
                slug = "cop-home"
    home = HomePage(slug=slug, **HOME)
    tree_root.add_child(instance=home)
    home.save_revision().publish()
    log(f"home page created: {home.title}", created=True)
    return home


def ensure_site(home, log):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=HOME["title"],
        )
        log("default site created", created=True)
    elif site.root_page_id != home.pk or not site.site_name:
        site.root_page = home
        site.site_name = site.site_name or HOME["title"]
        site.save()
        log("default site now serves the home page", created=True)
    else:
        log("default site exists", created=False)

    settings, created = SiteSettings.objects.get_or_create(
        site=site,
        defaults={
            "organisation_name": "UN-INSTRAW",
            "contact_email": "cop@example.org",
            "footer_text": FOOTER_TEXT,
        },
    )
    if not created and settings.footer_text == OLD_FOOTER_TEXT:
        settings.footer_text = FOOTER_TEXT
        settings.save(update_fields=["footer_text"])
        log("site settings: footer text names the organisation and links", created=True)
    log("site settings " + ("created" if created else "exist"), created=created)
    return site


def ensure_standard_pages(home, log):
    existing = set(home.get_children().values_list("slug", flat=True))
    for spec in ABOUT_PAGES:
        if spec["slug"] in existing:
            log(f"page exists: /{spec['slug']}/", created=False)
            continue
        page = StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            search_description=spec["search_description"],
            show_in_menus=True,
            body=[(block_type, value) for block_type, value in spec["body"]],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        log(f"page created: /{spec['slug']}/", created=True)


@transaction.atomic
def seed(log, **options):
    home = ensure_home_page(log)
    ensure_site(home, log)
    ensure_standard_pages(home, log)
    return home
