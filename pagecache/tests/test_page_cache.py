"""The page cache, seen by visitors and editors through the test client.

Every test turns the cache on; the suite runs with it off (ocop_site/settings/test.py).
"""

import re

import pytest
from django.test import Client
from django.urls import reverse

from catalog.factories import ProducerPageFactory, ProductPageFactory, district
from search.models import ZeroResultSearch

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SHORTLIST_ADD = "/vi/nguoi-mua/danh-sach/them/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.OCOP_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def catalog_url(catalog_tree):
    return catalog_tree[0].url


def visit(url, client=None):
    """A GET by a new anonymous visitor (no cookies), unless a client is given."""
    return (client or Client()).get(url)


def served_from_cache(response):
    return response.get("X-Page-Cache") == "hit"


def test_the_second_visitor_is_served_the_stored_page_without_a_query(product, django_assert_num_queries):
    first = visit(product.url)
    with django_assert_num_queries(0):
        second = visit(product.url)

    assert first.status_code == second.status_code == 200
    assert served_from_cache(second)
    assert product.title in second.content.decode()


def test_publishing_a_product_puts_its_card_and_count_on_the_stored_catalog(
    catalog_tree, producer, product, catalog_url
):
    assert "Mật ong hoa ban" not in visit(catalog_url).content.decode()

    new = ProductPageFactory(parent=catalog_tree[0], producer=producer, title="Mật ong hoa ban", live=False)
    new.save_revision().publish()

    assert "Mật ong hoa ban" in visit(catalog_url).content.decode()


def catalog_count(response):
    return re.search(r"data-catalog-count>(\d+)", response.content.decode()).group(1)


def test_publishing_changes_the_stored_catalog_count(catalog_tree, producer, product, catalog_url):
    assert catalog_count(visit(f"{catalog_url}?stars=3")) == "1"

    ProductPageFactory(parent=catalog_tree[0], producer=producer, live=False).save_revision().publish()

    assert catalog_count(visit(f"{catalog_url}?stars=3")) == "2"


def test_unpublishing_a_product_takes_its_card_off_the_stored_catalog(product, catalog_url):
    assert product.title in visit(catalog_url).content.decode()

    product.unpublish()

    assert product.title not in visit(catalog_url).content.decode()
    assert visit(product.url).status_code == 404


def test_deleting_a_product_takes_its_stored_page_away(product):
    url = product.url
    assert visit(url).status_code == 200

    product.delete()

    assert visit(url).status_code == 404


def test_moving_a_product_sends_its_old_stored_address_to_the_new_one(catalog_tree, product):
    old_url = product.url
    assert visit(old_url).status_code == 200
    other_folder = ProducerPageFactory(parent=catalog_tree[1], title="Nơi khác")

    product.move(other_folder, pos="last-child")
    product.refresh_from_db()

    moved = visit(old_url)
    assert moved.status_code == 301
    assert moved["Location"] == product.url
    assert visit(product.url).status_code == 200


def test_renaming_a_district_renames_it_on_the_stored_catalog(product, catalog_url):
    place = district()
    assert place.name in visit(catalog_url).content.decode()

    place.name = "Huyện Điện Biên cũ"
    place.save()

    assert "Huyện Điện Biên cũ" in visit(catalog_url).content.decode()


def test_publishing_changes_the_stored_statistics(catalog_tree, producer, product):
    url = reverse("statistics")
    before = visit(url).content.decode()

    ProductPageFactory(parent=catalog_tree[0], producer=producer, live=False).save_revision().publish()

    assert visit(url).content.decode() != before


def test_a_new_producer_is_listed_in_the_stored_supplier_directory(catalog_tree, product):
    url = reverse("buyers:suppliers")
    visit(url)

    ProducerPageFactory(
        parent=catalog_tree[1], title="Hợp tác xã Mường Phăng", live=False
    ).save_revision().publish()

    assert "Hợp tác xã Mường Phăng" in visit(url).content.decode()


def test_facet_states_are_stored_apart_and_parameter_order_does_not_matter(catalog_url, product):
    visit(f"{catalog_url}?stars=3&sort=name")

    assert served_from_cache(visit(f"{catalog_url}?sort=name&stars=3"))
    assert not served_from_cache(visit(f"{catalog_url}?stars=4&sort=name"))


def test_an_editor_is_never_served_a_stored_page(client, product, admin_user):
    visit(product.url)
    client.force_login(admin_user)

    response = client.get(product.url)

    assert response.status_code == 200
    assert not served_from_cache(response)


def test_an_editors_page_is_never_stored_for_visitors(client, product, admin_user):
    client.force_login(admin_user)
    client.get(product.url)

    assert not served_from_cache(visit(product.url))


def test_a_buyer_with_a_shortlist_sees_it_and_not_the_stored_page(product, catalog_url):
    visit(catalog_url)
    buyer = Client()
    buyer.post(SHORTLIST_ADD, {"product": product.pk})

    response = buyer.get(catalog_url)

    assert not served_from_cache(response)
    assert "Đã chọn" in response.content.decode()


def test_a_stored_page_carries_each_visitors_own_csrf_token_and_its_form_works(product, catalog_url):
    first = Client(enforce_csrf_checks=True)
    first_token = TOKEN.search(first.get(catalog_url).content.decode()).group(1)
    second = Client(enforce_csrf_checks=True)

    response = second.get(catalog_url)
    token = TOKEN.search(response.content.decode()).group(1)
    posted = second.post(SHORTLIST_ADD, {"product": product.pk, "csrfmiddlewaretoken": token})

    assert served_from_cache(response)
    assert token != first_token
    assert posted.status_code == 302


def test_a_stored_page_carries_the_visitors_own_script_nonce(product):
    visit(product.url)

    response = visit(product.url)
    nonce = re.search(
        r'<script type="application/ld\+json" nonce="([^"]+)"', response.content.decode()
    ).group(1)

    assert served_from_cache(response)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_every_search_that_finds_nothing_is_counted(catalog_url, product):
    visit(f"{catalog_url}?q=khongcogi")
    visit(f"{catalog_url}?q=khongcogi")

    assert ZeroResultSearch.objects.get(query="khongcogi").count == 2


def test_a_publication_on_one_app_server_is_seen_on_another_at_once(
    catalog_tree, producer, product, catalog_url, app_server
):
    with app_server():
        visit(catalog_url)
    with app_server():
        assert served_from_cache(visit(catalog_url))
        ProductPageFactory(
            parent=catalog_tree[0], producer=producer, title="Gạo Séng Cù Mường Chà", live=False
        ).save_revision().publish()
    with app_server():
        page = visit(catalog_url)

    assert not served_from_cache(page)
    assert "Gạo Séng Cù Mường Chà" in page.content.decode()


def test_site_search_results_are_stored(product):
    url = reverse("search") + "?q=san+pham"
    visit(url)

    response = visit(url)

    assert served_from_cache(response)
    assert product.title in response.content.decode()


def test_every_site_search_that_finds_nothing_is_counted(product):
    url = reverse("search") + "?q=khongcogi"
    visit(url)
    visit(url)

    assert ZeroResultSearch.objects.get(query="khongcogi").count == 2


UNREACHABLE_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}


def test_the_health_check_never_asks_the_page_cache(settings, caplog):
    settings.CACHES = UNREACHABLE_CACHE

    response = visit("/healthz/")

    assert response.status_code == 200
    assert "Page cache unreachable" not in caplog.text
