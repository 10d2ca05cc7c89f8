import datetime

import pytest

from catalog import certification
from catalog.factories import ProductPageFactory

pytestmark = pytest.mark.django_db


def test_expired_product_page_shows_an_expired_certification_badge(client, catalog_tree, producer):
    page = ProductPageFactory(
        parent=catalog_tree[0],
        producer=producer,
        certified_on=datetime.date(2020, 1, 1),
        valid_until=certification.today() - datetime.timedelta(days=1),
    )

    html = client.get(page.url).content.decode()

    assert "cert-badge--expired" in html
    assert "Chứng nhận đã hết hiệu lực" in html


def test_valid_product_page_says_the_certificate_is_valid(client, catalog_tree, producer):
    page = ProductPageFactory(
        parent=catalog_tree[0],
        producer=producer,
        valid_until=certification.today() + datetime.timedelta(days=400),
    )

    assert "Chứng nhận còn hiệu lực" in client.get(page.url).content.decode()
