"""Create the community's groups with the Wagtail permissions its roles need.

Members work on the public site only (no admin access). Reviewers open the admin to assess
good practices. Editors edit and publish pages. Moderators do everything editors do and also
manage workflows, users and the images/documents libraries. Later apps grant their own models'
permissions in their own migrations.

Frozen on purpose: the permission table lives here, not imported from app code, so the
migration means the same thing whenever it runs. Wagtail already creates "Editors" and
"Moderators"; they are completed, not replaced.
"""

from django.db import migrations

ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")

PAGE_PERMISSIONS = {
    "Editors": ["add", "change", "publish", "lock", "unlock"],
    "Moderators": ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
}

COLLECTION_PERMISSIONS = {
    "Editors": {
        "wagtailimages.image": ["add", "change", "choose"],
        "wagtaildocs.document": ["add", "change", "choose"],
    },
    "Moderators": {
        "wagtailimages.image": ["add", "change", "delete", "choose"],
        "wagtaildocs.document": ["add", "change", "delete", "choose"],
    },
}

MODEL_PERMISSIONS = {
    "Members": [],
    "Reviewers": [ADMIN],
    "Editors": [ADMIN],
    "Moderators": [
        ADMIN,
        ("wagtailcore", "workflow", "add_workflow", "Can add workflow"),
        ("wagtailcore", "workflow", "change_workflow", "Can change workflow"),
        ("wagtailcore", "task", "add_task", "Can add task"),
        ("wagtailcore", "task", "change_task", "Can change task"),
        ("auth", "user", "add_user", "Can add user"),
        ("auth", "user", "change_user", "Can change user"),
        ("auth", "user", "view_user", "Can view user"),
    ],
}


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    # Model permissions are normally created after migrate; create them now so a fresh
    # database gets them in this migration (Django's post_migrate then finds them there).
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}

    for group_name, permissions in MODEL_PERMISSIONS.items():
        for app_label, model, codename, name in permissions:
            groups[group_name].permissions.add(_permission(apps, app_label, model, codename, name))

    tree_root = Page.objects.filter(depth=1).first()
    if tree_root is not None:
        for group_name, actions in PAGE_PERMISSIONS.items():
            for action in actions:
                permission = _permission(
                    apps, "wagtailcore", "page", f"{action}_page", f"Can {action} page"
                )
                GroupPagePermission.objects.get_or_create(
                    group=groups[group_name], page=tree_root, permission=permission
                )

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for group_name, models in COLLECTION_PERMISSIONS.items():
            for model_label, actions in models.items():
                app_label, model = model_label.split(".")
                for action in actions:
                    permission = _permission(
                        apps, app_label, model, f"{action}_{model}", f"Can {action} {model}"
                    )
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[group_name], collection=root_collection, permission=permission
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    # Reversing leaves the groups in place: users may have been put in them since.
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
