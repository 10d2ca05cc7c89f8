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


# A 404 under /admin/ is redirected by LocaleMiddleware to its /vi/ twin, which 404s too;
# tests follow it.


def modal_text(response):
    """A chooser step's answer as text, JSON unescaped (steps answer JSON, errors HTML)."""
    if response["Content-Type"].startswith("application/json"):
        return str(response.json())
    return response.content.decode()


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


@pytest.mark.parametrize("route", ["wagtailimages_chooser:chosen", "wagtailimages_chooser:select_format"])
def test_an_image_step_by_id_does_not_exist_for_another_uploaders_image(as_commune_editor, images, route):
    response = as_commune_editor.get(reverse(route, args=[images["other"].pk]), follow=True)

    assert response.status_code == 404
    assert "Ảnh chè Tủa Chùa" not in modal_text(response)


@pytest.mark.parametrize("route", ["wagtailimages_chooser:chosen", "wagtailimages_chooser:select_format"])
def test_an_image_step_by_id_answers_for_their_own_image(as_commune_editor, images, route):
    response = as_commune_editor.get(reverse(route, args=[images["own"].pk]))

    assert response.status_code == 200
    assert "Ảnh ruộng Thanh Yên" in modal_text(response)


def test_chosen_multiple_hands_back_only_images_they_may_choose(as_commune_editor, images):
    response = as_commune_editor.get(
        reverse("wagtailimages_chooser:chosen_multiple"),
        {"id": [images["own"].pk, images["other"].pk, images["shared"].pk]},
    )

    assert response.status_code == 200
    body = modal_text(response)
    assert "Ảnh ruộng Thanh Yên" in body
    assert "Ảnh dùng chung logo OCOP" in body
    assert "Ảnh chè Tủa Chùa" not in body


def test_the_province_gets_any_image_by_id(client, province_editor, images):
    client.force_login(province_editor)

    response = client.get(reverse("wagtailimages_chooser:chosen", args=[images["other"].pk]))

    assert response.status_code == 200


@pytest.fixture
def documents(commune_editor, province_editor):
    root = Collection.get_first_root_node()
    GroupCollectionPermission.objects.get_or_create(
        group=Group.objects.get(name="Biên tập viên xã Thanh Yên"),
        collection=root,
        permission=Permission.objects.get(content_type__app_label="wagtaildocs", codename="choose_document"),
    )

    def document(title, user):
        item = get_document_model()(title=title, uploaded_by_user=user, collection=root)
        item.file.save("ho-so.pdf", ContentFile(b"%PDF-1.4"), save=True)
        return item

    return {
        "own": document("Hồ sơ Thanh Yên", commune_editor),
        "other": document("Hồ sơ Tủa Chùa", province_editor),
    }


def test_a_document_chosen_by_id_does_not_exist_for_another_uploaders_document(as_commune_editor, documents):
    response = as_commune_editor.get(
        reverse("wagtaildocs_chooser:chosen", args=[documents["other"].pk]), follow=True
    )

    assert response.status_code == 404
    assert "Hồ sơ Tủa Chùa" not in modal_text(response)


def test_a_document_chosen_by_id_answers_for_their_own_document(as_commune_editor, documents):
    response = as_commune_editor.get(reverse("wagtaildocs_chooser:chosen", args=[documents["own"].pk]))

    assert response.status_code == 200
    assert "Hồ sơ Thanh Yên" in modal_text(response)


def product_form_data(product, gallery=(), story=()):
    """POST data for the product edit view, built from the page's current values."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    return nested_form_data(
        {
            "title": product.title,
            "slug": product.slug,
            "short_description": product.short_description,
            "category": product.category_id,
            "producer": product.producer_id,
            "district": product.district_id,
            "commune": "",
            "description": rich_text(""),
            "story": streamfield(list(story)),
            "gallery_images": inline_formset(list(gallery)),
            "stars": product.stars,
            "score": product.score,
            "certificate_number": product.certificate_number,
            "certifying_level": product.certifying_level,
            "certified_on": product.certified_on.isoformat(),
            "valid_until": "",
            "marketplace_links": inline_formset([]),
            "price_min": "",
            "price_max": "",
        }
    )


def story_image(image):
    return ("image", {"image": {"image": image.pk, "alt_text": "Ảnh", "decorative": False}, "caption": ""})


def edit_product(client, product, **data):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[product.pk]), product_form_data(product, **data)
    )


def test_a_gallery_image_they_may_not_choose_is_a_field_error(as_commune_editor, own_product, images):
    revisions_before = own_product.revisions.count()

    response = edit_product(
        as_commune_editor,
        own_product,
        gallery=[{"image": images["other"].pk, "alt_text": "Chè", "caption": ""}],
    )

    assert response.status_code == 200
    assert response.context["form"].formsets["gallery_images"].errors[0]["image"]
    assert own_product.revisions.count() == revisions_before


def test_a_story_image_they_may_not_choose_is_a_field_error(as_commune_editor, own_product, images):
    revisions_before = own_product.revisions.count()

    response = edit_product(as_commune_editor, own_product, story=[story_image(images["other"])])

    assert response.status_code == 200
    assert "story" in response.context["form"].errors
    assert own_product.revisions.count() == revisions_before


def test_their_own_and_shared_images_are_saved(as_commune_editor, own_product, images):
    revisions_before = own_product.revisions.count()

    response = edit_product(
        as_commune_editor,
        own_product,
        gallery=[{"image": images["own"].pk, "alt_text": "Ruộng", "caption": ""}],
        story=[story_image(images["shared"])],
    )

    assert response.status_code == 302
    assert own_product.revisions.count() == revisions_before + 1
