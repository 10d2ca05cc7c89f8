"""Catalog text search runs on the database's own full-text index (search.fulltext), with
word-prefix semantics, through the public entry point `search_catalog`."""

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from search.service import search_catalog
from search.types import CatalogQuery


def titles(result):
    return sorted(hit.title for hit in result.hits)


def test_a_word_start_matches_but_a_word_ending_does_not(make_product):
    make_product("Cà phê Mường Ảng")
    make_product("Chè Phình Sáng")

    assert titles(search_catalog(CatalogQuery(q="ang"))) == ["Cà phê Mường Ảng"]


def test_a_whole_word_matches_as_its_own_prefix(make_product):
    make_product("Chè Phình Sáng")

    assert titles(search_catalog(CatalogQuery(q="sang"))) == ["Chè Phình Sáng"]


def test_each_word_must_start_a_word_of_the_same_product(make_product):
    make_product("Cà phê Mường Ảng")
    make_product("Chè Phình Sáng")

    assert titles(search_catalog(CatalogQuery(q="phe sang"))) == []


def test_words_that_read_as_query_operators_are_plain_words(make_product):
    make_product("Rượu ngô men lá")

    assert titles(search_catalog(CatalogQuery(q='ngo "or" NOT'))) == []
    assert titles(search_catalog(CatalogQuery(q="ngo men"))) == ["Rượu ngô men lá"]


def test_a_published_rename_reaches_the_text_index(make_product):
    product = make_product("Gạo nếp nương")
    product.title = "Gạo Séng Cù"
    product.save_revision().publish()

    assert titles(search_catalog(CatalogQuery(q="seng"))) == ["Gạo Séng Cù"]
    assert titles(search_catalog(CatalogQuery(q="nuong"))) == []


def test_a_deleted_product_leaves_the_text_index(make_product):
    make_product("Mật ong hoa ban")
    make_product("Mật ong rừng").delete()

    assert titles(search_catalog(CatalogQuery(q="mat ong"))) == ["Mật ong hoa ban"]


def _plan(sql):
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            return " ".join(str(part) for row in cursor.fetchall() for part in row)
        # A handful of rows would be scanned anyway, and any other index (valid_until, for
        # the valid certificates) is as cheap: ask whether the words index alone can
        # answer, with the others dropped inside a savepoint that is rolled back.
        with transaction.atomic():
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'search_productsearchentry'"
                " AND indexname <> 'search_entry_document_words'"
                " AND indexname NOT IN (SELECT conname FROM pg_constraint)"
            )
            for (index,) in cursor.fetchall():
                cursor.execute(f'DROP INDEX "{index}"')
            cursor.execute(f"EXPLAIN {sql}")
            plan = " ".join(str(part) for row in cursor.fetchall() for part in row)
            transaction.set_rollback(True)
        return plan


def test_text_queries_are_answered_by_the_full_text_index(make_product):
    make_product("Gạo Séng Cù")
    with CaptureQueriesContext(connection) as queries:
        result = search_catalog(CatalogQuery(q="seng cu"))
    assert result.total == 1

    entry_queries = [q["sql"] for q in queries if "search_productsearchentry" in q["sql"]]
    assert entry_queries
    # Never a scan of every document with LIKE '% seng%' (ranking tests names of matched rows only).
    assert not [sql for sql in entry_queries if '"document" LIKE' in sql]
    count_sql = next(sql for sql in entry_queries if "COUNT(" in sql)
    plan = _plan(count_sql)
    if connection.vendor == "postgresql":
        assert "search_entry_document_words" in plan
    else:
        assert "search_productsearchtext VIRTUAL TABLE" in plan
