"""As-you-type suggestions: /<lang>/goi-y/?q=… answers product and producer names as JSON."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from catalog.factories import ProducerPageFactory, ProductPageFactory


@pytest.fixture
def url():
    with translation.override("vi"):
        return reverse("search_suggest")


@pytest.fixture
def names(catalog_tree):
    catalog, producers = catalog_tree
    producer = ProducerPageFactory(parent=producers, title="Hợp tác xã Mường Ảng")
    ProductPageFactory(parent=catalog, title="Cà phê Mường Ảng", producer=producer, stars=4, score=80)
    ProductPageFactory(parent=catalog, title="Mật ong hoa ban", producer=producer)
    ProductPageFactory(parent=catalog, title="Mướp đắng rừng", producer=producer, live=False)
    ProductPageFactory(
        parent=catalog,
        title="Muối ớt cũ",
        producer=producer,
        certified_on=datetime.date(2019, 1, 1),
        valid_until=datetime.date(2020, 1, 1),
    )
    return producer


def suggestions(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    return response.json()["suggestions"]


def test_word_prefixes_without_diacritics_find_products_then_producers(client, url, names):
    found = suggestions(client, url, "muong a")
    assert [(item["label"], item["kind"]) for item in found] == [
        ("Cà phê Mường Ảng", "product"),
        ("Hợp tác xã Mường Ảng", "producer"),
    ]
    assert found[0]["url"].startswith("/vi/san-pham/")


def test_drafts_and_expired_products_are_not_suggested(client, url, names):
    labels = [item["label"] for item in suggestions(client, url, "mu")]
    assert "Mướp đắng rừng" not in labels
    assert "Muối ớt cũ" not in labels


def test_a_letter_alone_suggests_nothing(client, url, names):
    assert suggestions(client, url, "m") == []


def test_input_is_bounded_and_never_an_error(client, url, names):
    response = client.get(url, {"q": "mat " * 500})
    assert response.status_code == 200
    assert len(response.json()["query"]) == 100
    assert suggestions(client, url, '"<script>') == []
    assert client.get(url, {"q": "mat\x00ong"}).status_code == 400


def test_answers_are_cacheable_by_anyone(client, url, names):
    response = client.get(url, {"q": "ca phe"})
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]


def test_at_most_eight_names(client, url, catalog_tree):
    catalog, producers = catalog_tree
    producer = ProducerPageFactory(parent=producers, title="Hộ Gạo")
    for number in range(10):
        ProductPageFactory(parent=catalog, title=f"Gạo nếp số {number}", producer=producer)
    assert len(suggestions(client, url, "gao")) == 8
