"""`manage.py file_in_communes` on a site built before commune folders: pages under the index itself."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale, PageLogEntry

from catalog.factories import ProductPageFactory, commune
from catalog.models import CommuneFolderPage, ProducerPage, ProductPage

DRAFT_TEXT = "Bản nháp của biên tập viên: gạo mùa mới."


def file_in_communes(*args):
    out = StringIO()
    call_command("file_in_communes", *args, stdout=out)
    return out.getvalue()


def legacy_product(catalog_index, producer, slug="gao-seng-cu", **values):
    """A published product directly under the catalog index, as the previous release filed it."""
    page = ProductPageFactory.build(
        title="Gạo Séng Cù", slug=slug, producer=producer, commune=commune(), **values
    )
    catalog_index.add_child(instance=page)
    page.save_revision().publish()
    return ProductPage.objects.get(pk=page.pk)


@pytest.fixture
def catalog_index(catalog_tree):
    return catalog_tree[0]


@pytest.fixture
def legacy(catalog_index, producer):
    return legacy_product(catalog_index, producer)


def parent_of(page):
    return ProductPage.objects.get(pk=page.pk).get_parent().specific


@pytest.mark.django_db
def test_a_product_under_the_index_moves_into_its_communes_folder(catalog_index, legacy):
    file_in_communes()

    folder = parent_of(legacy)
    assert isinstance(folder, CommuneFolderPage)
    assert folder.commune == commune()
    assert folder.get_parent().pk == catalog_index.pk


@pytest.mark.django_db
def test_the_old_url_redirects_to_the_new_one(client, legacy):
    old_url = legacy.url
    file_in_communes()

    new_url = ProductPage.objects.get(pk=legacy.pk).url
    assert new_url == f"{old_url.removesuffix(legacy.slug + '/')}thanh-yen/{legacy.slug}/"
    response = client.get(old_url)
    assert response.status_code in (301, 302)
    assert response["Location"].endswith(new_url)
    assert client.get(new_url).status_code == 200


@pytest.mark.django_db
def test_the_move_is_in_the_pages_history(legacy):
    file_in_communes()

    assert PageLogEntry.objects.filter(page=legacy, action="wagtail.move").count() == 1


@pytest.mark.django_db
def test_a_second_run_moves_nothing(catalog_index, legacy):
    file_in_communes()
    moved = ProductPage.objects.get(pk=legacy.pk)

    output = file_in_communes()

    again = ProductPage.objects.get(pk=legacy.pk)
    assert (again.path, again.url_path) == (moved.path, moved.url_path)
    assert "0 đã chuyển" in output
    assert PageLogEntry.objects.filter(page=legacy, action="wagtail.move").count() == 1
    assert CommuneFolderPage.objects.child_of(catalog_index).count() == 1


@pytest.mark.django_db
def test_a_draft_stays_a_draft_with_its_content(client, legacy):
    legacy.short_description = DRAFT_TEXT
    draft = legacy.save_revision()

    file_in_communes()

    page = ProductPage.objects.get(pk=legacy.pk)
    assert page.live and page.has_unpublished_changes
    assert page.latest_revision_id == draft.pk != page.live_revision_id
    assert page.short_description != DRAFT_TEXT
    assert page.get_latest_revision_as_object().short_description == DRAFT_TEXT
    assert DRAFT_TEXT not in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_an_unpublished_product_is_moved_and_stays_unpublished(legacy):
    legacy.unpublish()

    file_in_communes()

    page = ProductPage.objects.get(pk=legacy.pk)
    assert isinstance(parent_of(page), CommuneFolderPage)
    assert not page.live


@pytest.mark.django_db
def test_a_page_without_a_commune_is_left_in_place_and_reported(catalog_index, producer):
    page = legacy_product(catalog_index, producer, slug="chua-co-xa")
    ProductPage.objects.filter(pk=page.pk).update(commune=None)

    output = file_in_communes()

    assert parent_of(page).pk == catalog_index.pk
    assert "cần biên tập viên chọn xã" in output
    assert f"id {page.pk}" in output


@pytest.mark.django_db
def test_dry_run_prints_the_move_and_changes_nothing(catalog_index, legacy):
    output = file_in_communes("--dry-run")

    assert f"/thanh-yen/{legacy.slug}/" in output
    assert parent_of(legacy).pk == catalog_index.pk
    assert not CommuneFolderPage.objects.child_of(catalog_index).exists()


@pytest.mark.django_db
def test_a_producer_under_its_index_moves_into_its_communes_folder(catalog_tree):
    producer_index = catalog_tree[1]
    producer = ProducerPage(
        title="HTX Thanh Yên", slug="htx-thanh-yen", producer_type="cooperative", commune=commune()
    )
    producer_index.add_child(instance=producer)

    file_in_communes()

    folder = ProducerPage.objects.get(pk=producer.pk).get_parent().specific
    assert isinstance(folder, CommuneFolderPage)
    assert folder.commune == commune()
    assert folder.get_parent().pk == producer_index.pk


@pytest.mark.django_db
def test_an_english_product_moves_into_the_english_translation_of_the_folder(client, legacy):
    english = legacy.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    old_url = ProductPage.objects.get(pk=english.pk).url

    file_in_communes()

    english = ProductPage.objects.get(pk=english.pk)
    english_folder = english.get_parent().specific
    assert isinstance(english_folder, CommuneFolderPage)
    assert english_folder.locale.language_code == "en"
    assert english_folder.translation_key == parent_of(legacy).translation_key
    response = client.get(old_url)
    assert response.status_code in (301, 302)
    assert response["Location"].endswith(english.url)
