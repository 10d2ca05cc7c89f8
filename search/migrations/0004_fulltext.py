"""Full-text indexes for the catalog search index's documents (search.fulltext).

SQLite: an FTS5 table with rowid = page id, filled from the existing entries and kept in
step by triggers, so every write to `search_productsearchentry` (bulk inserts, deletes,
cascades, flushes) reaches it without the writers knowing. PostgreSQL: a GIN index over
the document's words. Nothing on other databases (search.fulltext falls back to LIKE).
"""

from django.db import migrations

FTS = "search_productsearchtext"
ENTRIES = "search_productsearchentry"

SQLITE_FORWARD = [
    # `ascii` splits on ASCII non-alphanumerics only: the folded document's words are its
    # tokens as they are. Prefix indexes make short prefixes ("ga"*) cheap.
    f"CREATE VIRTUAL TABLE {FTS} USING fts5(document, tokenize='ascii', prefix='1 2 3 4')",
    f"INSERT INTO {FTS} (rowid, document) SELECT page_id, document FROM {ENTRIES}",
    f"""CREATE TRIGGER {FTS}_insert AFTER INSERT ON {ENTRIES} BEGIN
        INSERT INTO {FTS} (rowid, document) VALUES (new.page_id, new.document);
    END""",
    f"""CREATE TRIGGER {FTS}_delete AFTER DELETE ON {ENTRIES} BEGIN
        DELETE FROM {FTS} WHERE rowid = old.page_id;
    END""",
    f"""CREATE TRIGGER {FTS}_update AFTER UPDATE ON {ENTRIES} BEGIN
        DELETE FROM {FTS} WHERE rowid = old.page_id;
        INSERT INTO {FTS} (rowid, document) VALUES (new.page_id, new.document);
    END""",
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {FTS}_insert",
    f"DROP TRIGGER IF EXISTS {FTS}_delete",
    f"DROP TRIGGER IF EXISTS {FTS}_update",
    f"DROP TABLE IF EXISTS {FTS}",
]

# Replaced by a stored column in search 0007.
POSTGRESQL_FORWARD = [
    f"""CREATE INDEX search_entry_document_words ON {ENTRIES}
        USING gin (array_to_tsvector(string_to_array(btrim("document"), ' ')))""",
]
POSTGRESQL_BACKWARD = ["DROP INDEX IF EXISTS search_entry_document_words"]


def run(statements):
    def apply(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0003_facets_from_declaration")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        ),
    ]
