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
