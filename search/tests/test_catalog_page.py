"""The catalog index page: URL state, bad parameters, links, query bound."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog.models import ProductGalleryImage


@pytest.fixture
def catalog_url(catalog_tree):
    return catalog_tree[0].url


def test_catalog_lists_products_with_count(client, make_product, catalog_url):
    make_product("Gạo Séng Cù", stars=4)

    response = client.get(catalog_url)

    body = response.content.decode()
    assert response.status_code == 200
    assert "Gạo Séng Cù" in body
    assert "1 sản phẩm" in body


def test_url_state_filters_results(client, make_product, catalog_url):
    make_product("Gạo Séng Cù", stars=4, district_slug="muong-cha")
    make_product("Chè", stars=3, district_slug="muong-cha")

    body = client.get(catalog_url, {"stars": "4", "district": "muong-cha"}).content.decode()

    assert "Gạo Séng Cù" in body
    assert "Chè" not in body


def test_canonical_link_carries_the_state(client, make_product, catalog_url):
    make_product("Gạo")

    body = client.get(
        catalog_url, {"district": "muong-cha", "stars": "4", "utm_source": "x"}
    ).content.decode()

    assert (
        f'<link rel="canonical" href="http://localhost{catalog_url}?stars=4&amp;district=muong-cha">' in body
    )


def test_checkbox_is_checked_and_chip_removes_only_its_filter(client, make_product, catalog_url):
    make_product("Gạo", stars=4, district_slug="muong-cha")

    body = client.get(catalog_url, {"stars": "4", "district": "muong-cha"}).content.decode()

    assert 'id="f-stars-4" name="stars" value="4"' in body
    assert f'class="chip" href="{catalog_url}?district=muong-cha"' in body
    assert f'class="chip" href="{catalog_url}?stars=4"' in body


# URLs from before July 2025 name former communes (FormerCommune slugs, unique within their district).


def test_a_former_commune_in_an_old_url_redirects_to_its_successor(client, catalog_url):
    response = client.get(f"{catalog_url}?stars=4&district=dien-bien&commune=pa-thom")

    assert response.status_code == 301
    assert response["Location"] == f"{catalog_url}?stars=4&district=dien-bien&commune=thanh-yen"


def test_an_old_url_lists_the_products_now_in_the_successor(client, make_product, catalog_url):
    make_product("Gạo nếp", district_slug="dien-bien", commune_slug="thanh-yen")
    make_product("Chè", district_slug="dien-bien", commune_slug="thanh-an")

    body = client.get(f"{catalog_url}?district=dien-bien&commune=pa-thom", follow=True).content.decode()

    assert "Gạo nếp" in body
    assert "Chè" not in body


def test_a_former_commune_now_in_another_area_moves_the_area_too(client, catalog_url):
    # xã Chiềng Đông of huyện Tuần Giáo is now part of xã Búng Lao, area Mường Ảng.
    response = client.get(f"{catalog_url}?district=tuan-giao&commune=chieng-dong")

    assert response["Location"] == f"{catalog_url}?district=muong-ang&commune=bung-lao"


def test_an_old_muong_cha_township_url_goes_to_na_sang_not_the_new_commune(client, catalog_url):
    response = client.get(f"{catalog_url}?district=muong-cha&commune=muong-cha")

    assert response["Location"] == f"{catalog_url}?district=muong-cha&commune=na-sang"


def test_a_current_commune_url_is_served_without_redirect(client, catalog_url):
    response = client.get(f"{catalog_url}?district=dien-bien&commune=thanh-yen")

    assert response.status_code == 200


def test_the_commune_facet_under_an_area_lists_its_current_communes(client, catalog_url):
    body = client.get(catalog_url, {"district": "dien-bien"}).content.decode()

    assert 'value="thanh-yen"' in body
    assert 'value="pa-thom"' not in body  # merged into xã Thanh Yên in 2025


@pytest.mark.parametrize(
    "params",
    [
        {"stars": "abc"},
        {"stars": "7"},
        {"district": "atlantis"},
        {"sort": "price"},
        {"page": "-1"},
        {"page": "x"},
        {"q": "gao\x00"},
    ],
)
def test_malformed_parameters_answer_400_with_a_message(client, make_product, catalog_url, params):
    make_product("Gạo")

    response = client.get(catalog_url, params)

    assert response.status_code == 400
    assert "không hợp lệ" in response.content.decode()


def test_bad_parameter_keeps_the_rest_of_the_selection(client, make_product, catalog_url):
    make_product("Gạo", stars=4)
    make_product("Chè", stars=3)

    response = client.get(catalog_url, {"stars": "4", "sort": "price"})

    body = response.content.decode()
    assert response.status_code == 400
    assert "Gạo" in body and "Chè" not in body


def test_page_past_the_end_shows_the_last_page(client, make_product, catalog_url):
    make_product("Gạo")

    response = client.get(catalog_url, {"page": "99999"})

    assert response.status_code == 200
    assert "Gạo" in response.content.decode()


def test_huge_query_is_cut_not_rejected(client, make_product, catalog_url):
    make_product("Gạo")

    response = client.get(catalog_url, {"q": "gao " * 5000})

    assert response.status_code == 200
    assert "Gạo" in response.content.decode()


def test_unknown_parameters_are_ignored(client, make_product, catalog_url):
    make_product("Gạo")

    assert client.get(catalog_url, {"fbclid": "abc"}).status_code == 200


def test_no_results_page_offers_help(client, make_product, catalog_url):
    make_product("Gạo")

    body = client.get(catalog_url, {"q": "xyzxyz"}).content.decode()

    assert "Không tìm thấy sản phẩm phù hợp." in body
    assert "gõ không dấu" in body


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_catalog_query_count_does_not_grow_with_page_size(
    client, make_product, catalog_url, django_assert_max_num_queries
):
    image = get_image_model().objects.create(title="ảnh", file=get_test_image_file())
    for index in range(5):
        product = make_product(f"Sản phẩm {index}", stars=4)
        ProductGalleryImage.objects.create(page=product, image=image, alt_text="ảnh")
    _queries(client, catalog_url)  # renditions are generated on the first render
    five = _queries(client, catalog_url)

    for index in range(5, 24):
        product = make_product(f"Sản phẩm {index}", stars=4)
        ProductGalleryImage.objects.create(page=product, image=image, alt_text="ảnh")
    _queries(client, catalog_url)  # renditions are generated on the first render

    with django_assert_max_num_queries(five):
        response = client.get(catalog_url)
    assert response.content.decode().count('class="card product-card"') == 24
    assert five <= 40


def test_removing_a_group_also_removes_its_product_sets(client, make_product, catalog_url):
    make_product("Gạo", category="1.2.1", stars=4)

    body = client.get(catalog_url, {"group": "1", "category": "1.2.1", "stars": "4"}).content.decode()

    # The group's chip leads to the state without the group and without its set.
    assert f'class="chip" href="{catalog_url}?stars=4"' in body
    assert f'data-url="{catalog_url}?stars=4&amp;group=1"' in body  # unticking the set keeps the group


def test_pagination_links_keep_the_filters(client, make_product, catalog_url):
    for index in range(26):
        make_product(f"Sản phẩm {index:02d}", stars=4)

    body = client.get(catalog_url, {"stars": "4", "sort": "name"}).content.decode()

    assert f'href="{catalog_url}?stars=4&amp;sort=name&amp;page=2" rel="next"' in body
    assert "24 sản phẩm" not in body and "26 sản phẩm" in body
