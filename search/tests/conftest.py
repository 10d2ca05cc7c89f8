import datetime

import pytest

from catalog.factories import ProducerPageFactory, ProductPageFactory, commune, district, product_set


@pytest.fixture
def make_product(catalog_tree):
    """Create a live product: make_product("Gạo Séng Cù", stars=4, category="1.2.1", district="muong-cha")."""
    catalog, producers = catalog_tree
    producer_cache = {}

    def make(
        title,
        *,
        stars=3,
        category="1.2.1",
        district_slug="dien-bien",
        commune_slug=None,
        producer_type="cooperative",
        certified_on=datetime.date(2024, 6, 1),
        **fields,
    ):
        producer = producer_cache.get(producer_type)
        if producer is None:
            producer = producer_cache[producer_type] = ProducerPageFactory(
                parent=producers, producer_type=producer_type
            )
        score = {3: 60, 4: 80, 5: 95}[stars]
        return ProductPageFactory(
            parent=catalog,
            title=title,
            stars=stars,
            score=score,
            category=product_set(category),
            district=district(district_slug),
            commune=commune(district_slug, commune_slug) if commune_slug else None,
            producer=fields.pop("producer", producer),
            certified_on=certified_on,
            **fields,
        )

    return make
