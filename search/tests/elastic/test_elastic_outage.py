"""With Elasticsearch down or hanging, every search box still answers, from the database, and publishing stays fast.

"Down" is a port nothing listens on; "hanging" a server that accepts the
connection and never answers (search/tests/elastic/conftest.py). Both are
real sockets: the Elasticsearch client is not mocked.

"Fast" is counted, not timed: a request may wait for a hanging cluster once
(one timeout); every later call in it must fail at once without connecting.
A view that waited for every call would open two connections (a search:
count, then hits) or three (a publish), and take as many timeouts. Wall-clock
limits failed on a busy CI machine; the count does not depend on the machine.
"""

import logging

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog.factories import product_set
from catalog.testing import product_form
from search.models import PendingSearchUpdate
from searchindex.models import PendingIndexChange

from .catalog_data import build_products

pytestmark = pytest.mark.elasticsearch

TIMEOUT = 1.0


@pytest.fixture
def content(db):
    """Products, two images and two product sets, indexed by the database backend while it is the only one."""
    products = build_products()
    images = {
        title: get_image_model().objects.create(title=title, file=get_test_image_file())
        for title in ["Ruộng bậc thang Mường Phăng", "Chợ phiên Tủa Chùa"]
    }
    sets = {code: product_set(code) for code in ["1.2.2", "1.6.1"]}
    for item in sets.values():
        item.save()  # loaded by a data migration, which does not index
    return products, images, sets


@pytest.fixture
def outage(settings, unreachable, content):
    """Wagtail's search and the catalog index pointed at a cluster that is down or hanging."""
    settings.ELASTICSEARCH_URL = unreachable.url
    settings.ELASTICSEARCH_TIMEOUT = TIMEOUT
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elastic.wagtail_backend",
            "URLS": [unreachable.url],
            "INDEX_PREFIX": "ocoptest_outage_",
            "TIMEOUT": TIMEOUT,
        },
        "database": {"BACKEND": "search.wagtail_backend"},
    }
    return content


@pytest.fixture
def timed(caplog, unreachable):
    """Fetch a URL; assert it answered 200 after falling back, having waited for the cluster at most once."""

    def get(client, url, **params):
        with caplog.at_level(logging.WARNING, logger="search.elastic.wagtail_backend"):
            response = client.get(url, params)
        assert response.status_code == 200
        assert unreachable.connections <= 1, f"{url} waited for the cluster {unreachable.connections} times"
        assert "fell back to the 'database' backend" in caplog.text
        # Choosers answer JSON with the HTML inside (and non-ASCII letters escaped).
        if response["Content-Type"] == "application/json":
            return response.json()["html"]
        return response.content.decode()

    return get


def test_admin_page_search_answers_from_the_database(admin_client, outage, timed):
    html = timed(admin_client, reverse("wagtailadmin_pages:search"), q="Séng Cù")
    assert "Gạo Séng Cù" in html
    assert "Mật ong hoa ban" not in html


def test_page_chooser_search_answers_from_the_database(admin_client, outage, timed):
    html = timed(admin_client, reverse("wagtailadmin_choose_page_search"), q="Séng Cù")
    assert "Gạo Séng Cù" in html
    assert "Mật ong hoa ban" not in html


def test_admin_image_search_answers_from_the_database(admin_client, outage, timed):
    html = timed(admin_client, reverse("wagtailimages:index"), q="Mường Phăng")
    assert "Ruộng bậc thang Mường Phăng" in html
    assert "Chợ phiên Tủa Chùa" not in html


def test_image_chooser_search_answers_from_the_database(admin_client, outage, timed):
    html = timed(admin_client, reverse("wagtailimages_chooser:choose"), q="Mường Phăng")
    assert "Ruộng bậc thang Mường Phăng" in html
    assert "Chợ phiên Tủa Chùa" not in html


def test_snippet_listing_search_answers_from_the_database(admin_client, outage, timed):
    html = timed(admin_client, reverse("wagtailsnippets_catalog_productset:list"), q="mật ong")
    assert "Mật ong, các loại mật khác" in html
    assert "Cà phê" not in html


def test_snippet_chooser_search_answers_from_the_database(admin_client, outage, timed):
    html = timed(admin_client, reverse("wagtailsnippetchoosers_catalog_productset:choose"), q="mật ong")
    assert "Mật ong, các loại mật khác" in html
    assert "Cà phê" not in html


def test_site_search_answers_from_the_database(client, outage, timed):
    html = timed(client, "/vi/tim-kiem/", q="Séng Cù")
    assert "Gạo Séng Cù" in html
    assert "Mật ong hoa ban" not in html


def test_publishing_during_an_outage_is_fast_and_queues_the_index_change(
    admin_client, outage, unreachable, django_capture_on_commit_callbacks
):
    products, _images, _sets = outage
    product = products["Gạo Séng Cù"]
    data = product_form(product, title="Gạo Séng Cù Mường Thanh", **{"action-publish": "action-publish"})
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[product.pk]), data)
    assert response.status_code == 302
    assert unreachable.connections <= 1, f"publishing waited for the cluster {unreachable.connections} times"
    product.refresh_from_db()
    assert (product.title, product.live) == ("Gạo Séng Cù Mường Thanh", True)
    assert PendingIndexChange.objects.filter(page_id=product.pk).exists()
    # Wagtail's own index missed it too, and says so.
    assert PendingSearchUpdate.objects.filter(object_id=str(product.pk)).exists()
