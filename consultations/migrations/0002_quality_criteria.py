"""The recognised training-quality criteria members rate proposals against. Frozen here (not
imported from app code) so the migration means the same thing whenever it runs; moderators
edit the list afterwards."""

from django.db import migrations

CRITERIA = [
    (
        "clear-learning-objectives",
        "Clear learning objectives",
        "States what participants will know and be able to do afterwards, in terms that can be "
        "observed and assessed.",
    ),
    (
        "gender-transformative-approach",
        "Gender-transformative approach",
        "Goes beyond awareness: examines gender norms and power relations and aims to change "
        "them, not only to accommodate them.",
    ),
    (
        "participatory-methodology",
        "Participatory methodology",
        "Builds on participants' experience through dialogue, practice and reflection rather "
        "than lectures alone.",
    ),
    (
        "context-relevance",
        "Context relevance",
        "Fits the participants' institutional, cultural and political context, with examples "
        "and data from it.",
    ),
    (
        "evaluation-plan",
        "Evaluation plan",
        "Says how learning and change after the training will be measured, beyond satisfaction "
        "forms.",
    ),
    (
        "accessibility",
        "Accessibility",
        "Reachable and usable by everyone intended: languages, formats, disability, cost, "
        "connectivity and timing.",
    ),
]


def forwards(apps, schema_editor):
    QualityCriterion = apps.get_model("consultations", "QualityCriterion")
    for position, (slug, name, description) in enumerate(CRITERIA, start=1):
        QualityCriterion.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "sort_order": position},
        )


class Migration(migrations.Migration):
    dependencies = [("consultations", "0001_initial")]

    # Reversing keeps the criteria: ratings may refer to them.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
