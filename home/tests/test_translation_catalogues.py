"""Both interface catalogues are complete, and hold every string the templates and code ask for."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGUES = {code: ROOT / "locale" / code / "LC_MESSAGES" / "django.po" for code in ("vi", "en")}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|%s|\{[a-z_]+\}")
# {% translate "…" %} / {% trans '…' %} in templates, _("…") / gettext_lazy("…") in Python.
TEMPLATE_STRING = re.compile(r"{%\s*(?:translate|trans)\s+(\"[^\"]+\"|'[^']+')")
PYTHON_STRING = re.compile(r"\b(?:_|gettext|gettext_lazy)\(\s*\"([^\"\\]+)\"\s*[,)]")
SOURCE_DIRS = [
    p
    for p in ROOT.iterdir()
    if p.is_dir()
    and not p.name.startswith(".")
    and p.name not in {"locale", "staticfiles", "media", "bench", "static"}
]


def entries(code):
    return [entry for entry in polib.pofile(str(CATALOGUES[code])) if not entry.obsolete]


@pytest.mark.parametrize("code", CATALOGUES)
def test_catalogue_has_no_untranslated_or_fuzzy_string(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("code", CATALOGUES)
def test_translations_keep_every_placeholder(code):
    wrong = []
    for entry in entries(code):
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            # A plural's singular form may say "one" instead of %(count)s.
            if sorted(PLACEHOLDER.findall(text)) != expected and not entry.msgid_plural:
                wrong.append((entry.msgid, text))
    assert wrong == []


def source_strings():
    strings = set()
    for folder in SOURCE_DIRS:
        for path in folder.rglob("*"):
            if "tests" in path.parts or "migrations" in path.parts:
                continue
            if path.suffix == ".html":
                strings |= {
                    match[1:-1] for match in TEMPLATE_STRING.findall(path.read_text(encoding="utf-8"))
                }
            elif path.suffix == ".py":
                strings |= set(PYTHON_STRING.findall(path.read_text(encoding="utf-8")))
    return strings


def test_every_interface_string_is_in_the_english_catalogue():
    known = {entry.msgid for entry in entries("en")}
    missing = sorted(string for string in source_strings() if string not in known)
    assert missing == [], "run `python manage.py update_translations` and translate the new strings"
