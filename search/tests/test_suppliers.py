"""Supplier search: facets, disjunctive counts, folded text, pagination, parameters."""

import pytest

from catalog.factories import ProducerPageFactory, ProductPageFactory, district, product_set
from catalog.models import Standard
from search.suppliers import SORT_STARS, SupplierQuery, search_suppliers

pytestmark = pytest.mark.django_db


def make_product(parent, producer, standards=(), **fields):
    product = ProductPageFactory(parent=parent, producer=producer, **fields)
    if standards:
        product.standards.set(Standard.objects.filter(slug__in=standards))
        product.save_revision().publish()
    return product


@pytest.fixture
def suppliers(catalog_tree):
    """Three producers: tea cooperative (4★ VietGAP), honey enterprise (5★ HACCP + 3★), rice household (3★)."""
    catalog, producers = catalog_tree
    tea = ProducerPageFactory(
        parent=producers, title="Hợp tác xã Chè Tủa Chùa", district=district("tua-chua")
    )
    honey = ProducerPageFactory(
        parent=producers,
        title="Công ty Mật ong Mường Ảng",
        producer_type="enterprise",
        district=district("muong-ang"),
    )
    rice = ProducerPageFactory(parent=producers, title="Hộ Lò Văn Sơn", producer_type="household")
    make_product(
        catalog,
        tea,
        ["vietgap"],
        title="Chè Shan tuyết",
        stars=4,
        score=75,
        category=product_set("2.1.1"),
        production_capacity="12 tấn/năm",
    )
    make_product(
        catalog, honey, ["haccp"], title="Mật ong hoa ban", stars=5, score=92, category=product_set("1.2.2")
    )
    make_product(catalog, honey, title="Mật ong rừng", stars=3, category=product_set("1.2.2"))
    make_product(catalog, rice, title="Gạo Séng Cù", stars=3, category=product_set("1.1.1"))
    return {"tea": tea, "honey": honey, "rice": rice}


def names(result):
    return [hit.producer.title for hit in result.hits]


def counts(result, facet):
    return {value.key: value.count for value in result.facet(facet).values}


def test_a_former_commune_finds_the_suppliers_now_in_its_successor(suppliers):
    # The rice household is filed under xã Thanh Yên (the default place), which took in xã Pa Thơm.
    assert names(search_suppliers(SupplierQuery(q="pa thom"))) == ["Hộ Lò Văn Sơn"]


def test_without_filters_every_live_producer_is_listed_by_name(suppliers):
    result = search_suppliers(SupplierQuery())

    assert names(result) == ["Công ty Mật ong Mường Ảng", "Hộ Lò Văn Sơn", "Hợp tác xã Chè Tủa Chùa"]
    assert result.total == 3


def test_unpublished_producer_is_left_out(suppliers):
    suppliers["rice"].unpublish()

    assert "Hộ Lò Văn Sơn" not in names(search_suppliers(SupplierQuery()))


def test_text_matches_without_diacritics(suppliers):
    assert names(search_suppliers(SupplierQuery(q="muong ang"))) == ["Công ty Mật ong Mường Ảng"]


def test_text_matches_product_names(suppliers):
    assert names(search_suppliers(SupplierQuery(q="Séng Cù"))) == ["Hộ Lò Văn Sơn"]


def test_every_text_term_must_match(suppliers):
    assert names(search_suppliers(SupplierQuery(q="mat ong seng cu"))) == []


def test_standard_filter_finds_producers_whose_products_hold_it(suppliers):
    assert names(search_suppliers(SupplierQuery(standards=("haccp",)))) == ["Công ty Mật ong Mường Ảng"]


def test_stars_filter_matches_any_product_of_the_producer(suppliers):
    result = search_suppliers(SupplierQuery(stars=(3,)))

    assert names(result) == ["Công ty Mật ong Mường Ảng", "Hộ Lò Văn Sơn"]


def test_values_within_a_facet_are_ored(suppliers):
    result = search_suppliers(SupplierQuery(producer_types=("enterprise", "household")))

    assert result.total == 2


def test_facets_are_anded(suppliers):
    result = search_suppliers(SupplierQuery(stars=(3,), producer_types=("household",)))

    assert names(result) == ["Hộ Lò Văn Sơn"]


def test_category_and_group_filters_use_stable_codes(suppliers):
    assert names(search_suppliers(SupplierQuery(categories=("2.1.1",)))) == ["Hợp tác xã Chè Tủa Chùa"]
    assert search_suppliers(SupplierQuery(groups=("1",))).total == 2


def test_district_filter_uses_the_producer_district_slug(suppliers):
    assert names(search_suppliers(SupplierQuery(districts=("tua-chua",)))) == ["Hợp tác xã Chè Tủa Chùa"]


def test_facet_counts_ignore_their_own_selection(suppliers):
    result = search_suppliers(SupplierQuery(standards=("vietgap",)))

    assert counts(result, "standard")["haccp"] == 1
    assert counts(result, "standard")["vietgap"] == 1
    assert counts(result, "stars") == {"3": 0, "4": 1, "5": 0}


def test_every_facet_value_is_listed_even_at_zero(suppliers):
    result = search_suppliers(SupplierQuery())

    assert counts(result, "standard")["iso-22000"] == 0
    assert len(result.facet("district").values) == 10
    assert counts(result, "producer_type")["cooperative_group"] == 0


def test_selected_values_are_marked(suppliers):
    result = search_suppliers(SupplierQuery(districts=("muong-ang",)))

    assert [value.key for value in result.facet("district").selected] == ["muong-ang"]


def test_hit_summarises_products_capacity_standards_and_stars(suppliers):
    hit = search_suppliers(SupplierQuery(q="Chè Tủa Chùa")).hits[0]

    assert [product.title for product in hit.products] == ["Chè Shan tuyết"]
    assert hit.capacities == [("Chè Shan tuyết", "12 tấn/năm")]
    assert [standard.name for standard in hit.standards] == ["VietGAP"]
    assert hit.best_stars == 4


def test_sort_by_best_stars(suppliers):
    result = search_suppliers(SupplierQuery(sort=SORT_STARS))

    assert names(result)[0] == "Công ty Mật ong Mường Ảng"


def test_pagination(suppliers):
    first = search_suppliers(SupplierQuery(per_page=2))
    second = search_suppliers(SupplierQuery(per_page=2, page=2))

    assert first.num_pages == 2 and first.has_next
    assert names(second) == ["Hợp tác xã Chè Tủa Chùa"]
    assert second.has_previous and not second.has_next


# The directory page


def test_directory_page_shows_suppliers_at_a_glance(client, suppliers):
    body = client.get("/vi/nha-cung-cap/", {"standard": "vietgap"}).content.decode()

    assert "Hợp tác xã Chè Tủa Chùa" in body
    assert "12 tấn/năm" in body
    assert "Công ty Mật ong Mường Ảng" not in body
    assert 'name="standard" value="vietgap" checked' in body


def test_directory_lists_selected_filters_with_links_that_remove_them(client, suppliers):
    body = client.get("/vi/nha-cung-cap/", {"standard": ["vietgap", "haccp"], "page": "1"}).content.decode()

    assert 'href="?standard=haccp"' in body
    assert 'href="?standard=vietgap"' in body


def test_directory_refuses_unknown_filter_values_with_a_message(client, suppliers):
    response = client.get("/vi/nha-cung-cap/", {"district": "ha-noi", "q": "chè"})

    body = response.content.decode()
    assert response.status_code == 400
    assert "ha-noi" in body and "không có trong bộ lọc này" in body
    assert 'value="chè"' in body


def test_directory_refuses_a_malformed_page_number(client, suppliers):
    assert client.get("/vi/nha-cung-cap/", {"page": "abc"}).status_code == 400


def test_directory_page_beyond_the_last_is_empty_not_an_error(client, suppliers):
    response = client.get("/vi/nha-cung-cap/", {"page": "9"})

    assert response.status_code == 200
    assert "Không có nhà cung cấp nào" in response.content.decode()
