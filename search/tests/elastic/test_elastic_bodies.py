"""The Elasticsearch mapping, analysers and request bodies, pinned without a server."""

import datetime

import pytest

from search.collation import sort_key as name_sort_key
from search.elastic.documents import alias_name, new_index_name, product_index
from search.elastic.faceted import FACET_SIZE, CatalogFacetedSearch
from search.types import SORT_NAME, SORT_NEWEST, SORT_RELEVANCE, SORT_STARS, CatalogQuery

# Request bodies read the synonym list (search.synonyms) from the database.
pytestmark = pytest.mark.django_db

FACETS = ["stars", "group", "category", "district", "commune", "producer_type", "standard"]


@pytest.fixture
def index_body():
    return product_index("products").to_dict()


def request_body(**kwargs):
    return CatalogFacetedSearch(CatalogQuery(**kwargs), using=None)._s.to_dict()


def test_text_is_folded_keeping_the_original(index_body):
    analysis = index_body["settings"]["analysis"]
    assert analysis["filter"]["vietnamese_folding"] == {"type": "asciifolding", "preserve_original": True}
    assert analysis["analyzer"]["vietnamese_text"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "vietnamese_folding"],
    }


def test_prefix_sub_fields_use_edge_ngrams_at_index_time_only(index_body):
    analysis = index_body["settings"]["analysis"]
    assert analysis["tokenizer"]["vietnamese_edge_ngram"]["type"] == "edge_ngram"
    assert analysis["analyzer"]["vietnamese_prefix"]["filter"] == ["lowercase", "vietnamese_folding"]
    title = index_body["mappings"]["properties"]["title"]
    assert title["analyzer"] == "vietnamese_text"
    assert title["fields"]["prefix"] == {
        "type": "text",
        "analyzer": "vietnamese_prefix",
        "search_analyzer": "vietnamese_text",
    }


def test_facets_are_keywords_stars_an_integer_and_dates_dates(index_body):
    properties = index_body["mappings"]["properties"]
    assert properties["facets"]["properties"] == {name: {"type": "keyword"} for name in FACETS}
    assert properties["name_sort"] == {"type": "keyword"}
    assert properties["stars"] == {"type": "integer"}
    assert properties["certified_on"] == {"type": "date"}
    assert properties["valid_until"] == {"type": "date"}
    for name in ["producer_name", "category_name", "district_name", "commune_name"]:
        assert properties[name] == {"type": "text", "analyzer": "vietnamese_text"}, name
    assert properties["all_text"]["fields"]["prefix"]["analyzer"] == "vietnamese_prefix"


def test_indexes_are_versioned_behind_a_per_language_alias(settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = "ocop"
    assert alias_name("vi") == "ocop_products_vi"
    name = new_index_name("vi", now=datetime.datetime(2026, 5, 1, 10, 15, tzinfo=datetime.UTC))
    assert name == "ocop_products_vi-20260501t101500000000"


def test_every_word_must_start_a_word_of_the_searchable_text():
    query = request_body(q="Mật  ong, mật-ong")["query"]["bool"]
    assert query["must"] == [{"match": {"all_text.prefix": {"query": "mat ong", "operator": "and"}}}]


def test_a_name_match_scores_above_a_match_elsewhere():
    should = request_body(q="mat ong")["query"]["bool"]["should"]
    boosts = {field: params["boost"] for clause in should for field, params in clause["match"].items()}
    assert boosts == {"title": 6, "title.prefix": 3, "all_text": 1}


def test_a_query_keeps_at_most_eight_distinct_words():
    query = request_body(q="a b c d e f g h a i j")["query"]["bool"]["must"][0]
    assert query["match"]["all_text.prefix"]["query"] == "a b c d e f g h"


def test_an_empty_query_matches_everything():
    assert "must" not in request_body(q=" ,. ")["query"]["bool"]


def test_expired_certificates_are_filtered_from_hits_and_counts(monkeypatch):
    monkeypatch.setattr("search.elastic.faceted.today", lambda: datetime.date(2026, 5, 1))
    body = request_body()
    assert body["query"]["bool"]["filter"] == [{"range": {"valid_until": {"gte": "2026-05-01"}}}]
    assert "filter" not in request_body(include_expired=True).get("query", {}).get("bool", {})


def test_selected_values_narrow_hits_through_a_post_filter():
    body = request_body(stars=(4, 5), districts=("dien-bien",))
    assert body["post_filter"] == {
        "bool": {
            "must": [{"terms": {"facets.stars": ["4", "5"]}}, {"terms": {"facets.district": ["dien-bien"]}}]
        }
    }


def test_each_facet_counts_under_the_other_facets_selections():
    aggs = request_body(stars=(4,), districts=("dien-bien",))["aggs"]
    assert list(aggs) == [f"_filter_{name}" for name in FACETS]
    assert aggs["_filter_stars"]["filter"] == {
        "bool": {"filter": [{"terms": {"facets.district": ["dien-bien"]}}]}
    }
    assert aggs["_filter_district"]["filter"] == {"bool": {"filter": [{"terms": {"facets.stars": ["4"]}}]}}
    assert aggs["_filter_group"]["filter"]["bool"]["filter"] == [
        {"terms": {"facets.stars": ["4"]}},
        {"terms": {"facets.district": ["dien-bien"]}},
    ]
    assert aggs["_filter_stars"]["aggs"]["stars"] == {"terms": {"field": "facets.stars", "size": FACET_SIZE}}


def test_a_group_and_its_sets_filter_as_one_family():
    aggs = request_body(groups=("1", "2"), categories=("1.2.1",))["aggs"]
    family = {
        "bool": {
            "should": [{"terms": {"facets.category": ["1.2.1"]}}, {"terms": {"facets.group": ["2"]}}],
            "minimum_should_match": 1,
        }
    }
    assert request_body(groups=("1", "2"), categories=("1.2.1",))["post_filter"] == family
    # Neither the group nor the set facet counts under the family's own selection.
    assert aggs["_filter_group"]["filter"] == {"match_all": {}}
    assert aggs["_filter_category"]["filter"] == {"match_all": {}}
    assert aggs["_filter_stars"]["filter"] == {"bool": {"filter": [family]}}


@pytest.mark.django_db
def test_a_commune_narrows_its_area_and_another_area_counts_whole():
    body = request_body(districts=("dien-bien", "tua-chua"), communes=("thanh-yen",))
    assert body["post_filter"] == {
        "bool": {
            "should": [
                {"terms": {"facets.commune": ["thanh-yen"]}},
                {"terms": {"facets.district": ["tua-chua"]}},
            ],
            "minimum_should_match": 1,
        }
    }
    assert body["aggs"]["_filter_commune"]["aggs"]["commune"]["terms"]["field"] == "facets.commune"


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (SORT_RELEVANCE, ["_score", {"stars": {"order": "desc"}}, "name_sort", "page_id"]),
        (SORT_NEWEST, [{"certified_on": {"order": "desc"}}, "name_sort", "page_id"]),
        (SORT_STARS, [{"stars": {"order": "desc"}}, "name_sort", "page_id"]),
        (SORT_NAME, ["name_sort", "page_id"]),
    ],
)
def test_sorts_are_total(sort, expected):
    assert request_body(q="gạo", sort=sort)["sort"] == expected


def test_the_listing_without_words_puts_the_best_and_newest_first():
    assert request_body(sort=SORT_RELEVANCE)["sort"] == [
        {"stars": {"order": "desc"}},
        {"certified_on": {"order": "desc"}},
        "name_sort",
        "page_id",
    ]


def test_pages_map_to_from_and_size_with_an_exact_total():
    body = request_body(page=3, per_page=10)
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, True)


def test_hits_carry_ids_only():
    assert request_body()["_source"] is False


def test_the_name_key_follows_the_vietnamese_alphabet():
    names = ["Ớt", "Ô mai", "Ong", "Đào", "Dứa", "Chè", "Cà phê", "Măng", "Mắc khén", "Mật ong"]
    assert sorted(names, key=name_sort_key) == [
        "Cà phê",
        "Chè",
        "Dứa",
        "Đào",
        "Mắc khén",
        "Măng",
        "Mật ong",
        "Ong",
        "Ô mai",
        "Ớt",
    ]


def test_the_name_key_lets_tones_only_break_ties():
    assert sorted(["Má", "Mà", "Ma", "Mạ", "Mả", "Mã"], key=name_sort_key) == [
        "Ma",
        "Mà",
        "Mả",
        "Mã",
        "Má",
        "Mạ",
    ]
    assert name_sort_key("Gạo") < name_sort_key("Gao nếp")  # the shorter word first, whatever its tone
