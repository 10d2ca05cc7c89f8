"""The supplier directory keeps its rows between searches, and an editor's change retires them at once.

Transactional tests: rows are kept only outside a transaction (search.suppliers), as
on a production app server, so each write here commits and advances the content
generation as an editor's would.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.factories import ProducerPageFactory, ProductPageFactory, product_set
from catalog.models import Standard
from search.suppliers import SupplierQuery, search_suppliers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UNREACHABLE_REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}


@pytest.fixture
def honey(catalog_tree):
    catalog, producers = catalog_tree
    producer = ProducerPageFactory(parent=producers, title="Hợp tác xã Mật ong Mường Phăng")
    product = ProductPageFactory(
        parent=catalog,
        producer=producer,
        title="Mật ong hoa ban",
        stars=4,
        score=80,
        category=product_set("1.2.2"),
    )
    product.standards.set(Standard.objects.filter(slug="vietgap"))
    product.save_revision().publish()
    return producer


def names(query=None):
    return [hit.producer.title for hit in search_suppliers(query or SupplierQuery()).hits]


def index_reads(query):
    """How many statements of one search read the catalog's search index (what loading the rows does)."""
    with CaptureQueriesContext(connection) as queries:
        search_suppliers(query)
    return sum("search_productsearchentry" in query["sql"] for query in queries.captured_queries)


def test_a_second_search_does_not_read_the_index_again(honey):
    assert index_reads(SupplierQuery()) == 1

    assert index_reads(SupplierQuery(q="mat ong", stars=(4,))) == 0


def test_a_new_supplier_is_listed_at_once(catalog_tree, honey):
    names()
    catalog, producers = catalog_tree
    rice = ProducerPageFactory(parent=producers, title="Hộ Lò Văn Sơn")
    ProductPageFactory(parent=catalog, producer=rice, title="Gạo Séng Cù", category=product_set("1.2.1"))

    assert names() == ["Hộ Lò Văn Sơn", "Hợp tác xã Mật ong Mường Phăng"]


def test_an_unpublished_supplier_leaves_at_once(honey):
    names()

    honey.unpublish()

    assert names() == []


def test_a_renamed_standard_is_found_by_its_new_name(honey):
    assert names(SupplierQuery(q="vietgap")) == ["Hợp tác xã Mật ong Mường Phăng"]
    standard = Standard.objects.get(slug="vietgap")
    standard.name = "Thực hành nông nghiệp tốt"

    standard.save()

    assert names(SupplierQuery(q="nong nghiep tot")) == ["Hợp tác xã Mật ong Mường Phăng"]


def test_with_the_shared_cache_away_every_search_reads_the_rows(settings, honey, caplog):
    settings.CACHES = UNREACHABLE_REDIS

    assert index_reads(SupplierQuery()) == 1
    assert index_reads(SupplierQuery()) == 1
    assert "Shared cache: could not read the content generation" in caplog.text
