"""Wrong input on products and producers is refused with a message on the right field."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from catalog.factories import ProducerPageFactory, ProductPageFactory, commune, district, former_commune


def errors_of(page):
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    return excinfo.value.message_dict


def test_valid_product_passes_full_clean(product):
    product.full_clean()


def test_valid_until_defaults_to_36_months_after_certification(product):
    assert product.valid_until == datetime.date(2027, 6, 1)


def test_valid_until_before_certified_on_is_refused(product):
    product.valid_until = product.certified_on - datetime.timedelta(days=1)
    assert "valid_until" in errors_of(product)


@pytest.mark.parametrize("stars", [2, 6])
def test_stars_outside_three_to_five_are_refused(product, stars):
    product.stars = stars
    assert "stars" in errors_of(product)


def test_score_outside_its_star_band_is_refused_with_the_band(product):
    product.stars, product.score = 4, 65
    message = " ".join(errors_of(product)["score"])
    assert "70" in message and "89" in message


def test_former_commune_outside_the_former_district_is_refused(product):
    product.former_district = district("tuan-giao")
    product.former_commune = former_commune("dien-bien", "pa-thom")
    assert "former_commune" in errors_of(product)


def test_former_address_that_became_the_products_commune_is_accepted(product):
    product.former_commune = former_commune("dien-bien", "pa-thom")  # now xã Thanh Yên
    product.full_clean()
    assert product.former_district.slug == "dien-bien"


def test_former_address_that_became_another_commune_is_refused(product):
    product.former_commune = former_commune("tua-chua", "muong-bang")  # now xã Tủa Chùa
    assert "Xã Tủa Chùa" in " ".join(errors_of(product)["former_commune"])


def test_a_former_district_that_never_held_the_commune_is_refused(product):
    product.former_district = district("muong-nhe")
    assert "former_district" in errors_of(product)


def test_the_commune_of_a_product_is_its_folders(product):
    product.commune = commune("tua-chua", "tua-chua")
    product.save()
    product.refresh_from_db()
    assert product.commune.slug == "thanh-yen"
    assert product.district.slug == "dien-bien"


def test_product_without_category_is_refused(product):
    product.category = None
    assert "category" in errors_of(product)


def test_product_without_producer_is_refused(catalog_tree):
    product = ProductPageFactory.build(producer=None)
    assert "producer" in errors_of(product)


def test_producer_former_address_of_another_commune_is_refused(catalog_tree):
    producer = ProducerPageFactory.build(
        commune=commune("dien-bien", "thanh-yen"), former_commune=former_commune("muong-ang", "ang-nua")
    )
    assert "former_commune" in errors_of(producer)


def test_publishing_a_gallery_image_without_alt_text_is_refused(admin_client, product):
    from django.urls import reverse
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Ảnh", file=get_test_image_file())
    revisions_before = product.revisions.count()
    data = _form_data(product, gallery=[{"image": image.pk, "alt_text": "", "caption": ""}])
    # Wagtail defers "required" checks on drafts; publishing must enforce them.
    data["action-publish"] = "action-publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[product.pk]), data)
    assert response.status_code == 200
    assert response.context["form"].formsets["gallery_images"].errors[0]["alt_text"]
    assert product.revisions.count() == revisions_before


def test_admin_edit_with_score_outside_band_keeps_typed_values(admin_client, product):
    from django.urls import reverse

    data = _form_data(product)
    data.update({"stars": "5", "score": "75", "title": "Mật ong hoa ban đã sửa"})
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[product.pk]), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "score" in form.errors
    assert form["title"].value() == "Mật ong hoa ban đã sửa"


def _form_data(product, gallery=()):
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
            "story": streamfield([]),
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
