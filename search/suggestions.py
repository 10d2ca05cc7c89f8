"""Suggestions drawn from the catalog's own words, the same whichever backend answers.

- `did_you_mean(q, language)`: "Có phải bạn muốn tìm …?" — each query word the
  catalog does not know (not a word, nor the start of one, nor a synonym) is
  replaced by the closest catalog word within edit distance 2, ties going to the
  more frequent word. The vocabulary is the folded words of the language's
  search entries (`search.ProductSearchEntry.document`), cached.
- `as_you_type(q, language, request)`: up to LIMIT live product and producer
  names of the language whose words start with the query's words, without
  diacritics, for the search fields' suggestion list.
"""

import bisect
from collections import Counter

from django.core.cache import cache

from catalog import certification

from . import synonyms
from .indexing import fold_words

VOCABULARY_TIMEOUT = 10 * 60
PRODUCERS_TIMEOUT = 10 * 60
MAX_DISTANCE = 2
MIN_WORD_LENGTH = 3  # shorter words are too ambiguous to correct
LIMIT = 8
MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 100


def vocabulary(language):
    """(sorted words, {word: frequency}) of the catalog's folded words in `language`, cached."""
    key = f"search:vocabulary:{language}"
    found = cache.get(key)
    if found is None:
        from .models import ProductSearchEntry

        counts = Counter()
        for document in (
            ProductSearchEntry.objects.filter(language=language)
            .values_list("document", flat=True)
            .iterator(chunk_size=2000)
        ):
            counts.update(document.split())
        found = (sorted(counts), dict(counts))
        cache.set(key, found, VOCABULARY_TIMEOUT)
    return found


def _starts_a_word(prefix, words):
    at = bisect.bisect_left(words, prefix)
    return at < len(words) and words[at].startswith(prefix)


def distance(a, b, limit=MAX_DISTANCE):
    """Levenshtein distance of `a` and `b`, or limit + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def closest(word, words, frequency):
    best = None
    for candidate in words:
        if abs(len(candidate) - len(word)) > MAX_DISTANCE or candidate == word:
            continue
        d = distance(word, candidate)
        if d <= MAX_DISTANCE:
            rank = (d, -frequency[candidate], candidate)
            if best is None or rank < best:
                best = rank
    return best[2] if best else None


def did_you_mean(q, language):
    """A corrected query (folded words), or "" when every word is known or nothing is close."""
    words = synonyms.query_words(q)
    if not words:
        return ""
    known, frequency = vocabulary(language)
    synonym_words = synonyms.known_words(language)
    corrected = []
    changed = False
    for word in words:
        if (
            len(word) < MIN_WORD_LENGTH
            or word.isdigit()
            or word in synonym_words
            or _starts_a_word(word, known)
        ):
            corrected.append(word)
            continue
        replacement = closest(word, known, frequency)
        corrected.append(replacement or word)
        changed = changed or replacement is not None
    return " ".join(corrected) if changed else ""


def _words_start(folded_name, words):
    name_words = folded_name.split()
    return all(any(name_word.startswith(word) for name_word in name_words) for word in words)


def _producers(language):
    """[(folded name, page id)] of live producers in `language`, cached."""
    key = f"search:producer-names:{language}"
    found = cache.get(key)
    if found is None:
        from catalog.models import ProducerPage

        found = [
            (fold_words(title), pk)
            for pk, title in ProducerPage.objects.live()
            .filter(locale__language_code=language)
            .order_by("title", "pk")
            .values_list("pk", "title")
        ]
        cache.set(key, found, PRODUCERS_TIMEOUT)
    return found


def as_you_type(q, language, request=None):
    """[{"label", "url", "kind"}]: products first (best stars first), then producers, at most LIMIT."""
    from wagtail.models import Page

    from .models import ProductSearchEntry

    q = (q or "")[:MAX_QUERY_LENGTH]
    words = synonyms.query_words(q)
    if len(" ".join(words)) < MIN_QUERY_LENGTH:
        return []
    entries = ProductSearchEntry.objects.filter(language=language, valid_until__gte=certification.today())
    for word in words:
        entries = entries.filter(name_folded__contains=f" {word}")
    product_ids = list(
        entries.order_by("-stars", "name_sort_key", "pk").values_list("page_id", flat=True)[:LIMIT]
    )
    producer_ids = [pk for folded, pk in _producers(language) if _words_start(folded, words)]
    producer_ids = producer_ids[: LIMIT - len(product_ids)]
    pages = Page.objects.live().filter(pk__in=product_ids + producer_ids).in_bulk()
    found = []
    for kind, ids in (("product", product_ids), ("producer", producer_ids)):
        for pk in ids:
            page = pages.get(pk)
            if page is not None:
                found.append({"label": page.title, "url": page.get_url(request), "kind": kind})
    return found
