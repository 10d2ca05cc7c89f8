"""Regional synonyms: what a buyer types, widened to the words other regions use.

A buyer from the South types "đậu phộng" where Điện Biên writes "lạc". Province
editors keep the groups of equivalent words in the admin (`search.SynonymGroup`);
this module is the one rule every backend applies to them.

`expand(q, language)` returns the query as *clauses*: every clause must match,
and a clause matches when any of its alternatives does. An alternative is a
tuple of folded words. The first alternative of a clause is what the buyer typed
and matches word by word, each word as a word prefix (as-you-type behaviour, as
before synonyms existed); the others are the synonyms, matched as whole words
in that order, so "chè" widens to the word "trà" and not to every word that
starts with "tra" ("trắng", "trái").

    expand("dau phong rang", "vi") == [[("dau", "phong"), ("lac",)], [("rang",)]]
"""

import csv
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from .indexing import fold_words

MAX_TERMS = 8  # query words kept, as the backends keep them
MAX_TERM_LENGTH = 40
MAX_PHRASE_WORDS = 4  # longest synonym looked for in a query
MAX_ALTERNATIVES = 8  # synonyms per clause
CACHE_TIMEOUT = 60 * 60
SEED_FILE = Path(__file__).resolve().parent / "data" / "synonyms.csv"


def query_words(text):
    """The folded words of a query, without duplicates, at most MAX_TERMS."""
    words = []
    for word in fold_words(text).split():
        word = word[:MAX_TERM_LENGTH]
        if word not in words:
            words.append(word)
    return words[:MAX_TERMS]


def phrase(text):
    """A typed term as a tuple of folded words: "Đậu phộng" → ("dau", "phong")."""
    return tuple(fold_words(text).split())


def _cache_key(language):
    return f"search:synonyms:{language}"


def table(language):
    """{phrase: [its synonyms]} for `language`, from the cache or the database."""
    key = _cache_key(language)
    found = cache.get(key)
    if found is None:
        from .models import SynonymGroup

        found = {}
        for group in SynonymGroup.objects.filter(language=language).order_by("pk"):
            phrases = []
            for term in group.term_list():
                words = phrase(term)
                if words and len(words) <= MAX_PHRASE_WORDS and words not in phrases:
                    phrases.append(words)
            for words in phrases:
                others = found.setdefault(words, [])
                others.extend(p for p in phrases if p != words and p not in others)
        cache.set(key, found, CACHE_TIMEOUT)
    return found


def forget(**kwargs):
    """Drop the cached tables of every language (a group may have changed language).

    Connected to SynonymGroup's post_save and post_delete (search.apps), so an edit
    applies to the next search on every app server sharing the cache.
    """
    cache.delete_many([_cache_key(code) for code, _name in settings.LANGUAGES])


def expand(q, language):
    """The clauses of query `q`: longest synonym phrases first, every other word on its own."""
    words = query_words(q)
    synonyms = table(language)
    clauses = []
    start = 0
    while start < len(words):
        for length in range(min(MAX_PHRASE_WORDS, len(words) - start), 0, -1):
            typed = tuple(words[start : start + length])
            if length == 1 or typed in synonyms:
                break
        clauses.append([typed, *synonyms.get(typed, [])[:MAX_ALTERNATIVES]])
        start += length
    return clauses


def known_words(language):
    """Every folded word of the synonym list: a query word found here is not misspelled."""
    return {word for words in table(language) for word in words}


def seed(synonym_group_model, synonym_seed_model, path=SEED_FILE):
    """Add the rows of the seed file never seeded before; returns how many were added.

    A row is seeded once: what an editor changed or deleted afterwards stays as
    they left it, whatever runs this again. Takes the models so a data migration
    can pass its historical ones.
    """
    added = 0
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = row["key"].strip()
            if not key or synonym_seed_model.objects.filter(key=key).exists():
                continue
            synonym_group_model.objects.create(
                language=row["language"].strip() or "vi",
                terms=row["terms"].strip(),
                note=row.get("note", "").strip(),
            )
            synonym_seed_model.objects.create(key=key)
            added += 1
    return added
