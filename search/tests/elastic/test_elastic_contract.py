"""One contract, two backends: the same queries give the same totals, facets and hits.

Each test runs once per backend through the public entry point
`search.service.search_catalog`. The Elasticsearch half runs over real HTTP
against noida-db (or ELASTICSEARCH_URL when set), after an explicit rebuild
and refresh. Results are compared as document sets, counts and explicit
sort orders, never raw scores.
"""

import pytest
from wagtail.models import Page

from catalog.factories import ProductPageFactory
from catalog.models import CatalogIndexPage, ProducerPage
from search.models import SynonymGroup
from search.service import search_catalog
from search.types import SORT_NAME, SORT_NEWEST, SORT_STARS, CatalogQuery

from .catalog_data import EXPIRED, PRODUCTS, build_products

CURRENT = [row[0] for row in PRODUCTS if row[0] not in EXPIRED]


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, settings, db):
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        build_products()
    else:
        request.getfixturevalue("elasticsearch")
        build_products()
        from search.elastic.indexing import rebuild_all

        rebuild_all()
    return request.param


def search(**kwargs):
    return search_catalog(CatalogQuery(**kwargs))


def titles(result):
    return [page.title for page in result.hits]


def counts(result, facet):
    return {value.key: value.count for value in result.facet(facet).values}


@pytest.mark.elasticsearch
def test_the_configured_backend_answers(backend):
    assert search().backend == backend


@pytest.mark.elasticsearch
def test_expired_certificates_are_left_out_unless_asked_for(backend):
    assert sorted(titles(search(sort=SORT_NAME))) == sorted(CURRENT)
    assert search(include_expired=True).total == len(PRODUCTS)


@pytest.mark.elasticsearch
def test_hits_are_specific_product_pages(backend):
    hit = search(q="seng cu").hits[0]
    assert type(hit).__name__ == "ProductPage"
    assert hit.stars == 4


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seng cu", {"Gạo Séng Cù"}),
        ("Séng Cù", {"Gạo Séng Cù"}),
        ("mat ong hoa ban", {"Mật ong hoa ban"}),
        ("MẬT ONG HOA BAN", {"Mật ong hoa ban"}),
        ("tua chua", {"Chè Shan tuyết Tủa Chùa"}),
    ],
)
def test_accented_and_unaccented_input_find_the_same_products(backend, text, expected):
    assert set(titles(search(q=text))) == expected


@pytest.mark.elasticsearch
def test_dien_bien_finds_products_named_after_dien_bien(backend):
    assert "Rượu nếp Điện Biên" in titles(search(q="dien bien"))
    assert "Chè Shan tuyết Tủa Chùa" not in titles(search(q="dien bien"))


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Former communes merged into xã Thanh Yên and xã Na Sang.
        ("pa thom", {"Gạo Séng Cù"}),
        ("Noong Luống", {"Gạo Séng Cù"}),
        ("sa long", {"Ớt Mường Chà"}),
        # A former district: its own area, and every commune that took one of its units
        # (xã Búng Lao its xã Chiềng Đông, xã Tủa Chùa its xã Nà Tòng).
        ("tuan giao", {"Mật ong hoa ban", "Cà phê Mường Ảng", "Chè Shan tuyết Tủa Chùa"}),
        ("chieng dong", {"Cà phê Mường Ảng"}),
    ],
)
def test_a_former_place_name_finds_the_products_now_in_its_successor(backend, text, expected):
    assert set(titles(search(q=text))) == expected


@pytest.mark.elasticsearch
def test_every_word_must_match(backend):
    assert search(q="gạo").total >= 1
    assert search(q="tủa chùa").total >= 1
    assert search(q="gạo tủa chùa").total == 0


@pytest.mark.elasticsearch
def test_a_name_match_ranks_above_a_description_only_match(backend):
    found = titles(search(q="gao"))
    assert found.index("Gạo Séng Cù") < found.index("Rượu nếp Điện Biên")


@pytest.mark.elasticsearch
def test_facets_list_every_value_with_counts(backend):
    result = search()
    assert counts(result, "stars") == {"3": 3, "4": 2, "5": 1}
    assert counts(result, "group") == {"1": 5, "2": 1, "3": 0, "4": 0, "5": 0, "6": 0}
    assert counts(result, "producer_type") == {
        "enterprise": 2,
        "cooperative": 2,
        "cooperative_group": 0,
        "household": 2,
    }
    districts = counts(result, "district")
    assert districts["dien-bien"] == 1
    assert districts["muong-nhe"] == 0  # only an expired product there
    assert len(districts) == 10


@pytest.mark.elasticsearch
def test_facet_counts_are_disjunctive(backend):
    result = search(stars=(4,))
    assert result.total == 2
    # The chosen facet still counts its other values; the other facets count within the choice.
    assert counts(result, "stars") == {"3": 3, "4": 2, "5": 1}
    assert [value.key for value in result.facet("stars").selected] == ["4"]
    assert counts(result, "producer_type")["enterprise"] == 1
    assert counts(result, "producer_type")["household"] == 0


@pytest.mark.elasticsearch
def test_values_of_one_facet_are_or_ed_and_facets_are_and_ed(backend):
    assert search(stars=(3, 5)).total == 4
    assert set(titles(search(stars=(3, 5), producer_types=("household",)))) == {
        "Mật ong hoa ban",
        "Ớt Mường Chà",
    }


@pytest.mark.elasticsearch
def test_product_sets_and_communes_are_listed_only_under_an_open_parent(backend):
    result = search()
    assert result.facet("category") is None
    assert result.facet("commune") is None
    assert [facet.name for facet in search(groups=("1",), districts=("dien-bien",)).facets] == [
        "stars",
        "group",
        "category",
        "district",
        "commune",
        "producer_type",
        "standard",
    ]


@pytest.mark.elasticsearch
def test_a_ticked_set_narrows_its_group_and_counts_beside_its_siblings(backend):
    result = search(groups=("1", "2"), categories=("1.2.1",))
    assert set(titles(result)) == {"Gạo Séng Cù", "Rượu nếp Điện Biên"}
    assert counts(result, "group")["1"] == 5
    assert counts(result, "category")["1.2.2"] == 1
    assert [value.key for value in result.facet("category").selected] == ["1.2.1"]


@pytest.mark.elasticsearch
def test_a_set_in_the_url_alone_opens_its_group(backend):
    result = search(categories=("1.2.2",))
    assert titles(result) == ["Mật ong hoa ban"]
    assert all(key.startswith("1.") for key in counts(result, "category"))


@pytest.mark.elasticsearch
def test_product_sets_are_listed_for_the_chosen_group(backend):
    result = search(groups=("1",))
    assert result.total == 5
    assert counts(result, "category")["1.2.1"] == 1
    assert counts(result, "category")["1.3.1"] == 0
    assert all(key.startswith("1.") for key in counts(result, "category"))
    assert counts(search(groups=("1",), categories=("1.2.2",)), "category")["1.2.1"] == 1


@pytest.mark.elasticsearch
def test_communes_are_listed_for_the_chosen_district(backend):
    result = search(districts=("dien-bien",))
    assert counts(result, "commune")["thanh-yen"] == 1
    assert counts(result, "commune")["thanh-an"] == 0
    assert titles(search(districts=("dien-bien",), communes=("thanh-yen",))) == ["Gạo Séng Cù"]


@pytest.mark.elasticsearch
def test_a_ticked_commune_narrows_its_district_only(backend):
    result = search(districts=("dien-bien", "tua-chua"), communes=("thanh-yen",))
    assert set(titles(result)) == {"Gạo Séng Cù", "Chè Shan tuyết Tủa Chùa"}
    assert counts(result, "district")["muong-ang"] == 1  # districts count beside the ticked ones
    labels = {value.key: value.label for value in result.facet("commune").values}
    assert labels["thanh-yen"] == "Thanh Yên (Điện Biên)"


@pytest.mark.elasticsearch
def test_the_listing_without_words_shows_the_best_and_newest_first(backend):
    assert titles(search()) == [
        "Chè Shan tuyết Tủa Chùa",
        "Cà phê Mường Ảng",
        "Gạo Séng Cù",
        "Rượu nếp Điện Biên",
        "Mật ong hoa ban",
        "Ớt Mường Chà",
    ]


@pytest.mark.elasticsearch
def test_words_match_at_word_starts_not_inside_words(backend):
    assert "Gạo Séng Cù" in titles(search(q="sen"))
    assert titles(search(q="eng")) == []


@pytest.mark.elasticsearch
def test_sort_by_name_follows_the_vietnamese_alphabet(backend):
    assert titles(search(sort=SORT_NAME)) == [
        "Cà phê Mường Ảng",
        "Chè Shan tuyết Tủa Chùa",
        "Gạo Séng Cù",
        "Mật ong hoa ban",
        "Ớt Mường Chà",
        "Rượu nếp Điện Biên",
    ]


@pytest.mark.elasticsearch
def test_sort_by_newest_certificate(backend):
    assert titles(search(sort=SORT_NEWEST)) == [
        "Chè Shan tuyết Tủa Chùa",
        "Cà phê Mường Ảng",
        "Rượu nếp Điện Biên",
        "Gạo Séng Cù",
        "Mật ong hoa ban",
        "Ớt Mường Chà",
    ]


@pytest.mark.elasticsearch
def test_sort_by_stars_then_name(backend):
    assert titles(search(sort=SORT_STARS)) == [
        "Chè Shan tuyết Tủa Chùa",
        "Cà phê Mường Ảng",
        "Gạo Séng Cù",
        "Mật ong hoa ban",
        "Ớt Mường Chà",
        "Rượu nếp Điện Biên",
    ]


@pytest.mark.elasticsearch
def test_pages_split_the_sorted_results(backend):
    result = search(sort=SORT_NAME, per_page=4, page=2)
    assert result.total == 6
    assert result.num_pages == 2
    assert titles(result) == ["Ớt Mường Chà", "Rượu nếp Điện Biên"]


@pytest.mark.elasticsearch
def test_a_product_counts_under_each_standard_it_holds(backend):
    assert {key: n for key, n in counts(search(), "standard").items() if n} == {
        "vietgap": 2,
        "haccp": 1,
        "huu-co-tcvn-11041": 1,
    }


@pytest.mark.elasticsearch
def test_standards_filter_as_any_of_and_count_disjunctively(backend):
    result = search(standards=("haccp", "huu-co-tcvn-11041"), sort=SORT_NAME)
    assert titles(result) == ["Chè Shan tuyết Tủa Chùa", "Mật ong hoa ban"]
    assert counts(result, "standard")["vietgap"] == 2
    assert counts(result, "stars") == {"3": 1, "4": 0, "5": 1}


# Forgiving search: regional synonyms from search.SynonymGroup (seeded from search/data/synonyms.csv).


def add_products(backend, *titles_and_descriptions):
    """Publish more products after the contract catalog was built, and make the backend see them."""
    catalog = Page.objects.type(CatalogIndexPage).first().specific
    producer = ProducerPage.objects.first()
    for title, description in titles_and_descriptions:
        ProductPageFactory(parent=catalog, title=title, short_description=description, producer=producer)
    if backend == "elasticsearch":
        from search.elastic.indexing import rebuild_all

        rebuild_all()


@pytest.mark.elasticsearch
def test_a_southern_word_finds_the_northern_name(backend):
    add_products(backend, ("Lạc đỏ Na Son", "Lạc rang củi."))
    assert titles(search(q="dau phong")) == ["Lạc đỏ Na Son"]
    assert titles(search(q="Đậu phộng")) == ["Lạc đỏ Na Son"]


@pytest.mark.elasticsearch
def test_a_synonym_counts_as_one_of_the_words_that_must_match(backend):
    add_products(backend, ("Lạc đỏ Na Son", "Lạc rang củi."))
    assert titles(search(q="dau phong na son")) == ["Lạc đỏ Na Son"]
    assert titles(search(q="dau phong tua chua")) == []


@pytest.mark.elasticsearch
def test_a_synonym_matches_whole_words_only(backend):
    add_products(backend, ("Gạo trắng Mường Thanh", "Gạo tẻ."))
    # "chè" widens to the word "trà", not to every word starting with "tra".
    found = titles(search(q="chè"))
    assert "Chè Shan tuyết Tủa Chùa" in found
    assert "Gạo trắng Mường Thanh" not in found
    assert "Chè Shan tuyết Tủa Chùa" in titles(search(q="trà"))


@pytest.mark.elasticsearch
def test_a_synonym_group_added_by_an_editor_applies_at_once(backend):
    assert search(q="cafe").total == 0
    SynonymGroup.objects.create(language="vi", terms="cà phê, cafe")
    assert titles(search(q="cafe")) == ["Cà phê Mường Ảng"]
