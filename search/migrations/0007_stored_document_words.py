"""PostgreSQL keeps each document's words as a stored tsvector (search.fulltext.PG_WORDS_COLUMN).

The GIN index of search 0004 was over an expression: every row the planner did not take
from the index (a seq scan, or the heap recheck of a bitmap scan) rebuilt its tsvector,
about 100 ms per query at 15 000 products. A generated column is computed once per write.
The column is the database's own: Django's model does not list it, and nothing but
search.fulltext reads it. Nothing changes on SQLite (its FTS5 table stores the words).
"""

from django.db import migrations

ENTRIES = "search_productsearchentry"
WORDS = "array_to_tsvector(string_to_array(btrim(document), ' '))"

FORWARD = [
    "DROP INDEX IF EXISTS search_entry_document_words",
    f"ALTER TABLE {ENTRIES} ADD COLUMN document_words tsvector GENERATED ALWAYS AS ({WORDS}) STORED",
    f"CREATE INDEX search_entry_document_words ON {ENTRIES} USING gin (document_words)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_document_words",
    f"ALTER TABLE {ENTRIES} DROP COLUMN IF EXISTS document_words",
    f"CREATE INDEX search_entry_document_words ON {ENTRIES} USING gin ({WORDS})",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0006_covering_indexes")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
