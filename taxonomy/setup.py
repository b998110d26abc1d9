"""The vocabularies a new community starts with (``cop_setup``): the resource types the library's
directory entries rely on, always; the starting themes, contexts, types, regions and languages
unless the host asks for none. Terms are matched by slug: existing ones are left as they are."""

from .models import Language, Region, ResourceType, Theme, TrainingContext

DIRECTORY_TYPES = [
    ("institution", "Institution", 100),
    ("training", "Training course or event", 101),
    ("expert", "Expert or practitioner", 102),
]
MODERATOR_PERMISSIONS = {
    model: ["add", "change", "delete", "view"]
    for model in ["theme", "trainingcontext", "resourcetype", "region", "language"]
}

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

# The countries of the starting regions (UN regional groupings, as the agencies the
# community works with use them): a region's items include those of its countries.
REGION_COUNTRIES = {
    "africa": "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG "
    "ML MR MU MW MZ NA NE NG RW SC SL SN SO SS ST SZ TD TG TZ UG ZA ZM ZW",
    "arab-states": "AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE",
    "asia-pacific": "AF AU BD BT CN FJ FM ID IN IR JP KH KI KP KR LA LK MH MM MN MV MY NP NR "
    "NZ PG PH PK PW SB SG TH TL TO TV VN VU WS",
    "europe-central-asia": "AD AL AM AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GE GR "
    "HR HU IE IS IT KG KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TJ TM TR "
    "UA UZ",
    "latin-america-caribbean": "AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY HN HT JM "
    "KN LC MX NI PA PE PY SR SV TT UY VC VE",
    "north-america": "CA US",
}

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


def setup_taxonomy(setup):
    setup.grant("Moderators", "coptaxonomy", MODERATOR_PERMISSIONS)
    for slug, name, order in DIRECTORY_TYPES:
        setup.get_or_create(
            ResourceType,
            f"resource type {slug}",
            defaults={"name": name, "sort_order": order},
            slug=slug,
        )
    if not setup.starting_terms:
        return
    for model, terms in VOCABULARIES:
        label = model._meta.verbose_name_plural
        missing = [
            (position, slug, name)
            for position, (slug, name) in enumerate(terms, start=1)
            if not model.objects.filter(slug=slug).exists()
        ]
        setup.ensure(
            f"{label}: {len(terms)} starting terms",
            lambda missing=missing: None if missing else True,
            lambda model=model, missing=missing: model.objects.bulk_create(
                [model(slug=slug, name=name, sort_order=pos) for pos, slug, name in missing]
            ),
        )
    # Starting regions made before regions had countries get theirs; a region whose
    # countries a moderator has set is left as it is.
    empty = Region.objects.filter(slug__in=REGION_COUNTRIES, countries="")
    setup.ensure(
        "regions: countries of the starting regions",
        lambda: None if empty.exists() else True,
        lambda: [
            Region.objects.filter(pk=region.pk).update(
                countries=",".join(sorted(REGION_COUNTRIES[region.slug].split()))
            )
            for region in empty
        ],
    )
