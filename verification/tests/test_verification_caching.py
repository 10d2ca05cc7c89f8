"""The verification page is cached briefly for the public and never shared for editors."""

import datetime

import pytest
from django.utils.cache import get_max_age

from catalog import certification
from catalog.factories import ProductPageFactory
from verification.codes import code_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def verify_url(catalog_tree, producer):
    page = ProductPageFactory(parent=catalog_tree[0], producer=producer, title="Mật ong hoa ban")
    page.valid_until = certification.today() + datetime.timedelta(days=400)
    page.save_revision().publish()
    return f"/vi/xac-thuc/{code_for(page)}/"


def cache_directives(response):
    return {part.strip().split("=")[0] for part in response["Cache-Control"].split(",")}


def test_anonymous_visitors_get_a_public_copy_that_expires_within_minutes(client, verify_url):
    response = client.get(verify_url)

    assert response.status_code == 200
    assert "public" in cache_directives(response)
    assert 0 < get_max_age(response) <= 300


def test_signed_in_editors_get_a_private_uncached_copy_with_their_userbar(admin_client, verify_url):
    response = admin_client.get(verify_url)

    assert "wagtail-userbar" in response.content.decode()
    directives = cache_directives(response)
    assert "public" not in directives
    assert {"private", "no-cache"} <= directives
    assert "Cookie" in response["Vary"]
