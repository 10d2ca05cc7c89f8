"""Page privacy set in the admin holds on every public page (home/privacy.py checks it in one query)."""

import pytest
from wagtail.models import Page, PageViewRestriction

from home.privacy import ViewRestrictionsInOneQueryMixin


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_a_public_product_is_served(client, product):
    assert client.get(product.url).status_code == 200


def test_a_private_product_asks_for_login(client, product):
    restrict(product)

    response = client.get(product.url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_private_catalog_keeps_its_products_private(client, product, catalog_tree):
    restrict(catalog_tree[0])

    assert client.get(product.url).status_code == 302


def test_a_private_home_keeps_the_whole_site_private(client, product):
    restrict(product.get_ancestors().get(depth=2))

    assert client.get(product.url).status_code == 302


def test_an_alias_of_a_private_product_is_private(client, product):
    alias = product.create_alias(update_slug=f"{product.slug}-ban-sao")
    restrict(product)

    assert client.get(alias.url).status_code == 302


def test_an_alias_of_an_alias_of_a_private_product_is_private(client, product):
    alias = product.create_alias(update_slug=f"{product.slug}-ban-sao")
    alias_of_alias = alias.create_alias(update_slug=f"{product.slug}-ban-sao-2")
    restrict(product)

    assert client.get(alias_of_alias.url).status_code == 302


def test_a_restriction_elsewhere_in_the_tree_does_not_apply(client, product, producer):
    restrict(producer)

    assert client.get(product.url).status_code == 200


def test_a_signed_in_visitor_sees_a_private_product(client, product, admin_user):
    restrict(product)
    client.force_login(admin_user)

    assert client.get(product.url).status_code == 200


@pytest.mark.django_db
def test_every_page_type_checks_privacy_the_same_way():
    from wagtail.models import get_page_models

    models = [model for model in get_page_models() if model is not Page]

    assert models
    assert [model for model in models if not issubclass(model, ViewRestrictionsInOneQueryMixin)] == []
