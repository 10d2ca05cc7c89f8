"""Refresh the .po catalogues after interface strings change (needs GNU gettext).

Interface strings are written in Vietnamese in the source, so the Vietnamese
catalogue is the identity: each msgstr repeats its msgid. The English
catalogue keeps existing translations; new strings arrive empty for a
translator, and `home/tests/test_translation_catalogues.py` fails until they
are filled.

The Vietnamese catalogue also translates English strings of Wagtail and
wagtail-localize that their own Vietnamese catalogues lack (the admin editors
use). Those are the entries whose msgstr differs from the msgid; makemessages
would drop them, as no project source asks for them, so they are kept.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

IGNORE = [".venv", "staticfiles", "media", "bench", "*/tests/*", "node_modules"]


class Command(BaseCommand):
    help = "Run makemessages for vi and en, and fill the Vietnamese catalogue from its source strings."

    def handle(self, *args, **options):
        path = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"
        borrowed = [entry for entry in polib.pofile(str(path)) if is_translated_elsewhere(entry)]
        call_command(
            "makemessages", locale=["vi", "en"], ignore_patterns=IGNORE, no_obsolete=True, verbosity=0
        )
        catalogue = polib.pofile(str(path))
        catalogue.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
        catalogue.metadata["Language"] = "vi"
        for entry in catalogue:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid}
            else:
                entry.msgstr = entry.msgid
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        for entry in borrowed:
            kept = catalogue.find(entry.msgid, msgctxt=entry.msgctxt)
            if kept is None:
                catalogue.append(entry)
            else:  # a project string that is also Wagtail's, like "slug"
                kept.msgstr, kept.msgstr_plural = entry.msgstr, entry.msgstr_plural
        catalogue.save()
        english = polib.pofile(str(path.parents[2] / "en" / "LC_MESSAGES" / "django.po"))
        missing = len(english.untranslated_entries()) + len(english.fuzzy_entries())
        self.stdout.write(f"Vietnamese: {len(catalogue)} strings. English: {missing} to translate.")


def is_translated_elsewhere(entry):
    """An English msgid given a Vietnamese msgstr: a project string would repeat its msgid."""
    if entry.msgid_plural:
        return entry.msgstr_plural.get(0, entry.msgid) != entry.msgid
    return entry.msgstr != entry.msgid
