"""What ``cop_setup`` makes in a host site, and the roles it starts with.

Each app adds its part through the ``cop_setup`` hook: a function of one ``Setup``. Steps find
what exists (by name or slug) and create only what is missing, so running the setup again
changes nothing; in check mode nothing is created and what is missing is listed instead. The
host's own pages are never changed: section pages are only added under the parent page.
"""

from urllib.parse import urlsplit

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail import hooks
from wagtail.coreutils import get_content_languages
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    WorkflowPage,
)

from contributions.roles import EDITORS, MODERATORS, REVIEWERS, ROLES


class Setup:
    def __init__(self, *, parent=None, check=False, starting_terms=True, site_url=None, log=None):
        self.parent = parent  # where section pages go; None: no section pages
        self.site_url = site_url  # the default Site's public address; None: left as it is
        self.check = check
        self.starting_terms = starting_terms
        self.found = []
        self.created = []
        self.missing = []
        self._log = log or (lambda kind, message: None)

    def record(self, kind, message):
        getattr(self, kind).append(message)
        self._log(kind, message)

    def ensure(self, description, find, create):
        """The object ``find()`` returns, else (not in check mode) the one ``create()`` makes."""
        existing = find()
        if existing is not None:
            self.record("found", description)
            return existing
        if self.check:
            self.record("missing", description)
            return None
        made = create()
        self.record("created", description)
        return made

    def get_or_create(self, model, description, defaults=None, **lookup):
        return self.ensure(
            description,
            lambda: model.objects.filter(**lookup).first(),
            lambda: model.objects.create(**lookup, **(defaults or {})),
        )

    def group(self, name):
        return self.get_or_create(Group, f"group {name}", name=name)

    def grant(self, group, app_label, grants):
        """Model permissions: {model: [action, ...]} of ``app_label`` for ``group``."""
        group = Group.objects.filter(name=group).first() if isinstance(group, str) else group
        codenames = [
            f"{action}_{model}" for model, actions in grants.items() for action in actions
        ]
        permissions = Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
        missing = permissions.exclude(group=group) if group else permissions
        if not missing.exists():
            self.record("found", f"{app_label} permissions of {group}")
            return
        if self.check or group is None:
            self.record("missing", f"{app_label} permissions of {group}")
            return
        group.permissions.add(*missing)
        self.record("created", f"{app_label} permissions of {group}")

    def section(self, model, description, workflow=None, **fields):
        """A section page (one of ``model``) under the parent page, published, and given
        ``workflow``; an existing one anywhere in the tree is kept as it is."""
        if self.parent is None:
            return model.objects.first()

        def create():
            page = model(show_in_menus=True, **fields)
            self.parent.add_child(instance=page)
            page.save_revision().publish()
            return page

        page = self.ensure(description, lambda: model.objects.first(), create)
        if page is not None and workflow is not None:
            # The section's translations (other locales' trees) are reviewed the same way.
            for each in [page, *page.get_translations()]:
                self.ensure(
                    f"workflow {workflow.name} on {each.title}"
                    + ("" if each.pk == page.pk else f" ({each.locale.language_code})"),
                    lambda each=each: WorkflowPage.objects.filter(page=each).first(),
                    lambda each=each: WorkflowPage.objects.create(page=each, workflow=workflow),
                )
        return page


def run_setup(**options):
    setup = Setup(**options)
    for step in hooks.get_hooks("cop_setup"):
        step(setup)
    set_site_address(setup)
    return setup


def site_address(site_url):
    """``(hostname, port)`` of an http(s) address; ValueError with the reason otherwise."""
    parts = urlsplit(site_url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"The site address must be an http(s) address, not {site_url!r}.")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def set_site_address(setup):
    """The default Site's address: the one address the sitemap, robots.txt, feeds, calendars
    and emails use (contributions.addresses)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    if not setup.site_url:
        setup.record("found", f"site address {site.root_url}")
        return
    hostname, port = site_address(setup.site_url)
    scheme = "https" if port == 443 else "http"
    shown = f"{scheme}://{hostname}" + ("" if port in (80, 443) else f":{port}")
    description = f"site address {shown}"
    if (site.hostname, site.port) == (hostname, port):
        setup.record("found", description)
    elif setup.check:
        setup.record("missing", description)
    else:
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        setup.record("created", description)


def setup_locales(setup):
    """A Wagtail Locale for each content language (WAGTAIL_CONTENT_LANGUAGES): pages can be
    translated into it and are served under its prefix (/es/, /fr/)."""
    for code in get_content_languages():
        setup.get_or_create(Locale, f"locale {code}", language_code=code)


# Roles. Members work on the public site only (no admin access). Reviewers open the admin to
# assess good practices. Editors edit and publish pages. Moderators do everything editors do
# and also manage workflows, users and the images/documents libraries. Each app grants its own
# models' permissions in its own setup step.
PAGE_PERMISSIONS = {
    EDITORS: ["add", "change", "publish", "lock", "unlock"],
    MODERATORS: ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
}
COLLECTION_PERMISSIONS = {
    EDITORS: {
        "wagtailimages": ["add", "change", "choose"],
        "wagtaildocs": ["add", "change", "choose"],
    },
    MODERATORS: {
        "wagtailimages": ["add", "change", "delete", "choose"],
        "wagtaildocs": ["add", "change", "delete", "choose"],
    },
}
MODEL_PERMISSIONS = {
    REVIEWERS: {"wagtailadmin": {"admin": ["access"]}},
    # Editors and moderators translate pages, terms and criteria (wagtail-localize's
    # "Translate" action); publishing a translation needs the same rights as the original.
    EDITORS: {
        "wagtailadmin": {"admin": ["access"]},
        "wagtail_localize": {"translation": ["submit"]},
    },
    MODERATORS: {
        "wagtailadmin": {"admin": ["access"]},
        "wagtail_localize": {"translation": ["submit"]},
        "wagtailcore": {"workflow": ["add", "change"], "task": ["add", "change"]},
        "auth": {"user": ["add", "change", "view"]},
    },
}
COLLECTION_MODELS = {"wagtailimages": "image", "wagtaildocs": "document"}


def setup_roles(setup):
    groups = {name: setup.group(name) for name in ROLES}
    if setup.check and not all(groups.values()):
        return
    for name, apps in MODEL_PERMISSIONS.items():
        for app_label, grants in apps.items():
            setup.grant(groups[name], app_label, grants)

    tree_root = Page.get_first_root_node()
    for name, actions in PAGE_PERMISSIONS.items():
        for action in actions:
            permission = Permission.objects.get(
                content_type=ContentType.objects.get_for_model(Page), codename=f"{action}_page"
            )
            setup.ensure(
                f"{name} may {action} pages",
                lambda g=groups[name], p=permission: GroupPagePermission.objects.filter(
                    group=g, page=tree_root, permission=p
                ).first(),
                lambda g=groups[name], p=permission: GroupPagePermission.objects.create(
                    group=g, page=tree_root, permission=p
                ),
            )

    root_collection = Collection.get_first_root_node()
    for name, apps in COLLECTION_PERMISSIONS.items():
        for app_label, actions in apps.items():
            model = COLLECTION_MODELS[app_label]
            for action in actions:
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                )
                setup.ensure(
                    f"{name} may {action} {model}s",
                    lambda g=groups[name], p=permission: GroupCollectionPermission.objects.filter(
                        group=g, collection=root_collection, permission=p
                    ).first(),
                    lambda g=groups[name], p=permission: GroupCollectionPermission.objects.create(
                        group=g, collection=root_collection, permission=p
                    ),
                )


MODERATOR_PERMISSIONS = {
    "membershipapplication": ["view", "change"],
    "nomination": ["view", "change"],
    "memberprofile": ["view"],
    "subgrouprequest": ["view", "change"],
    "subgroupmembership": ["view", "change"],
    "dialoguecontribution": ["view", "change"],
    "dialogueregistration": ["view"],
}


def setup_community(setup):
    from .models import DialogueIndexPage, QuestionIndexPage, SubgroupIndexPage

    setup.grant(MODERATORS, "copcommunity", MODERATOR_PERMISSIONS)
    setup.section(
        SubgroupIndexPage,
        "subgroups page",
        title="Subgroups",
        slug="subgroups",
        intro="Flexible, ad hoc groups created at members' request.",
        search_description="Subgroups of the community, by training context.",
    )
    setup.section(
        DialogueIndexPage,
        "virtual dialogues page",
        title="Virtual dialogues",
        slug="dialogues",
        intro="About three a year: register, contribute, and read the outcomes.",
        search_description="Online dialogues of the community on gender training: coming "
        "dates, registration and the outcomes of past ones.",
    )
    setup.section(
        QuestionIndexPage,
        "questions page",
        title="Questions",
        slug="questions",
        intro="Ask the community for help and advice; answer what you know.",
        search_description="Members' questions on gender training and their peers' answers.",
    )
