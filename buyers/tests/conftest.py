import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def producer_with_email(catalog_tree):
    from catalog.factories import ProducerPageFactory

    return ProducerPageFactory(
        parent=catalog_tree[1],
        title="Hợp tác xã Chè Tủa Chùa",
        email="htx-che@example.vn",
        phone="0215 3845 123",
        address="Bản Sín Chải, xã Sín Chải",
    )


@pytest.fixture
def trade_product(catalog_tree, producer_with_email):
    from catalog.factories import ProductPageFactory
    from catalog.models import Standard

    product = ProductPageFactory(
        parent=catalog_tree[0],
        producer=producer_with_email,
        title="Chè Shan tuyết Tủa Chùa",
        stars=4,
        score=75,
        packaging="Hộp giấy 100 g, thùng 40 hộp",
        shelf_life="24 tháng",
        production_capacity="12 tấn/năm",
        minimum_order="10 thùng",
        price_min=150000,
        price_max=220000,
        price_unit="hộp 100 g",
    )
    product.standards.add(Standard.objects.get(slug="vietgap"))
    product.save_revision().publish()
    return product
