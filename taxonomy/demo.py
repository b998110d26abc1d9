"""Demo vocabularies. Existing terms (matched by slug) are left as they are."""

from django.db import transaction

from .models import Language, Region, ResourceType, Theme, TrainingContext

THEMES = [
    ("gender-mainstreaming", "Gender mainstreaming"),
    ("training-methodology", "Training methodology"),
    ("evaluation-impact", "Evaluation and impact"),
    ("gender-based-violence", "Gender-based violence"),
    ("masculinities", "Masculinities"),
    ("womens-economic-empowerment", "Women's economic empowerment"),
    ("women-peace-security", "Women, peace and security"),
    ("gender-responsive-budgeting", "Gender-responsive budgeting"),
    ("leadership-participation", "Leadership and participation"),
    ("intersectionality", "Intersectionality"),
    ("sogi", "Sexual orientation and gender identity"),
    ("climate-environment", "Climate and environment"),
    ("health-srhr", "Health and sexual and reproductive rights"),
    ("education", "Education"),
]

CONTEXTS = [
    ("epistemology-methodology", "Epistemology and methodology"),
    ("un-system-wide", "UN system-wide"),
    ("national-public-policy", "National or public policy level"),
    ("fragile-states", "Fragile state contexts"),
    ("developed-states", "Developed state contexts"),
    ("humanitarian", "Humanitarian settings"),
]

RESOURCE_TYPES = [
    ("training-manual", "Training manual"),
    ("toolkit", "Toolkit"),
    ("curriculum", "Curriculum"),
    ("e-learning-course", "E-learning course"),
    ("evaluation-report", "Evaluation report"),
    ("case-study", "Case study"),
    ("video", "Video"),
    ("article", "Article"),
    ("policy-brief", "Policy brief"),
    ("guidance-note", "Guidance note"),
]

REGIONS = [
    ("global", "Global"),
    ("africa", "Africa"),
    ("arab-states", "Arab States"),
    ("asia-pacific", "Asia and the Pacific"),
    ("europe-central-asia", "Europe and Central Asia"),
    ("latin-america-caribbean", "Latin America and the Caribbean"),
    ("north-america", "North America"),
]

LANGUAGES = [
    ("en", "English"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("ar", "Arabic"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("zh", "Chinese"),
]

VOCABULARIES = [
    (Theme, THEMES),
    (TrainingContext, CONTEXTS),
    (ResourceType, RESOURCE_TYPES),
    (Region, REGIONS),
    (Language, LANGUAGES),
]


@transaction.atomic
def seed(log):
    for model, terms in VOCABULARIES:
        existing = set(model.objects.values_list("slug", flat=True))
        missing = [
            model(slug=slug, name=name, sort_order=position)
            for position, (slug, name) in enumerate(terms, start=1)
            if slug not in existing
        ]
        model.objects.bulk_create(missing)
        label = model._meta.verbose_name_plural
        if missing:
            log(f"{label}: {len(missing)} created", created=True)
        else:
            log(f"{label}: all {len(terms)} exist", created=False)
