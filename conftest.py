import pytest


@pytest.fixture
def catalog_tree(db):
    """(catalog index, producer index) under the Vietnamese home page."""
    from catalog.factories import build_catalog

    return build_catalog()


@pytest.fixture
def producer(catalog_tree):
    from catalog.factories import ProducerPageFactory

    return ProducerPageFactory(parent=catalog_tree[1])


@pytest.fixture
def product(catalog_tree, producer):
    from catalog.factories import ProductPageFactory

    return ProductPageFactory(parent=catalog_tree[0], producer=producer)


@pytest.fixture(autouse=True)
def clear_cache():
    """Each test starts with an empty cache.

    Wagtail caches site root paths (and the statistics page caches its figures)
    in Django's cache, which a database rollback does not reset.
    """
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


SHARED_CACHE_TABLE = "ocop_test_shared_cache"


@pytest.fixture
def app_server(db):
    """`with app_server():` runs code as one more app server of production would.

    Each entry builds a new cache client on one database cache table, the store
    production shares without CACHE_URL: what one "server" writes, the next reads
    only through that table.
    """
    from django.core.management import call_command
    from django.test import override_settings

    def server():
        return override_settings(
            CACHES={
                "default": {
                    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                    "LOCATION": SHARED_CACHE_TABLE,
                }
            }
        )

    with server():
        call_command("createcachetable", verbosity=0)
    return server
