"""Public product and producer pages: certificate, star label, JSON-LD, where to buy, related."""

import datetime
import json
import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog import certification
from catalog.factories import ProducerPageFactory, ProductPageFactory, product_set
from catalog.models import MarketplaceLink, ProductGalleryImage


def json_ld(body):
    match = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', body, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


@pytest.fixture
def product_with_image(product):
    image = get_image_model().objects.create(title="Gạo", file=get_test_image_file())
    ProductGalleryImage.objects.create(page=product, image=image, alt_text="Túi gạo Séng Cù")
    return product


def test_product_page_has_product_json_ld_with_stars_and_brand(client, product_with_image):
    product = product_with_image

    data = json_ld(client.get(product.url).content.decode())

    assert data["@type"] == "Product"
    assert data["name"] == product.title
    assert data["brand"]["name"] == product.producer.title
    assert data["additionalProperty"][0] == {
        "@type": "PropertyValue",
        "name": "OCOP",
        "value": 3,
        "unitText": "sao",
        "maxValue": 5,
    }
    assert data["image"][0].startswith("http://testserver/")


def test_json_ld_escapes_markup_in_titles(client, product):
    product.title = "Gạo </script><script>alert(1)</script>"
    product.save()

    body = client.get(product.url).content.decode()

    assert "</script><script>alert(1)" not in body
    assert json_ld(body)["name"] == product.title


def test_star_badge_has_an_accessible_label(client, product):
    body = client.get(product.url).content.decode()

    assert 'role="img" aria-label="OCOP 3 sao"' in body


def test_certificate_block_shows_status_and_validity(client, product):
    body = client.get(product.url).content.decode()

    assert "Còn hiệu lực" in body or "Sắp hết hạn" in body or "Hết hiệu lực" in body
    assert product.valid_until.strftime("%d/%m/%Y") in body
    assert product.certificate_number in body


def test_expired_certificate_says_so(client, catalog_tree, producer):
    long_ago = certification.today() - datetime.timedelta(days=4 * 365)
    product = ProductPageFactory(parent=catalog_tree[0], producer=producer, certified_on=long_ago)

    assert "Hết hiệu lực" in client.get(product.url).content.decode()


def test_gallery_uses_webp_srcset_and_alt_text(client, product_with_image):
    body = client.get(product_with_image.url).content.decode()

    assert "srcset=" in body
    assert ".webp" in body
    assert 'alt="Túi gạo Séng Cù"' in body


def test_where_to_buy_lists_marketplace_links(client, product):
    MarketplaceLink.objects.create(page=product, platform="shopee", url="https://shopee.vn/gao-seng-cu")

    body = client.get(product.url).content.decode()

    assert 'href="https://shopee.vn/gao-seng-cu"' in body
    assert "Nơi mua" in body


def test_related_products_prefer_the_same_product_set(client, catalog_tree, producer, product):
    other = ProductPageFactory(parent=catalog_tree[0], producer=producer, title="Gạo nếp nương")
    different = ProductPageFactory(
        parent=catalog_tree[0],
        producer=ProducerPageFactory(parent=catalog_tree[1]),
        title="Mật ong",
        category=product_set("1.2.2"),
    )

    body = client.get(product.url).content.decode()
    related = body.split("Sản phẩm liên quan", 1)[1]

    assert other.title in related
    assert different.title not in related


def test_product_page_offers_share_and_print(client, product):
    body = client.get(product.url).content.decode()

    assert "facebook.com/sharer" in body
    assert "data-print" in body


def test_producer_page_lists_its_products_and_contact(client, product):
    body = client.get(product.producer.url).content.decode()

    assert product.title in body
    assert product.producer.phone in body
