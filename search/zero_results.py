"""Counting searches that found nothing, so editors can see which words to add as synonyms.

Only the normalised query, its language and the day are kept: no address, no
user, no time of day. The count is an atomic upsert, safe when two app servers
record the same query at once, on SQLite and PostgreSQL alike.
"""

import re
import unicodedata

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

MAX_QUERY_LENGTH = 100  # the column's length; longer queries are cut, never refused
_SPACES = re.compile(r"\s+")


def normalise(q):
    """Lower case, composed accents, single spaces, printable characters only, at most MAX_QUERY_LENGTH."""
    text = unicodedata.normalize("NFC", q or "")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return _SPACES.sub(" ", text).strip().lower()[:MAX_QUERY_LENGTH].strip()


def record(q, language):
    """Count one search for `q` in `language` that found nothing today."""
    from .models import ZeroResultSearch

    query = normalise(q)
    if not query:
        return
    key = {"query": query, "language": language, "day": timezone.localdate()}
    if ZeroResultSearch.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            ZeroResultSearch.objects.create(**key, count=1)
    except IntegrityError:
        # Another request created today's row between our update and insert: count on it.
        ZeroResultSearch.objects.filter(**key).update(count=F("count") + 1)
