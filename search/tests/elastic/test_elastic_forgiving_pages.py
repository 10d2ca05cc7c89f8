"""The catalog page forgives misspellings the same way whichever backend answers."""

import pytest
from wagtail.models import Page

from catalog.models import CatalogIndexPage
from search.models import ZeroResultSearch

from .catalog_data import build_products


@pytest.fixture(params=["database", "elasticsearch"])
def catalog_url(request, settings, db):
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        build_products()
    else:
        request.getfixturevalue("elasticsearch")
        build_products()
        from search.elastic.indexing import rebuild_all

        rebuild_all()
    return Page.objects.type(CatalogIndexPage).first().url


@pytest.mark.elasticsearch
def test_a_misspelled_word_gets_a_correction_drawn_from_the_catalog(client, catalog_url):
    body = client.get(catalog_url, {"q": "Mật onng hoa ban"}).content.decode()

    assert "Có phải bạn muốn tìm" in body
    assert f'<a href="{catalog_url}?q=mat+ong+hoa+ban" data-catalog-link>mat ong hoa ban</a>' in body


@pytest.mark.elasticsearch
def test_the_correction_finds_what_the_typo_missed(client, catalog_url):
    body = client.get(catalog_url, {"q": "mat ong hoa ban"}).content.decode()

    assert "Mật ong hoa ban" in body
    assert "Có phải bạn muốn tìm" not in body


@pytest.mark.elasticsearch
def test_typed_markup_never_reaches_the_correction_unescaped(client, catalog_url):
    body = client.get(catalog_url, {"q": '<img src=x onerror="alert(1)"> onng'}).content.decode()

    assert "<img src=x" not in body
    assert 'onerror="alert' not in body


@pytest.mark.elasticsearch
def test_a_text_search_that_found_nothing_is_counted(client, catalog_url):
    client.get(catalog_url, {"q": "Sầu riêng"})
    client.get(catalog_url, {"q": "  sầu   RIÊNG "})

    assert list(ZeroResultSearch.objects.values_list("query", "language", "count")) == [
        ("sầu riêng", "vi", 2)
    ]
