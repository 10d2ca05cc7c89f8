"""Word-prefix text matching on the catalog search index, with each database's own full-text index.

Every query word must start a word of the folded document: "ang" finds "Mường Ảng" but
not "Phình Sáng". Documents and words are folded by `search.indexing` to runs of
[a-z0-9] separated by single spaces, so each engine can index the words exactly as
they are, with no parser, stemming or stop words of its own in between:

- SQLite: the FTS5 table `search_productsearchtext` (rowid = page id, `ascii` tokenizer,
  prefix indexes), kept in step with `search_productsearchentry` by triggers (migration
  search 0004), queried with `"seng"* AND "cu"*`.
- PostgreSQL: a GIN index over the document's words as a tsvector, built with
  `array_to_tsvector` (the words are the lexemes, as they are), queried with the tsquery
  `'seng':* & 'cu':*`.
- Any other database: `LIKE '% seng%'` per word, the reference semantics.

A name match outranks a match elsewhere (`ranked`); that test runs only on the rows
already matched.
"""

from django.db import connections
from django.db.models import BooleanField, Case, IntegerField, Value, When
from django.db.models.expressions import RawSQL

from .indexing import fold_words

FTS_TABLE = "search_productsearchtext"
# The same expression as the PostgreSQL index (migration search 0004): the planner uses
# the index only for this exact text.
PG_WORDS = "array_to_tsvector(string_to_array(btrim({column}), ' '))"
PG_INDEX = "search_entry_document_words"


def _words(terms):
    """Query words as the index holds them: folded [a-z0-9] runs (callers pass them folded already)."""
    return [word for term in terms for word in fold_words(term).split()]


def pg_words_expression(quote_name, table):
    return PG_WORDS.format(column=f"{quote_name(table)}.{quote_name('document')}")


def matching(entries, terms):
    """`entries` (ProductSearchEntry rows) narrowed to those where every term starts a word."""
    words = _words(terms)
    if not words:
        return entries
    connection = connections[entries.db]
    if connection.vendor == "sqlite":
        match = " AND ".join(f'"{word}"*' for word in words)
        return entries.filter(
            pk__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])  # noqa: S608, S611
        )
    if connection.vendor == "postgresql":
        tsquery = " & ".join(f"'{word}':*" for word in words)
        column = pg_words_expression(connection.ops.quote_name, entries.model._meta.db_table)
        return entries.filter(RawSQL(f"{column} @@ %s::tsquery", [tsquery], output_field=BooleanField()))  # noqa: S611
    for word in words:
        entries = entries.filter(document__contains=f" {word}")
    return entries


def ranked(entries, terms):
    """Matched `entries` annotated with `relevance`: 10 per word starting a word of the name,
    5 more when the words start the name's words in the order typed."""
    words = _words(terms)
    phrase = " ".join(words)
    name_score = sum(
        (Case(When(name_folded__contains=f" {word}", then=Value(10)), default=Value(0)) for word in words),
        Value(0),
    ) + Case(When(name_folded__contains=f" {phrase}", then=Value(5)), default=Value(0))
    return entries.annotate(relevance=Value(0, output_field=IntegerField()) + name_score)
