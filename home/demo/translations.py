"""The demo in Spanish and French, translated the way an editor does it with wagtail-localize.

Each translation is a wagtail-localize translation (a source, a ``Translation`` and the
strings of its segments), so the admin shows it as one and "Sync translated pages" keeps it
up to date. The strings come from ``translations_data``; those it lacks stay in English.
Running the seed again leaves existing translations alone.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from . import translations_data as data

LANGUAGES = ("es", "fr")


def original(model):
    """The one page of ``model`` in the default locale (its translations share its type)."""
    return model.objects.filter(locale=Locale.get_default()).get()


def _complete_listing_intros(home):
    """A home page an earlier seed made lacks its listing blocks' optional introduction
    (None), which wagtail-localize cannot extract: it gets an empty one."""
    raw = [dict(block) for block in home.body.raw_data]
    missing = [
        block
        for block in raw
        if isinstance(block.get("value"), dict)
        and "count" in block["value"]
        and block["value"].get("intro") is None
    ]
    for block in missing:
        block["value"] = {**block["value"], "intro": ""}
    if missing:
        home.body = raw
        home.save_revision().publish()


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def _strings(table, language):
    column = LANGUAGES.index(language)
    return {english: translations[column] for english, translations in table.items()}


def translate(instance, language, strings):
    """``instance`` in ``language`` (made, published, if missing); ``(translation, made)``."""
    locale = Locale.objects.get(language_code=language)
    if instance.has_translation(locale):
        return instance.get_translation(locale), False
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = strings.get(StringValue(segment.string.data).render_text())
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context_id=segment.context_id,
                defaults={
                    "data": StringValue.from_plaintext(text).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    is_page = isinstance(instance, Page)
    # Pages are saved as a draft and published here, not on commit: the seed is one
    # transaction, and what follows needs the translated sections live.
    translation, _ = source.create_or_update_translation(
        locale, publish=not is_page, copy_parent_pages=True, fallback=True
    )
    if is_page:
        translation.get_latest_revision().publish()
    return translation, True


def _translate_all(instances, table, label, log):
    made = 0
    for language in LANGUAGES:
        strings = _strings(table, language)
        for instance in instances:
            made += translate(instance, language, strings)[1]
    if made:
        log(f"{label}: {made} Spanish and French translations made", created=True)
    else:
        log(f"{label}: Spanish and French translations exist", created=False)


def seed_sections(log):
    """Locales, then the home page, the section pages, the taxonomies and the criteria."""
    from community.models import DialogueIndexPage, QuestionIndexPage, SubgroupIndexPage
    from compendium.models import CompendiumIndexPage, Criterion
    from consultations.models import ConsultationIndexPage, QualityCriterion
    from home.models import HomePage
    from resources.models import ResourceIndexPage
    from taxonomy.models import Language, Region, ResourceType, Theme, TrainingContext

    ensure_locales()
    sections = [
        ResourceIndexPage,
        CompendiumIndexPage,
        SubgroupIndexPage,
        DialogueIndexPage,
        QuestionIndexPage,
        ConsultationIndexPage,
    ]
    home = original(HomePage)
    _complete_listing_intros(home)
    pages = [home] + [original(model) for model in sections]
    _translate_all(pages, data.PAGES, "home and section pages", log)
    terms = [
        term
        for model in (Theme, TrainingContext, ResourceType, Region, Language)
        for term in model.objects.originals()
    ]
    _translate_all(terms, data.TERMS, "taxonomy terms", log)
    criteria = [*Criterion.objects.originals(), *QualityCriterion.objects.originals()]
    _translate_all(criteria, data.CRITERIA, "criteria", log)


def libraries():
    """{language: the resource library in that language}; None: the original."""
    from resources.models import ResourceIndexPage

    library = original(ResourceIndexPage)
    return {None: library} | {
        translation.locale.language_code: translation
        for translation in library.get_translations().select_related("locale")
    }


def move_into_locale(page, library):
    """A resource written in one language, made by an earlier seed in the English library:
    it moves to its language's library and becomes a page of that locale (it has no
    English version). False if it is there already."""
    if page.locale_id == library.locale_id:
        return False
    page.move(library, pos="last-child")
    Page.objects.filter(pk=page.pk).update(locale=library.locale_id)
    moved = page.specific_class.objects.get(pk=page.pk)
    moved.save_revision().publish()  # its catalogue entry follows its new locale
    return True


def seed_content(log):
    """Three resources, a good practice and a dialogue in Spanish and French."""
    from community.models import DialogueEventPage, DialogueIndexPage
    from compendium.models import CompendiumIndexPage, GoodPracticePage
    from resources.models import ResourceIndexPage, ResourcePage

    from . import community, resources_data
    from .compendium_data import PRACTICES

    library = original(ResourceIndexPage)
    titles = [spec["title"] for spec in resources_data.RESOURCES[:3]]
    pages = list(ResourcePage.objects.child_of(library).filter(title__in=titles))
    pages += GoodPracticePage.objects.child_of(original(CompendiumIndexPage)).filter(
        title=PRACTICES[0]["title"]
    )
    pages += DialogueEventPage.objects.child_of(original(DialogueIndexPage)).filter(
        title=community.DIALOGUES[0][0]
    )
    _translate_all(pages, data.CONTENT, "resources, good practice and dialogue", log)
