"""A commune editor who places something in another commune gets an error on the field, with the form kept."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from catalog.factories import commune, former_commune
from salespoints.models import SalesPoint

pytestmark = pytest.mark.django_db

ADD = reverse("wagtailsnippets_salespoints_salespoint:add")


@pytest.fixture
def sales_point_editor(client, commune_editor):
    """An editor of xã Thanh Yên whom the province let manage sales points."""
    for codename in ("add_salespoint", "change_salespoint", "view_salespoint"):
        commune_editor.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(commune_editor)
    return client


def sales_point(**overrides):
    data = {
        "name": "Cửa hàng OCOP Thanh Yên",
        "address": "Bản Noong Luống",
        "commune": "",
        "former_district": "",
        "former_commune": "",
        "opening_hours": "",
        "phone": "",
        "email": "",
        "map_url": "",
    }
    return {**data, **overrides}


def test_another_commune_is_an_error_on_the_commune_field(sales_point_editor):
    response = sales_point_editor.post(ADD, sales_point(commune=commune("tua-chua", "tua-chua").pk))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Bạn chỉ chọn được xã / phường của mình" in body
    assert "Bản Noong Luống" in body  # what was typed is kept
    assert not SalesPoint.objects.exists()


def test_a_former_address_now_in_another_commune_is_an_error_on_that_field(sales_point_editor):
    elsewhere = former_commune("tua-chua", "muong-bang")  # now xã Tủa Chùa

    response = sales_point_editor.post(
        ADD, sales_point(former_district=elsewhere.district_id, former_commune=elsewhere.pk)
    )

    assert response.status_code == 200
    assert "Bạn chỉ chọn được xã / phường của mình" in response.content.decode()
    assert not SalesPoint.objects.exists()


def test_the_commune_chooser_offers_only_the_editors_communes(sales_point_editor):
    body = sales_point_editor.get(reverse("wagtailsnippetchoosers_catalog_commune:choose")).json()["html"]

    assert "Thanh Yên" in body
    assert "Tủa Chùa" not in body


def test_the_commune_chooser_search_stays_within_the_editors_communes(sales_point_editor):
    url = reverse("wagtailsnippetchoosers_catalog_commune:choose_results")

    body = sales_point_editor.get(url, {"q": "Tủa"}).content.decode()

    assert "Tủa Chùa" not in body


def test_the_province_chooses_any_commune(client, province_editor):
    client.force_login(province_editor)

    url = reverse("wagtailsnippetchoosers_catalog_commune:choose_results")

    # A page holds part of the 45 communes: read every page.
    body = "".join(client.get(url, {"p": page}).content.decode() for page in range(1, 6))

    assert "Tủa Chùa" in body


def test_the_editors_own_commune_is_saved(sales_point_editor):
    response = sales_point_editor.post(ADD, sales_point(commune=commune("dien-bien", "thanh-yen").pk))

    assert response.status_code == 302
    assert SalesPoint.objects.get().commune.slug == "thanh-yen"


def test_the_province_places_anywhere(client, province_editor):
    for codename in ("add_salespoint", "change_salespoint"):
        province_editor.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(province_editor)

    response = client.post(ADD, sales_point(commune=commune("tua-chua", "tua-chua").pk))

    assert response.status_code == 302
