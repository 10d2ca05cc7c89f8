"""Index lifecycle, Wagtail's own search wiring and the fallback, over real HTTP."""

import logging
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from catalog.factories import ProductPageFactory
from search.elastic.backend import ElasticsearchCatalogBackend
from search.elastic.documents import alias_name
from search.elastic.indexing import rebuild
from search.service import search_catalog
from search.types import BackendUnavailable, CatalogQuery

from .catalog_data import PRODUCTS, build_products

pytestmark = pytest.mark.elasticsearch


def analyze(client, text, analyzer="vietnamese_text"):
    response = client.indices.analyze(index=alias_name("vi"), analyzer=analyzer, text=text)
    return {token["token"] for token in response["tokens"]}


def test_the_analyser_keeps_accented_and_folded_words(elasticsearch, db):
    rebuild("vi")
    assert analyze(elasticsearch, "Điện Biên") >= {"điện", "dien", "biên", "bien"}


def test_the_prefix_analyser_indexes_word_beginnings(elasticsearch, db):
    rebuild("vi")
    assert analyze(elasticsearch, "Séng", "vietnamese_prefix") >= {"s", "se", "sen", "seng"}


def test_rebuild_fills_a_new_index_and_moves_the_alias(elasticsearch, db):
    build_products()
    first, count = rebuild("vi")
    second, _count = rebuild("vi")
    assert count == len(PRODUCTS)
    assert first != second
    assert list(elasticsearch.indices.get_alias(name=alias_name("vi"))) == [second]
    assert not elasticsearch.indices.exists(index=first)
    assert elasticsearch.count(index=alias_name("vi"))["count"] == len(PRODUCTS)


def test_search_index_rebuild_and_status_report_per_language(elasticsearch, db):
    build_products()
    output = StringIO()
    call_command("search_index", "rebuild", stdout=output)
    assert f"vi: {len(PRODUCTS)} products indexed" in output.getvalue()
    call_command("search_index", "status", stdout=output)
    assert f"{len(PRODUCTS)} documents, {len(PRODUCTS)} published products [ok]" in output.getvalue()


def test_search_index_status_shows_an_index_out_of_step(elasticsearch, db):
    products = build_products()
    call_command("search_index", "rebuild", "--language", "vi", stdout=StringIO())
    gao = products["Gạo Séng Cù"]
    ProductPageFactory(parent=gao.get_index_page(), producer=gao.producer, title="Thêm mà chưa đánh chỉ mục")
    output = StringIO()
    call_command("search_index", "status", stdout=output)
    assert (
        f"{len(PRODUCTS)} documents, {len(PRODUCTS) + 1} published products [OUT OF STEP]"
        in output.getvalue()
    )


def test_search_index_needs_elasticsearch_url(settings):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL"):
        call_command("search_index", "status")


def test_search_index_says_when_elasticsearch_is_down(settings, db, closed_port_url):
    settings.ELASTICSEARCH_URL = closed_port_url
    with pytest.raises(CommandError, match="did not answer"):
        call_command("search_index", "rebuild", stdout=StringIO())


def test_an_unreachable_cluster_is_reported_as_unavailable(settings, db, closed_port_url):
    settings.ELASTICSEARCH_URL = closed_port_url
    with pytest.raises(BackendUnavailable):
        ElasticsearchCatalogBackend().search(CatalogQuery())


def test_a_cluster_that_does_not_answer_in_time_is_unavailable(settings, db, hanging_url):
    settings.ELASTICSEARCH_TIMEOUT = 0.2
    settings.ELASTICSEARCH_URL = hanging_url
    with pytest.raises(BackendUnavailable):
        ElasticsearchCatalogBackend().search(CatalogQuery())


def test_a_cluster_that_just_hung_is_not_waited_for_again(settings, db, hanging):
    build_products()
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    settings.ELASTICSEARCH_URL = hanging.url
    for _attempt in range(2):
        assert search_catalog(CatalogQuery(q="seng cu")).backend == "database"
    # The first search connected and waited out its timeout; the second did not connect at all.
    assert hanging.connections == 1


def test_search_falls_back_to_the_database_and_warns(settings, db, closed_port_url, caplog):
    build_products()
    settings.ELASTICSEARCH_URL = closed_port_url
    with caplog.at_level(logging.WARNING, logger="search.service"):
        result = search_catalog(CatalogQuery(q="seng cu"))
    assert result.backend == "database"
    assert [page.title for page in result.hits] == ["Gạo Séng Cù"]
    assert "fell back to the database backend" in caplog.text


def test_the_catalog_page_renders_when_elasticsearch_is_down(settings, client, db, closed_port_url):
    products = build_products()
    settings.ELASTICSEARCH_URL = closed_port_url
    response = client.get(products["Gạo Séng Cù"].get_index_page().url + "?q=seng+cu")
    assert response.status_code == 200
    assert "Gạo Séng Cù" in response.content.decode()


def test_wagtail_search_uses_elasticsearch_8_when_the_url_is_set():
    code = "import ocop_site.settings.base as s; print(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    backends = {}
    for url in ["http://search.internal:9200", ""]:
        env = {"ELASTICSEARCH_URL": url, "PATH": ""}
        backends[url] = subprocess.run(  # noqa: S603
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
    assert backends == {
        # modelsearch's Elasticsearch 8 backend, answering from the database index while the cluster is out.
        "http://search.internal:9200": "search.elastic.wagtail_backend",
        # modelsearch's database backend, with typed text escaped for SQLite (search/wagtail_backend.py).
        "": "search.wagtail_backend",
    }


def test_wagtail_builds_its_own_index_on_elasticsearch_and_searches_it(elasticsearch, settings, db, caplog):
    """The wiring only: noida-db ignores copy_to, so Wagtail's result quality is checked on a real cluster."""
    from modelsearch.backends import get_search_backend
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
    from wagtail.models import Page

    prefix = f"{settings.ELASTICSEARCH_INDEX_PREFIX}_wagtail_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elastic.wagtail_backend",
            "URLS": [settings.ELASTICSEARCH_URL],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": settings.ELASTICSEARCH_TIMEOUT,
        },
        "database": {"BACKEND": "search.wagtail_backend"},
    }
    assert isinstance(get_search_backend(), Elasticsearch8SearchBackend)
    call_command("update_index", stdout=StringIO())
    assert elasticsearch.indices.exists_alias(name=f"{prefix}wagtailcore_page")
    assert elasticsearch.count(index=f"{prefix}wagtailcore_page")["count"] >= 1
    with caplog.at_level(logging.WARNING, logger="search.elastic.wagtail_backend"):
        list(Page.objects.search("Điện Biên"))
    assert "fell back" not in caplog.text


def test_wagtail_index_updates_missed_during_an_outage_are_replayed_by_sync(
    elasticsearch, settings, db, closed_port_url, django_capture_on_commit_callbacks
):
    from wagtail.models import Page

    from search.models import PendingSearchUpdate

    def wagtail_backend(url):
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {
                "BACKEND": "search.elastic.wagtail_backend",
                "URLS": [url],
                "INDEX_PREFIX": prefix,
                "TIMEOUT": settings.ELASTICSEARCH_TIMEOUT,
            },
            "database": {"BACKEND": "search.wagtail_backend"},
        }

    prefix = f"{settings.ELASTICSEARCH_INDEX_PREFIX}_wagtail_"
    wagtail_backend(settings.ELASTICSEARCH_URL)
    call_command("update_index", stdout=StringIO())
    index = f"{prefix}wagtailcore_page"
    before = elasticsearch.count(index=index)["count"]

    wagtail_backend(closed_port_url)
    home = Page.objects.get(depth=2, locale__language_code="vi")
    with django_capture_on_commit_callbacks(execute=True):
        page = home.add_child(instance=Page(title="Trang viết lúc mất kết nối", slug="mat-ket-noi"))
        page.save_revision().publish()
    assert PendingSearchUpdate.objects.filter(object_id=str(page.pk)).exists()

    wagtail_backend(settings.ELASTICSEARCH_URL)
    call_command("search_index", "sync", stdout=StringIO())

    elasticsearch.indices.refresh(index=index)
    assert elasticsearch.count(index=index)["count"] == before + 1
    assert not PendingSearchUpdate.objects.exists()
