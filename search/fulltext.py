"""Word-prefix text matching on the catalog search index, with each database's own full-text index.

Every query word must start a word of the folded document: "ang" finds "Mường Ảng" but
not "Phình Sáng". Documents and words are folded by `search.indexing` to runs of
[a-z0-9] separated by single spaces, so each engine can index the words exactly as
they are, with no parser, stemming or stop words of its own in between:

- SQLite: the FTS5 table `search_productsearchtext` (rowid = page id, `ascii` tokenizer,
  prefix indexes), kept in step with `search_productsearchentry` by triggers (migration
  search 0004), queried with `"seng"* AND "cu"*`.
- PostgreSQL: a GIN index over the stored tsvector column `document_words`, generated
  from the document with `array_to_tsvector` (the words are the lexemes, as they are;
  migrations search 0004 and 0007), queried with the tsquery `'seng':* & 'cu':*`.
- Any other database: `LIKE '% seng%'` per word, the reference semantics (`clauses_q`),
  which also re-checks the index's candidates everywhere (synonym phrases are whole words).

A name match outranks a match elsewhere (`ranked`); that test runs only on the rows
already matched.
"""

from django.db import connections
from django.db.models import BooleanField, Case, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL

FTS_TABLE = "search_productsearchtext"
# A generated column only PostgreSQL has (migration search 0007); the model does not list it.
PG_WORDS_COLUMN = "document_words"
PG_INDEX = "search_entry_document_words"


def clauses_q(clauses, field="document"):
    """Every clause of `search.synonyms.expand` matches the padded folded `field` (the reference rule).

    A clause's first alternative (what was typed) matches word by word, each a word
    prefix; its synonyms match as whole phrases.
    """
    q = Q()
    for typed, *others in clauses:
        alternatives = Q()
        for word in typed:
            alternatives &= Q(**{f"{field}__contains": f" {word}"})
        for words in others:
            alternatives |= Q(**{f"{field}__contains": f" {' '.join(words)} "})
        q &= alternatives
    return q


def _index_query(clauses, word, both, either):
    """The clauses as a full-text query: each alternative's words as prefixes (a superset of
    `clauses_q`, which then checks phrases exactly on the few rows the index returns)."""
    parts = []
    for alternatives in clauses:
        options = [both.join(word(w) for w in words) for words in alternatives if words]
        if options:
            parts.append("(" + either.join(f"({option})" for option in options) + ")")
    return both.join(parts)


def matching(entries, clauses):
    """`entries` (ProductSearchEntry rows) narrowed to those matching every clause.

    The database's full-text index answers the typed words (each a word prefix); a clause
    widened by synonyms is checked again with `clauses_q` on the index's candidates alone,
    since a synonym phrase must match whole words in order. Results are the reference rule's
    on every database.
    """
    if not any(words for alternatives in clauses for words in alternatives):
        return entries
    connection = connections[entries.db]
    if connection.vendor == "sqlite":
        match = _index_query(clauses, lambda w: f'"{w}"*', " AND ", " OR ")
        entries = entries.filter(
            pk__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])  # noqa: S608, S611
        )
    elif connection.vendor == "postgresql":
        tsquery = _index_query(clauses, lambda w: f"'{w}':*", " & ", " | ")
        quote = connection.ops.quote_name
        column = f"{quote(entries.model._meta.db_table)}.{quote(PG_WORDS_COLUMN)}"
        entries = entries.filter(RawSQL(f"{column} @@ %s::tsquery", [tsquery], output_field=BooleanField()))  # noqa: S611
    else:
        return entries.filter(clauses_q(clauses))
    # The index's prefix query is the rule itself for typed words; only synonym phrases
    # (whole words, in order) are checked again, on the candidates alone.
    widened = [clause for clause in clauses if len(clause) > 1]
    return entries.filter(clauses_q(widened)) if widened else entries


def ranked(entries, terms):
    """Matched `entries` annotated with `relevance`: 10 per word starting a word of the name,
    5 more when the words start the name's words in the order typed."""
    phrase = " ".join(terms)
    name_score = sum(
        (Case(When(name_folded__contains=f" {word}", then=Value(10)), default=Value(0)) for word in terms),
        Value(0),
    ) + Case(When(name_folded__contains=f" {phrase}", then=Value(5)), default=Value(0))
    return entries.annotate(relevance=Value(0, output_field=IntegerField()) + name_score)
