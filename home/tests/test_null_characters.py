"""A NUL character in an address gets a 400 that says so, on every database (PostgreSQL cannot store it)."""

import pytest


@pytest.mark.parametrize(
    "address",
    [
        "/vi/tim-kiem/?q=m%E1%BA%ADt%00ong",
        "/vi/nha-cung-cap/?district=%00",
        "/vi/tin-tuc/?tag=%00",
        "/vi/xac-thuc/?ma=%00",
    ],
)
@pytest.mark.django_db
def test_a_nul_in_a_public_address_is_a_400_with_a_message(client, address):
    response = client.get(address)

    assert response.status_code == 400
    assert "ký tự không hợp lệ" in response.content.decode()


def test_a_nul_in_a_catalog_filter_is_a_400(client, product):
    response = client.get(product.get_index_page().url + "?commune=%00")

    assert response.status_code == 400


def test_an_address_without_nul_is_served(client, product):
    assert client.get(product.get_index_page().url + "?commune=thanh-yen").status_code == 200


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "django_language"])
def test_a_nul_in_a_cookie_is_ignored_and_the_page_served(client, product, cookie):
    # A corrupted cookie would otherwise reach PostgreSQL (the session lookup) on every page.
    client.cookies[cookie] = "abcdefghijkl\x00mnopqrstuvwxyz0123"

    response = client.get(product.get_index_page().url)

    assert response.status_code == 200
    assert product.title in response.content.decode()
