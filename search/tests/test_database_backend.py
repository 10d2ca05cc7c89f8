"""The embedded catalog backend, through the public entry point `search_catalog`."""

import datetime

from catalog import certification
from search.service import search_catalog
from search.types import SORT_NAME, SORT_NEWEST, SORT_RELEVANCE, SORT_STARS, CatalogQuery


def titles(result):
    return [hit.title for hit in result.hits]


def counts(result, facet):
    return {value.key: value.count for value in result.facet(facet).values}


def selected(result, facet):
    return [value.key for value in result.facet(facet).values if value.selected]


# Vietnamese matching


def test_typing_without_diacritics_finds_accented_name(make_product):
    make_product("Gạo Séng Cù")
    make_product("Chè Shan Tuyết")

    assert titles(search_catalog(CatalogQuery(q="seng cu"))) == ["Gạo Séng Cù"]


def test_unaccented_phrase_finds_honey(make_product):
    make_product("Mật ong hoa ban")
    make_product("Mắm cá")

    assert titles(search_catalog(CatalogQuery(q="mat ong hoa ban"))) == ["Mật ong hoa ban"]


def test_d_stroke_folds_to_d_in_places(make_product):
    make_product("Chè Tủa Chùa", district_slug="tua-chua")
    make_product("Gạo nếp", district_slug="dien-bien")

    assert titles(search_catalog(CatalogQuery(q="dien bien"))) == ["Gạo nếp"]


def test_accented_query_matches_too(make_product):
    make_product("Gạo Séng Cù")

    assert titles(search_catalog(CatalogQuery(q="GẠO séng"))) == ["Gạo Séng Cù"]


def test_every_word_must_match(make_product):
    make_product("Mật ong hoa ban")
    make_product("Mật ong rừng")

    assert titles(search_catalog(CatalogQuery(q="mat ong rung"))) == ["Mật ong rừng"]


def test_words_match_at_word_starts_not_inside_words(make_product):
    make_product("Bánh chưng")
    make_product("Gạo nếp")

    assert titles(search_catalog(CatalogQuery(q="an"))) == []


def test_name_match_ranks_above_description_only_match(make_product):
    make_product("Chè Shan Tuyết", stars=5, short_description="Trà ngon, hợp uống cùng mật ong.")
    make_product("Mật ong hoa ban", stars=3)

    assert titles(search_catalog(CatalogQuery(q="mat ong"))) == ["Mật ong hoa ban", "Chè Shan Tuyết"]


# Former places (before July 2025)


def test_a_former_commune_finds_the_products_of_its_successor(make_product):
    make_product("Gạo nếp", district_slug="dien-bien", commune_slug="thanh-yen")  # took in xã Pa Thơm
    make_product("Cà phê", district_slug="muong-ang", commune_slug="muong-ang")

    assert titles(search_catalog(CatalogQuery(q="pa thom"))) == ["Gạo nếp"]


def test_muong_cha_finds_the_commune_and_the_former_township_now_in_na_sang(make_product):
    make_product("Ớt khô", district_slug="muong-cha", commune_slug="na-sang")
    make_product("Chè", district_slug="nam-po", commune_slug="muong-cha")  # the new xã Mường Chà
    make_product("Cà phê", district_slug="muong-ang", commune_slug="muong-ang")

    assert sorted(titles(search_catalog(CatalogQuery(q="muong cha")))) == ["Chè", "Ớt khô"]


def test_a_former_district_finds_every_commune_that_took_one_of_its_units(make_product):
    # xã Búng Lao (area Mường Ảng) took xã Chiềng Đông of huyện Tuần Giáo.
    make_product("Cà phê", district_slug="muong-ang", commune_slug="bung-lao")
    make_product("Mắm", district_slug="muong-ang", commune_slug="muong-ang")

    assert titles(search_catalog(CatalogQuery(q="tuan giao"))) == ["Cà phê"]


def test_renaming_a_former_commune_reindexes_the_products_of_its_successor(make_product):
    from catalog.factories import former_commune

    make_product("Gạo nếp", district_slug="dien-bien", commune_slug="thanh-yen")
    unit = former_commune("dien-bien", "pa-thom")
    unit.name = "Pa Thơm Hạ"
    unit.save()

    assert titles(search_catalog(CatalogQuery(q="pa thom ha"))) == ["Gạo nếp"]


# Facets


def test_facets_list_every_value_even_without_products(make_product):
    make_product("Gạo Séng Cù")

    result = search_catalog(CatalogQuery())

    assert list(counts(result, "stars")) == ["3", "4", "5"]
    assert list(counts(result, "group")) == ["1", "2", "3", "4", "5", "6"]
    assert len(result.facet("district").values) == 10
    assert list(counts(result, "producer_type")) == [
        "enterprise",
        "cooperative",
        "cooperative_group",
        "household",
    ]


def test_star_counts_ignore_the_star_selection_itself(make_product):
    make_product("A", stars=3)
    make_product("B", stars=4)
    make_product("C", stars=4)
    make_product("D", stars=5)

    result = search_catalog(CatalogQuery(stars=(4,)))

    assert result.total == 2
    assert counts(result, "stars") == {"3": 1, "4": 2, "5": 1}
    assert selected(result, "stars") == ["4"]


def test_each_facet_applies_the_other_facets_selection(make_product):
    make_product("A", stars=4, district_slug="tua-chua")
    make_product("B", stars=4, district_slug="muong-nhe")
    make_product("C", stars=3, district_slug="tua-chua")

    result = search_catalog(CatalogQuery(stars=(4,), districts=("tua-chua",)))

    assert titles(result) == ["A"]
    assert counts(result, "stars") == {"3": 1, "4": 1, "5": 0}
    assert counts(result, "district")["tua-chua"] == 1
    assert counts(result, "district")["muong-nhe"] == 1


def test_group_facet_labels_come_from_the_query_language(make_product):
    make_product("A")

    vi = search_catalog(CatalogQuery(language="vi")).facet("group").values[0].label
    en = search_catalog(CatalogQuery(language="en")).facet("group").values[0].label

    assert (vi, en) == ("Thực phẩm", "Food")


def test_choosing_a_group_lists_its_product_sets(make_product):
    make_product("Gạo", category="1.2.1")
    make_product("Mật ong", category="1.2.2")
    make_product("Rượu", category="2.2.1")

    result = search_catalog(CatalogQuery(groups=("1",)))

    assert sorted(titles(result)) == ["Gạo", "Mật ong"]
    sets = counts(result, "category")
    assert all(code.startswith("1.") for code in sets)
    assert sets["1.2.1"] == 1 and sets["1.2.2"] == 1


def test_no_product_set_facet_until_a_group_is_chosen(make_product):
    make_product("Gạo")

    assert search_catalog(CatalogQuery()).facet("category") is None


def test_a_product_set_narrows_its_group_only(make_product):
    make_product("Gạo", category="1.2.1")
    make_product("Mật ong", category="1.2.2")
    make_product("Rượu", category="2.2.1")

    result = search_catalog(CatalogQuery(groups=("1", "2"), categories=("1.2.2",)))

    assert sorted(titles(result)) == ["Mật ong", "Rượu"]


def test_choosing_a_district_lists_its_communes(make_product):
    make_product("A", district_slug="dien-bien", commune_slug="thanh-yen")
    make_product("B", district_slug="dien-bien")

    result = search_catalog(CatalogQuery(districts=("dien-bien",)))

    communes = counts(result, "commune")
    assert communes["thanh-yen"] == 1
    assert search_catalog(CatalogQuery()).facet("commune") is None


def test_commune_selection_narrows_results(make_product):
    make_product("A", district_slug="dien-bien", commune_slug="thanh-yen")
    make_product("B", district_slug="dien-bien")

    result = search_catalog(CatalogQuery(districts=("dien-bien",), communes=("thanh-yen",)))

    assert titles(result) == ["A"]


def test_producer_type_facet_filters_and_counts(make_product):
    make_product("A", producer_type="household")
    make_product("B", producer_type="enterprise")

    result = search_catalog(CatalogQuery(producer_types=("household",)))

    assert titles(result) == ["A"]
    assert counts(result, "producer_type")["enterprise"] == 1


def test_facet_counts_follow_the_text_query(make_product):
    make_product("Mật ong", stars=4)
    make_product("Gạo", stars=5)

    assert counts(search_catalog(CatalogQuery(q="mat ong")), "stars") == {"3": 0, "4": 1, "5": 0}


# Expiry and language


def test_expired_certificates_leave_the_default_listing(make_product):
    long_ago = certification.today() - datetime.timedelta(days=4 * 365)
    make_product("Hết hạn", certified_on=long_ago)
    make_product("Còn hạn")

    assert titles(search_catalog(CatalogQuery())) == ["Còn hạn"]
    assert sorted(titles(search_catalog(CatalogQuery(include_expired=True)))) == ["Còn hạn", "Hết hạn"]


def test_only_pages_of_the_query_language_are_listed(make_product):
    make_product("Gạo")

    assert search_catalog(CatalogQuery(language="en")).total == 0


def test_unpublished_products_drop_out(make_product):
    product = make_product("Gạo")
    product.unpublish()

    assert search_catalog(CatalogQuery()).total == 0


def test_renaming_a_producer_reindexes_its_products(make_product):
    product = make_product("Gạo")
    producer = product.producer
    producer.title = "Hợp tác xã Mường Phăng"
    producer.save()

    assert titles(search_catalog(CatalogQuery(q="muong phang"))) == ["Gạo"]


# Sorting and paging


def test_sort_by_name_follows_vietnamese_alphabet(make_product):
    for name in ["Đường phèn", "Dưa", "Ăn liền", "Bánh", "An toàn", "Âm trà"]:
        make_product(name)

    result = search_catalog(CatalogQuery(sort=SORT_NAME))

    assert titles(result) == ["An toàn", "Ăn liền", "Âm trà", "Bánh", "Dưa", "Đường phèn"]


def test_sort_by_newest_certification(make_product):
    make_product("Cũ", certified_on=datetime.date(2024, 1, 1))
    make_product("Mới", certified_on=datetime.date(2025, 1, 1))

    assert titles(search_catalog(CatalogQuery(sort=SORT_NEWEST))) == ["Mới", "Cũ"]


def test_sort_by_stars(make_product):
    make_product("Ba", stars=3)
    make_product("Năm", stars=5)
    make_product("Bốn", stars=4)

    assert titles(search_catalog(CatalogQuery(sort=SORT_STARS))) == ["Năm", "Bốn", "Ba"]


def test_relevance_without_query_lists_highest_stars_first(make_product):
    make_product("Ba", stars=3)
    make_product("Năm", stars=5)

    assert titles(search_catalog(CatalogQuery(sort=SORT_RELEVANCE))) == ["Năm", "Ba"]


def test_pages_split_results(make_product):
    for index in range(5):
        make_product(f"Sản phẩm {index}")

    result = search_catalog(CatalogQuery(sort=SORT_NAME, per_page=2, page=3))

    assert result.total == 5
    assert result.num_pages == 3
    assert titles(result) == ["Sản phẩm 4"]
