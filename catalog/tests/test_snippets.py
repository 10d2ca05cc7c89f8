"""Reference data loaded by migration and its admin listings."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale

from catalog.models import Commune, District, ProductGroup, ProductSet


@pytest.mark.django_db
def test_six_ocop_groups_and_26_product_sets_per_language():
    for language in ("vi", "en"):
        assert ProductGroup.objects.filter(locale__language_code=language).count() == 6
        assert ProductSet.objects.filter(locale__language_code=language).count() == 26


@pytest.mark.django_db
def test_group_translations_share_a_translation_key():
    vi = ProductGroup.objects.get(code="1", locale__language_code="vi")
    en = vi.get_translation(Locale.objects.get(language_code="en"))
    assert (vi.name, en.name) == ("Thực phẩm", "Food")


@pytest.mark.django_db
def test_dien_bien_has_ten_district_level_units_each_with_communes():
    assert District.objects.count() == 10
    for district in District.objects.all():
        assert Commune.objects.filter(district=district).exists(), district


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["productgroup", "productset", "district", "commune", "standard"])
def test_snippet_listing_renders_in_the_admin(admin_client, model):
    response = admin_client.get(reverse(f"wagtailsnippets_catalog_{model}:list"))
    assert response.status_code == 200


ADMIN_LISTINGS = [
    "wagtailsnippets_catalog_productgroup:list",
    "wagtailsnippets_catalog_productset:list",
    "wagtailsnippets_catalog_district:list",
    "wagtailsnippets_catalog_commune:list",
    "wagtailsnippets_salespoints_salespoint:list",
    "wagtailimages:index",
    "wagtailadmin_pages:search",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ADMIN_LISTINGS)
@pytest.mark.parametrize("typed", ['"', 'Mật"ong', "*(", "Thực phẩm"])
def test_admin_search_boxes_take_whatever_an_editor_types(admin_client, url_name, typed):
    response = admin_client.get(reverse(url_name), {"q": typed})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ADMIN_LISTINGS)
def test_a_nul_in_an_admin_search_box_is_refused_with_a_message(admin_client, url_name):
    # PostgreSQL cannot hold NUL: every database refuses it the same way (ocop_site/null_characters.py).
    response = admin_client.get(reverse(url_name), {"q": "Điện\x00Biên"})
    assert response.status_code == 400
    assert "ký tự không hợp lệ" in response.content.decode()


@pytest.mark.django_db
def test_admin_finds_a_product_set_by_its_code_once_indexed(admin_client):
    # Data migrations write through historical models, which the search index
    # never hears about: set-up runs update_index (see the Makefile).
    call_command("update_index", stdout=io.StringIO())
    response = admin_client.get(reverse("wagtailsnippets_catalog_productset:list"), {"q": "1.2.2"})
    assert "Mật ong, các loại mật khác" in response.content.decode()
