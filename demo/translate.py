"""English translations of the demo pages, made through wagtail-localize's own workflow.

For each Vietnamese page (parents before children) the loader gets or creates its
TranslationSource and its `en` Translation, exports the PO file, fills every entry
from `english.py` and imports it back, then saves the English page. Editors then
see ordinary wagtail-localize translations in the admin and can "Sync" them later.

Only pages the demo owns are translated (`ownership`): never an editor's page, draft or
page in review. An English page is created when none exists, and saved again only while
the demo still owns it and its Vietnamese source changed, an English string changed, or
a link changed: running the loader twice changes nothing, and an English page an editor
changed is never synced over.
Strings that `english.py` cannot translate stay Vietnamese (wagtail-localize's
fallback) and are listed in the summary.
"""

import json
import re

from django.db import models, transaction
from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page
from wagtail_localize.models import SegmentOverride, Translation, TranslationContext, TranslationSource

from catalog.models import ProducerPage
from home.text import ascii_slug

from . import english, ownership
from .ownership import CREATED, KEPT, UNCHANGED, UPDATED


def english_locale():
    return Locale.objects.get(language_code="en")


def english_slug(page, dictionary):
    """ "mat-ong-hoa-ban" → "ban-flower-honey": from the English title, without the bracketed legal name.

    The home page keeps its own slug plus the language ("home-en"): it is a site root, not in URLs.
    """
    if page.depth <= 2:
        return f"{page.slug}-en"
    title = dictionary.get(page.title)
    return ascii_slug(re.sub(r"\s*\(.*?\)", "", title)) if title else None


def fill_po(po, page, dictionary):
    """Put the English text into each entry of `po`; returns (changed?, untranslated msgids)."""
    changed, missing = False, []
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgctxt == "slug":
            text = english_slug(page, dictionary)
        else:
            text = dictionary.get(entry.msgid)
        if text is None:
            missing.append(entry.msgid)
            continue
        if entry.msgstr != text:
            entry.msgstr = text
            changed = True
    return changed, missing


def link_translated_pages(page, locale):
    """Point the translation's page links (a product's producer) at the linked page's translation.

    wagtail-localize keeps links to pages synchronised with the source, so an English product
    would name the Vietnamese producer. These links are overridable segments: override them with
    the English page, the way a translator would in the editor. Returns True if an override changed.
    """
    changed = False
    for field in page._meta.concrete_fields:
        if not isinstance(field, models.ForeignKey) or isinstance(field, ParentalKey):
            continue
        if not issubclass(field.related_model, Page) or getattr(page, field.attname) is None:
            continue
        translated = getattr(page, field.name).get_translation_or_none(locale)
        context = TranslationContext.objects.filter(object_id=page.translation_key, path=field.name).first()
        if translated is None or context is None:
            continue
        data_json = json.dumps(translated.pk)
        override, created = SegmentOverride.objects.get_or_create(
            locale=locale, context=context, defaults={"data_json": data_json}
        )
        if not created and override.data_json != data_json:
            override.data_json = data_json
            override.save()
        changed = changed or created or override.data_json != data_json
    return changed


def translate_page(page, locale, dictionary, summary):
    """Bring the `locale` translation of `page` up to date; returns the outcome.

    Only a page the demo owns gets a translation, and only a translation the demo owns (or none
    yet) is written: an editor's page, draft or page in review, and an English page an editor
    changed, are kept exactly as they are (`ownership`).
    """
    page = page.specific
    target = page.get_translation_or_none(locale)
    if not ownership.owns(page) or (
        target is not None
        and not ownership.owns(target)
        # Before the demo kept records: only the demo saved English pages as no user (the
        # translation editor records the translator).
        and not ownership.may_adopt(target, matches_demo=True)
    ):
        summary.translations[KEPT] += 1
        return KEPT
    previous = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    source, _created = TranslationSource.update_or_create_from_instance(page)
    source_changed = previous is None or previous.last_updated_at != source.last_updated_at
    translation, translation_created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    strings_changed, missing = fill_po(po, page, dictionary)
    summary.untranslated.extend(missing)
    if strings_changed:
        translation.import_po(po, translation_type="manual", tool_name="load_demo")
    links_changed = link_translated_pages(page, locale)
    if target is not None and not (translation_created or source_changed or strings_changed or links_changed):
        if not ownership.owns(target):
            ownership.record(target, revision=target.latest_revision)
        summary.translations[UNCHANGED] += 1
        return UNCHANGED
    # Publishes when the surrounding transaction commits (wagtail-localize uses on_commit).
    translation.save_target(publish=True)
    saved = page.get_translation(locale)
    ownership.record(saved, revision=saved.latest_revision)
    outcome = CREATED if target is None else UPDATED
    summary.translations[outcome] += 1
    return outcome


def repair_child_counts(root):
    """Set treebeard's `numchild` of `root` and its descendants to their real number of children.

    wagtail-localize publishes each translation on commit from the page object it saved. When a
    parent and its children are translated in one transaction (as here), the parent's publish
    writes back the child count it had before its children existed, and Wagtail then cannot route
    to them. Editors translating one page at a time in the admin never meet this.
    """
    root = Page.objects.get(pk=root.pk)
    for page in Page.objects.filter(path__startswith=root.path).order_by("path"):
        actual = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        if actual != page.numchild:
            Page.objects.filter(pk=page.pk).update(numchild=actual)


def translate_tree(home, summary):
    """Translate `home` and every Vietnamese page below it into English, parents first."""
    locale = english_locale()
    dictionary = english.dictionary()
    # Fresh from the database: the source must hold what is stored, not the caller's in-memory copy.
    home = Page.objects.get(pk=home.pk).specific
    translate_page(home, locale, dictionary, summary)
    pages = home.get_descendants().filter(locale=home.locale).specific()
    # Parents before children; producers before the products that link to them.
    for page in sorted(pages, key=lambda p: (p.depth, not isinstance(p, ProducerPage), p.path)):
        translate_page(page, locale, dictionary, summary)
    english_home = home.get_translation_or_none(locale)
    if english_home is not None:
        # Registered after wagtail-localize's publish callbacks, so it runs after them.
        transaction.on_commit(lambda: repair_child_counts(english_home))
