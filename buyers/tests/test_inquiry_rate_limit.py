"""The inquiry rate limit holds across app servers and counts each buyer, not the proxy."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from buyers.models import Inquiry

from .test_inquiries import inquiry_data

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.5"


def submit(client, page, **meta):
    return client.post(f"/vi/nguoi-mua/lien-he/{page.pk}/", inquiry_data(), **meta)


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=5)
def test_app_servers_sharing_the_cache_accept_exactly_the_limit_between_them(
    client, trade_product, app_server
):
    accepted = 0
    cache_clients = []
    for number in range(10):
        with app_server():
            cache_clients.append(caches["default"])
            response = submit(client, trade_product, REMOTE_ADDR="203.0.113.7")
        assert response.status_code in (302, 429), number
        accepted += response.status_code == 302

    assert len({id(cache_client) for cache_client in cache_clients}) == 10
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
