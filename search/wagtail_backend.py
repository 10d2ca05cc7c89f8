"""modelsearch's database backend, made safe for what people type into search boxes.

On SQLite, modelsearch wraps each typed word in double quotes for FTS5 but
does not double a quote inside the word, so typing `"` (or `*(`) into any
admin search box (images, snippets…) ended in "unterminated string", a 500.
This backend doubles quotes (FTS5's escape) and drops control characters
before the query is built; on other databases it is modelsearch's own backend.
"""

from functools import cache

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.query import Phrase, PlainText


def plain(text):
    """Typed text as FTS5 reads it literally inside a quoted word.

    A quote is doubled (FTS5's escape); control characters go, since SQLite's C
    side reads a NUL as the end of the query string.
    """
    text = "".join(ch for ch in text if ch.isprintable() or ch.isspace()).replace('"', '""')
    # Nothing left (only control characters): a lone literal quote, which matches nothing.
    return text if text.strip() else '""'


class QuoteSafeCompilerMixin:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(plain(query.query_string), operator=query.operator, boost=query.boost)
        elif isinstance(query, Phrase):
            query = Phrase(plain(query.query_string))
        return super().build_search_query_content(query, config=config)


@cache
def sqlite_backend_and_compilers():
    """modelsearch's SQLite FTS5 backend class and the quote-safe (search, autocomplete) compilers.

    Built on first use, not at import: modelsearch's SQLite module looks up its FTS
    index entry model when imported, and that model exists only on SQLite.
    """
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class QuoteSafeSearchQueryCompiler(QuoteSafeCompilerMixin, SQLiteSearchQueryCompiler):
        pass

    class QuoteSafeAutocompleteQueryCompiler(QuoteSafeCompilerMixin, SQLiteAutocompleteQueryCompiler):
        pass

    return SQLiteSearchBackend, QuoteSafeSearchQueryCompiler, QuoteSafeAutocompleteQueryCompiler


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks up)
    backend = database_search_backend(params)
    if connection.vendor == "sqlite":
        sqlite_backend, search_compiler, autocomplete_compiler = sqlite_backend_and_compilers()
        if isinstance(backend, sqlite_backend):
            backend.query_compiler_class = search_compiler
            backend.autocomplete_query_compiler_class = autocomplete_compiler
    return backend
