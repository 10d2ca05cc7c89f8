"""The inquiry rate limit holds across app servers and counts each buyer, not the proxy."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings

from buyers.models import Inquiry

from .test_inquiries import inquiry_data

pytestmark = pytest.mark.django_db

SHARED_TABLE = "ocop_test_shared_cache"
PROXY = "10.0.0.5"


def database_cache():
    """What production runs without CACHE_URL: a cache table in the shared database."""
    return {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": SHARED_TABLE}}


@pytest.fixture
def shared_cache_table():
    with override_settings(CACHES=database_cache()):
        call_command("createcachetable", verbosity=0)


def submit(client, page, **meta):
    return client.post(f"/vi/nguoi-mua/lien-he/{page.pk}/", inquiry_data(), **meta)


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=5)
def test_two_app_servers_sharing_the_cache_accept_exactly_the_limit(
    client, trade_product, shared_cache_table
):
    accepted = 0
    clients_seen = set()
    for number in range(10):
        # Entering the override builds a new cache client, as each app server has its own.
        with override_settings(CACHES=database_cache()):
            clients_seen.add(id(caches["default"]))
            response = submit(client, trade_product, REMOTE_ADDR="203.0.113.7")
        assert response.status_code in (302, 429), number
        accepted += response.status_code == 302

    assert len(clients_seen) == 10
    assert accepted == 5
    assert Inquiry.objects.count() == 5


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=1, OCOP_TRUSTED_PROXIES=[PROXY])
def test_one_buyer_behind_the_trusted_proxy_does_not_block_another(client, trade_product):
    first = submit(client, trade_product, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1")
    blocked = submit(client, trade_product, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1")

    other = submit(client, trade_product, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.2")

    assert (first.status_code, blocked.status_code, other.status_code) == (302, 429, 302)


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=1, OCOP_TRUSTED_PROXIES=[PROXY])
def test_a_forged_left_end_of_x_forwarded_for_does_not_escape_the_limit(client, trade_product):
    # nginx appends the address it saw; whatever the client wrote is further left.
    submit(client, trade_product, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.1")

    again = submit(client, trade_product, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="2.2.2.2, 198.51.100.1")

    assert again.status_code == 429


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=1, OCOP_TRUSTED_PROXIES=[PROXY])
def test_x_forwarded_for_from_an_untrusted_address_is_ignored(client, trade_product):
    submit(client, trade_product, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.1")

    again = submit(client, trade_product, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.2")

    assert again.status_code == 429


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=1, OCOP_TRUSTED_PROXIES=["10.0.0.0/24"])
def test_trusted_proxies_may_be_given_as_a_range(client, trade_product):
    submit(client, trade_product, REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="198.51.100.1")

    other = submit(client, trade_product, REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="198.51.100.2")

    assert other.status_code == 302
