"""Phone and sharing details: share previews (meta description, Open Graph), favicon, closed filters."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog.models import ProductGalleryImage


def meta(body, key):
    """The content of <meta property|name="key">, or None."""
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', body)
    return unescape(match.group(1)) if match else None


@pytest.fixture
def product_with_photo(product):
    image = get_image_model().objects.create(title="Gạo", file=get_test_image_file(size=(1600, 1200)))
    ProductGalleryImage.objects.create(page=product, image=image, alt_text="Túi gạo Séng Cù")
    return product


def test_a_product_preview_shows_its_title_summary_first_photo_and_address(client, product_with_photo):
    product = product_with_photo

    body = client.get(product.url).content.decode()

    assert meta(body, "og:title") == product.title
    assert meta(body, "description") == meta(body, "og:description") == "Đặc sản vùng cao Tây Bắc."
    assert meta(body, "og:url") == f"http://localhost{product.url}"
    assert meta(body, "og:locale") == "vi_VN"
    assert re.fullmatch(r"http://localhost/media/images/.*\.fill-1200x630.*\.jpg", meta(body, "og:image"))
    assert (meta(body, "og:image:width"), meta(body, "og:image:height")) == ("1200", "630")


def test_the_editors_search_description_comes_before_the_summary(client, product):
    product.search_description = "Gạo dẻo thơm của đồng bào Thái, Điện Biên."
    product.save_revision().publish()

    body = client.get(product.url).content.decode()

    assert meta(body, "description") == "Gạo dẻo thơm của đồng bào Thái, Điện Biên."
    assert meta(body, "og:description") == "Gạo dẻo thơm của đồng bào Thái, Điện Biên."


def test_a_page_without_a_photo_shares_the_home_cover(client, product):
    home = product.get_site().root_page.specific
    home.hero_image = get_image_model().objects.create(title="Bìa", file=get_test_image_file())
    home.save_revision().publish()

    body = client.get(product.url).content.decode()

    assert "fill-1200x630" in meta(body, "og:image")


@pytest.mark.parametrize(
    "path",
    [
        lambda tree, product: "/vi/",
        lambda tree, product: tree[0].url,
        lambda tree, product: product.url,
        lambda tree, product: product.producer.url,
        lambda tree, product: tree[1].url,
        lambda tree, product: reverse("statistics"),
        lambda tree, product: reverse("buyers:suppliers"),
        lambda tree, product: reverse("verification:lookup"),
        lambda tree, product: reverse("search"),
    ],
    ids=[
        "home",
        "catalog",
        "product",
        "producer",
        "producers",
        "statistics",
        "suppliers",
        "verification",
        "search",
    ],
)
def test_every_public_page_has_a_description_and_open_graph_tags(client, catalog_tree, product, path):
    with translation.override("vi"):
        url = path(catalog_tree, product)

    body = client.get(url).content.decode()

    assert meta(body, "description")
    for key in ("og:title", "og:description", "og:url", "og:locale", "og:site_name"):
        assert meta(body, key), key
    assert meta(body, "og:url").startswith("http://")


def test_english_pages_say_their_locale(client, catalog_tree):
    with translation.override("en"):
        url = reverse("statistics")

    body = client.get(url).content.decode()

    assert meta(body, "og:locale") == "en_US"
    assert meta(body, "og:url") == f"http://localhost{url}"


def test_a_view_of_its_own_shares_its_own_title(client, catalog_tree):
    with translation.override("vi"):
        body = client.get(reverse("statistics")).content.decode()

    assert meta(body, "og:title") == "Thống kê Chương trình OCOP"


def test_favicon_answers_at_the_root_and_pages_link_an_icon(client, catalog_tree):
    response = client.get("/favicon.ico")
    body = client.get("/vi/").content.decode()

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert re.search(r'<link rel="icon" href="/static/favicon\.svg" type="image/svg\+xml">', body)


def test_the_catalog_filters_are_sent_closed_so_phones_do_not_shift(client, catalog_tree, product):
    body = client.get(catalog_tree[0].url).content.decode()

    panel = re.search(r"<details[^>]*data-filters[^>]*>", body).group(0)
    assert " open" not in panel
