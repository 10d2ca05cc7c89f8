"""Editors' changes reach the Elasticsearch index, and none is lost while it is down."""

from io import StringIO

import pytest
from django.core.management import call_command

from catalog.factories import ProducerPageFactory, ProductPageFactory, build_catalog, district
from search.elastic.indexing import rebuild_all, refresh
from search.service import search_catalog
from search.types import CatalogQuery
from searchindex.models import PendingIndexChange

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def catalog(elasticsearch, db):
    """(catalog index, a producer), with empty indexes built."""
    catalog_index, producer_index = build_catalog()
    producer = ProducerPageFactory(parent=producer_index, title="Hợp tác xã Mường Phăng")
    rebuild_all()
    return catalog_index, producer


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run `action` in a committed transaction: index writes happen on commit."""

    def run(action, *args):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args)

    return run


@pytest.fixture
def publish(committed):
    """Commit `action`, then refresh so the next search sees it."""

    def run(action, *args):
        result = committed(action, *args)
        refresh()
        return result

    return run


def new_draft(catalog, title="Mận hậu Mường Phăng"):
    catalog_index, producer = catalog
    return ProductPageFactory(parent=catalog_index, producer=producer, title=title, live=False)


def found(text):
    result = search_catalog(CatalogQuery(q=text))
    assert result.backend == "elasticsearch"
    return [page.title for page in result.hits]


def publish_page(page):
    page.save_revision().publish()
    page.refresh_from_db()


def test_publishing_a_product_indexes_it(catalog, publish):
    page = new_draft(catalog)
    assert found("man hau") == []
    publish(publish_page, page)
    assert found("man hau") == ["Mận hậu Mường Phăng"]


def test_unpublishing_a_product_removes_it(catalog, publish):
    page = new_draft(catalog)
    publish(publish_page, page)
    publish(page.unpublish)
    assert found("man hau") == []


def test_deleting_a_product_removes_it(catalog, publish):
    page = new_draft(catalog)
    publish(publish_page, page)
    publish(page.delete)
    assert found("man hau") == []


def test_moving_a_product_rewrites_its_document(catalog, publish):
    page = new_draft(catalog)
    publish(publish_page, page)
    type(page).objects.filter(pk=page.pk).update(title="Mận tam hoa")  # changed without a signal
    publish(page.move, catalog[0], "last-child")
    assert found("man tam hoa") == ["Mận tam hoa"]


def test_renaming_a_producer_reindexes_its_products(catalog, publish):
    page = new_draft(catalog)
    publish(publish_page, page)
    producer = catalog[1]
    producer.title = "Hợp tác xã Sơn Tra"
    publish(producer.save)
    assert found("son tra") == ["Mận hậu Mường Phăng"]


def test_renaming_a_district_reindexes_its_products(catalog, publish):
    page = new_draft(catalog)
    publish(publish_page, page)
    place = district(page.district.slug)
    place.name = "Thung Lũng Mường Thanh"
    publish(place.save)
    assert found("thung lung") == ["Mận hậu Mường Phăng"]


def test_a_change_made_while_elasticsearch_is_down_is_recorded(catalog, committed, settings, closed_port_url):
    page = new_draft(catalog)
    settings.ELASTICSEARCH_URL = closed_port_url
    committed(publish_page, page)  # the editor's publish succeeds
    change = PendingIndexChange.objects.get()
    assert change.page_id == page.pk
    assert change.action == PendingIndexChange.Action.INDEX


def test_a_rename_while_elasticsearch_is_down_records_every_product_it_shows_on(
    catalog, committed, publish, settings, closed_port_url
):
    first = new_draft(catalog, "Mận hậu")
    second = new_draft(catalog, "Đào Mường Phăng")
    publish(publish_page, first)
    publish(publish_page, second)
    settings.ELASTICSEARCH_URL = closed_port_url
    producer = catalog[1]
    producer.title = "Hợp tác xã Sơn Tra"
    committed(producer.save)
    assert set(PendingIndexChange.objects.values_list("page_id", flat=True)) == {first.pk, second.pk}


def test_search_index_sync_replays_recorded_changes(
    catalog, committed, settings, elasticsearch_server, closed_port_url
):
    page = new_draft(catalog)
    settings.ELASTICSEARCH_URL = closed_port_url
    committed(publish_page, page)
    settings.ELASTICSEARCH_URL = elasticsearch_server
    output = StringIO()
    call_command("search_index", "sync", stdout=output)
    refresh()
    assert "1 pending change(s) replayed" in output.getvalue()
    assert found("man hau") == ["Mận hậu Mường Phăng"]
    assert not PendingIndexChange.objects.exists()


def test_the_next_successful_update_replays_recorded_changes_first(
    catalog, committed, publish, settings, elasticsearch_server, closed_port_url
):
    missed = new_draft(catalog, "Mận hậu")
    later = new_draft(catalog, "Đào Mường Phăng")
    settings.ELASTICSEARCH_URL = closed_port_url
    committed(publish_page, missed)
    settings.ELASTICSEARCH_URL = elasticsearch_server
    publish(publish_page, later)
    assert found("man hau") == ["Mận hậu"]
    assert found("dao") == ["Đào Mường Phăng"]
    assert not PendingIndexChange.objects.exists()


def test_a_deletion_while_elasticsearch_is_down_is_replayed(
    catalog, committed, publish, settings, elasticsearch_server, closed_port_url
):
    page = new_draft(catalog)
    publish(publish_page, page)
    settings.ELASTICSEARCH_URL = closed_port_url
    committed(page.delete)
    assert PendingIndexChange.objects.get().action == PendingIndexChange.Action.DELETE
    settings.ELASTICSEARCH_URL = elasticsearch_server
    call_command("search_index", "sync", stdout=StringIO())
    refresh()
    assert found("man hau") == []


def test_a_full_rebuild_covers_recorded_changes(
    catalog, committed, settings, elasticsearch_server, closed_port_url
):
    page = new_draft(catalog)
    settings.ELASTICSEARCH_URL = closed_port_url
    committed(publish_page, page)
    settings.ELASTICSEARCH_URL = elasticsearch_server
    call_command("search_index", "rebuild", stdout=StringIO())
    assert found("man hau") == ["Mận hậu Mường Phăng"]
    assert not PendingIndexChange.objects.exists()
