"""Statistics against a small hand-counted catalog.

Live Vietnamese products, today = T:
  A 3★ 1.2.1 Điện Biên (xã Thanh Yên)  coop P1       certified 2022, valid until T (last valid day)
  B 4★ 1.2.2 Mường Ảng (xã Mường Ảng)  coop P1       certified 2023, valid
  C 4★ 1.2.1 Mường Ảng (xã Búng Lao)   enterprise P2 certified 2023, valid
  D 5★ 2.1.1 Điện Biên (xã Thanh Yên)  household P3  certified 2021, expired yesterday
  E 3★ 1.2.1 draft (never counted)
Current (valid) figures: 3 products of 2 producers. History: 4 certified.
"""

import csv
import datetime
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from catalog import certification
from catalog.factories import ProducerPageFactory, ProductPageFactory, commune, district, product_set
from catalog.models import Standard
from search.service import search_catalog
from search.types import CatalogQuery
from stats.cache import get_statistics
from stats.compute import compute


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def hand_counted(catalog_tree):
    catalog, producers = catalog_tree
    today = certification.today()
    later = today + datetime.timedelta(days=400)
    p1 = ProducerPageFactory(parent=producers, producer_type="cooperative")
    p2 = ProducerPageFactory(parent=producers, producer_type="enterprise")
    p3 = ProducerPageFactory(parent=producers, producer_type="household")

    def product(title, stars, code, place, producer, year, valid_until, commune_slug=None, **kwargs):
        return ProductPageFactory(
            parent=catalog,
            title=title,
            stars=stars,
            score={3: 60, 4: 80, 5: 95}[stars],
            category=product_set(code),
            district=district(place),
            commune=commune(place, commune_slug) if commune_slug else None,
            producer=producer,
            certified_on=datetime.date(year, 3, 1),
            valid_until=valid_until,
            **kwargs,
        )

    products = {
        "A": product("A", 3, "1.2.1", "dien-bien", p1, 2022, today, "thanh-yen"),
        "B": product("B", 4, "1.2.2", "muong-ang", p1, 2023, later, "muong-ang"),
        "C": product("C", 4, "1.2.1", "muong-ang", p2, 2023, later, "bung-lao"),
        "D": product("D", 5, "2.1.1", "dien-bien", p3, 2021, today - datetime.timedelta(days=1), "thanh-yen"),
        "E": product("E", 3, "1.2.1", "dien-bien", p1, 2024, later, live=False),
    }
    for title, slugs in {"B": ["vietgap", "haccp"], "C": ["vietgap"], "D": ["haccp"]}.items():
        products[title].standards.set(Standard.objects.filter(slug__in=slugs))
        products[title].save_revision().publish()
    return {**products, "catalog": catalog, "p1": p1}


def nonzero(counts):
    return {key: count for key, count in counts.items() if count}


def test_totals_count_valid_products_and_their_producers(hand_counted):
    stats = compute("vi")

    assert (stats.product_count, stats.producer_count) == (3, 2)
    assert (stats.certified_ever, stats.expired_count) == (4, 1)


def test_breakdowns_match_the_hand_count(hand_counted):
    stats = compute("vi")

    assert stats.counts("stars") == {"3": 1, "4": 2, "5": 0}
    assert nonzero(stats.counts("district")) == {"dien-bien": 1, "muong-ang": 2}
    assert len(stats.counts("district")) == 10  # every district is listed, zeros included
    assert nonzero(stats.counts("commune")) == {"thanh-yen": 1, "muong-ang": 1, "bung-lao": 1}
    assert len(stats.counts("commune")) == 45  # every current commune, zeros included
    assert nonzero(stats.counts("group")) == {"1": 3}
    assert stats.counts("category") == {"1.2.1": 2, "1.2.2": 1}
    assert stats.counts("producer_type") == {
        "enterprise": 1,
        "cooperative": 2,
        "cooperative_group": 0,
        "household": 0,
    }


def test_years_count_every_certified_product_and_accumulate(hand_counted):
    stats = compute("vi")

    assert stats.counts("year") == {"2021": 1, "2022": 1, "2023": 2}
    assert stats.counts("cumulative") == {"2021": 1, "2022": 2, "2023": 4}
    assert nonzero(stats.counts("standard")) == {"vietgap": 2, "haccp": 1}  # D's certificate expired


def catalog_facet_counts(name, language="vi"):
    """The catalog's default listing (no filter, expired left out), as its facets count it."""
    result = search_catalog(CatalogQuery(language=language))
    return {value.key: value.count for value in result.facet(name).values}, result.total


@pytest.mark.parametrize("facet", ["stars", "district", "group", "producer_type", "standard"])
def test_statistics_equal_the_catalog_facet_counts(hand_counted, facet):
    counts, total = catalog_facet_counts(facet)
    stats = compute("vi")
    assert stats.product_count == total
    assert nonzero(stats.counts(facet)) == nonzero(counts)


def catalog_commune_counts(language="vi"):
    """Commune facet counts with every area open, so the facet lists all 45 communes."""
    from catalog.models import District

    areas = tuple(District.objects.values_list("slug", flat=True))
    result = search_catalog(CatalogQuery(language=language, districts=areas))
    return {value.key: value.count for value in result.facet("commune").values}


def test_commune_statistics_equal_the_catalog_commune_facet(hand_counted):
    assert compute("vi").counts("commune") == catalog_commune_counts()


@pytest.mark.django_db
def test_statistics_equal_the_catalog_facets_on_the_demo_data():
    call_command("load_demo", "--small-images", stdout=io.StringIO())
    stats = compute("vi")
    for facet in ("stars", "district", "group", "producer_type"):
        counts, total = catalog_facet_counts(facet)
        assert stats.product_count == total
        assert nonzero(stats.counts(facet)) == nonzero(counts), facet
    assert stats.counts("commune") == catalog_commune_counts()
    assert stats.product_count > 30


def test_page_draws_an_accessible_chart_and_a_table_per_breakdown(client, hand_counted):
    response = client.get(reverse("statistics"))
    html = response.content.decode()

    assert response.status_code == 200
    assert html.count('role="img"') == 9  # one per declared facet, the years and the running total
    assert 'aria-labelledby="stats-stars-title stats-stars-desc"' in html
    assert '<desc id="stats-stars-desc">3 sao: 1; 4 sao: 2; 5 sao: 0</desc>' in html
    assert html.count("<table") == 9
    assert "3 sản phẩm OCOP còn hiệu lực · 2 chủ thể." in html


def test_csv_download_has_every_figure(client, hand_counted):
    response = client.get(reverse("statistics_csv"))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="thong-ke-ocop-')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Bảng", "Mã", "Nhãn", "Số lượng"]
    assert ["total", "products", "Sản phẩm còn hiệu lực", "3"] in rows
    assert ["stars", "4", "4 sao", "2"] in rows
    assert ["district", "muong-ang", "Mường Ảng", "2"] in rows
    assert ["commune", "bung-lao", "Búng Lao (Mường Ảng)", "1"] in rows
    assert ["cumulative", "2023", "2023", "4"] in rows


def test_cached_figures_are_reused_while_nothing_changes(hand_counted, django_assert_num_queries):
    get_statistics("vi")

    with django_assert_num_queries(0):
        assert get_statistics("vi").product_count == 3


def test_publishing_a_product_refreshes_the_figures(hand_counted):
    assert get_statistics("vi").product_count == 3

    hand_counted["E"].save_revision().publish()

    assert get_statistics("vi").product_count == 4


def test_unpublishing_a_product_refreshes_the_figures(hand_counted):
    assert get_statistics("vi").counts("stars")["4"] == 2

    hand_counted["B"].unpublish()

    assert get_statistics("vi").counts("stars")["4"] == 1


def test_deleting_a_product_refreshes_the_figures(hand_counted):
    assert get_statistics("vi").product_count == 3

    hand_counted["C"].delete()

    assert get_statistics("vi").product_count == 2


def test_publishing_a_producer_refreshes_the_producer_type_figures(hand_counted):
    assert get_statistics("vi").counts("producer_type")["cooperative_group"] == 0
    producer = hand_counted["p1"]
    producer.producer_type = "cooperative_group"

    producer.save_revision().publish()

    assert get_statistics("vi").counts("producer_type")["cooperative_group"] == 2


def test_publishing_on_one_app_server_refreshes_the_figures_another_serves(hand_counted, app_server):
    with app_server():
        assert get_statistics("vi").product_count == 3
    with app_server():
        hand_counted["E"].save_revision().publish()

    with app_server():
        assert get_statistics("vi").product_count == 4


def test_page_says_which_products_it_counts(client, hand_counted):
    html = client.get(reverse("statistics")).content.decode()

    assert "chỉ tính sản phẩm có giấy chứng nhận OCOP còn hiệu lực" in html
