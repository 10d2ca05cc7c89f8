"""Commune editors choose from their own uploads and the shared collections, not the whole province's."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_collection():
    return Collection.get_first_root_node().add_child(name="Ảnh dùng chung của tỉnh")


@pytest.fixture
def images(commune_editor, province_editor, shared_collection):
    root = Collection.get_first_root_node()

    def image(title, user, collection):
        return get_image_model().objects.create(
            title=title, file=get_test_image_file(), uploaded_by_user=user, collection=collection
        )

    return {
        "own": image("Ảnh ruộng Thanh Yên", commune_editor, root),
        "shared": image("Ảnh dùng chung logo OCOP", province_editor, shared_collection),
        "other": image("Ảnh chè Tủa Chùa", province_editor, root),
    }


def chooser_html(response):
    return response.json()["html"]


@pytest.fixture
def as_commune_editor(client, commune_editor):
    client.force_login(commune_editor)
    return client


def test_image_chooser_offers_own_uploads_and_shared_collections(as_commune_editor, images):
    body = chooser_html(as_commune_editor.get(reverse("wagtailimages_chooser:choose")))

    assert "Ảnh ruộng Thanh Yên" in body
    assert "Ảnh dùng chung logo OCOP" in body
    assert "Ảnh chè Tủa Chùa" not in body


def test_image_chooser_search_stays_within_what_they_may_choose(as_commune_editor, images):
    body = as_commune_editor.get(
        reverse("wagtailimages_chooser:choose_results"), {"q": "Ảnh"}
    ).content.decode()

    assert "Ảnh ruộng Thanh Yên" in body
    assert "Ảnh chè Tủa Chùa" not in body


def test_the_province_chooses_from_every_image(client, province_editor, images):
    client.force_login(province_editor)

    body = chooser_html(client.get(reverse("wagtailimages_chooser:choose")))

    assert "Ảnh chè Tủa Chùa" in body


def test_image_listing_shows_a_commune_editor_only_their_uploads(as_commune_editor, images):
    body = as_commune_editor.get(reverse("wagtailimages:index")).content.decode()

    assert "Ảnh ruộng Thanh Yên" in body
    assert "Ảnh chè Tủa Chùa" not in body


def test_a_commune_editor_cannot_edit_another_uploaders_image(as_commune_editor, images):
    other = images["other"]

    response = as_commune_editor.post(
        reverse("wagtailimages:edit", args=[other.pk]),
        {"title": "Đổi tên", "collection": other.collection_id},
    )

    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.title == "Ảnh chè Tủa Chùa"


def test_document_chooser_offers_own_uploads_and_shared_collections(
    as_commune_editor, commune_editor, province_editor, shared_collection
):
    root = Collection.get_first_root_node()
    GroupCollectionPermission.objects.get_or_create(
        group=Group.objects.get(name="Biên tập viên xã Thanh Yên"),
        collection=root,
        permission=Permission.objects.get(content_type__app_label="wagtaildocs", codename="choose_document"),
    )
    Document = get_document_model()
    for title, user, collection in [
        ("Hồ sơ Thanh Yên", commune_editor, root),
        ("Mẫu hồ sơ OCOP chung", province_editor, shared_collection),
        ("Hồ sơ Tủa Chùa", province_editor, root),
    ]:
        document = Document(title=title, uploaded_by_user=user, collection=collection)
        document.file.save("ho-so.pdf", ContentFile(b"%PDF-1.4"), save=True)

    body = chooser_html(as_commune_editor.get(reverse("wagtaildocs_chooser:choose")))

    assert "Hồ sơ Thanh Yên" in body
    assert "Mẫu hồ sơ OCOP chung" in body
    assert "Hồ sơ Tủa Chùa" not in body
