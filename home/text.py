"""Vietnamese text helpers: folding diacritics for matching and slugs."""

import unicodedata

from anyascii import anyascii
from django.utils.text import slugify


def fold(text):
    """Lower-case ASCII form of Vietnamese text: "Điện Biên" → "dien bien".

    Used wherever accented and unaccented input must match each other.
    """
    return anyascii(unicodedata.normalize("NFC", text or "")).lower()


def ascii_slug(text):
    """A URL slug without diacritics ("Mường Ảng" → "muong-ang")."""
    return slugify(fold(text))
