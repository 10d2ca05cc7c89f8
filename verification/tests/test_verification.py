import datetime
import io

import pytest
from django.urls import reverse
from PIL import Image

from catalog import certification
from catalog.factories import ProductPageFactory
from verification.codes import ALPHABET, LENGTH, code_for, product_for
from verification.models import VerificationCode

pytestmark = pytest.mark.django_db


def published_product(catalog_tree, producer, valid_until):
    page = ProductPageFactory(parent=catalog_tree[0], producer=producer, title="Mật ong hoa ban")
    page.valid_until = valid_until
    page.save_revision().publish()
    return page


def days_from_today(days):
    return certification.today() + datetime.timedelta(days=days)


def test_publishing_a_product_gives_it_a_short_unambiguous_code(catalog_tree, producer):
    page = published_product(catalog_tree, producer, days_from_today(400))

    code = VerificationCode.objects.get(translation_key=page.translation_key).code
    assert len(code) == LENGTH
    assert set(code) <= set(ALPHABET)
    assert code_for(page) == code


def test_translations_share_the_code(catalog_tree, producer):
    from wagtail.models import Locale

    page = published_product(catalog_tree, producer, days_from_today(400))
    english = page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)

    assert code_for(english) == code_for(page)


def test_lookup_forgives_case_hyphens_and_confusable_letters(catalog_tree, producer):
    page = published_product(catalog_tree, producer, days_from_today(400))
    VerificationCode.objects.filter(translation_key=page.translation_key).update(code="AB01CD10")

    assert product_for("ab0i-cdlo").pk == page.pk


@pytest.mark.parametrize(
    ("days", "status_text"),
    [(400, "Chứng nhận OCOP còn hiệu lực"), (30, "sắp hết hạn"), (-1, "Chứng nhận OCOP đã hết hiệu lực")],
)
def test_verification_page_shows_the_certificate_and_its_status(
    client, catalog_tree, producer, days, status_text
):
    page = published_product(catalog_tree, producer, days_from_today(days))
    code = code_for(page)

    response = client.get(f"/vi/xac-thuc/{code}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert status_text in html
    assert "Mật ong hoa ban" in html
    assert producer.title in html
    assert page.certificate_number in html
    assert page.valid_until.strftime("%d/%m/%Y") in html


def test_unknown_code_is_a_404_that_says_so(client, db):
    response = client.get("/vi/xac-thuc/ZZZZZZZZ/")

    assert response.status_code == 404
    assert "Không tìm thấy sản phẩm OCOP nào có mã" in response.content.decode()


def test_unpublished_product_is_not_verified(client, catalog_tree, producer):
    page = published_product(catalog_tree, producer, days_from_today(400))
    code = code_for(page)
    page.unpublish()

    assert client.get(f"/vi/xac-thuc/{code}/").status_code == 404


def test_language_neutral_address_redirects_to_the_visitors_language(client, db):
    response = client.get("/xac-thuc/ABCDEFGH/", headers={"accept-language": "en"})

    assert response.status_code == 302
    assert response["Location"] == "/en/xac-thuc/ABCDEFGH/"


@pytest.fixture
def admin_product(admin_client, catalog_tree, producer):
    return published_product(catalog_tree, producer, days_from_today(400))


def test_admin_qr_svg(admin_client, admin_product):
    response = admin_client.get(reverse("ocop_qr_svg", args=[admin_product.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content


def test_admin_qr_png_decodes(admin_client, admin_product):
    response = admin_client.get(reverse("ocop_qr_png", args=[admin_product.pk]))

    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    image.load()
    assert image.format == "PNG" and image.width > 100


def test_qr_holds_the_language_neutral_verification_url(admin_client, admin_product):
    svg = admin_client.get(reverse("ocop_stamp_sheet", args=[admin_product.pk])).content.decode()

    assert f"http://testserver/xac-thuc/{code_for(admin_product)}/" in svg


def test_stamp_sheet_is_a_printable_a4_page(admin_client, admin_product):
    response = admin_client.get(reverse("ocop_stamp_sheet", args=[admin_product.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "size: A4" in html
    assert html.count('class="stamp"') == 24


def test_product_admin_page_offers_the_qr_buttons(admin_client, admin_product):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[admin_product.pk])).content.decode()

    assert reverse("ocop_qr_png", args=[admin_product.pk]) in html
    assert reverse("ocop_stamp_sheet", args=[admin_product.pk]) in html


def test_qr_for_a_non_product_page_is_404(admin_client, catalog_tree):
    assert admin_client.get(reverse("ocop_qr_svg", args=[catalog_tree[0].pk])).status_code == 404


def test_typed_code_redirects_to_its_verification_page(client, db):
    response = client.get("/vi/xac-thuc/", {"ma": " ab0i-cdlo "})

    assert response.status_code == 302
    assert response["Location"] == "/vi/xac-thuc/AB01CD10/"


def test_malformed_typed_code_is_a_400_that_keeps_the_input(client, db):
    response = client.get("/vi/xac-thuc/", {"ma": "abc"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "Mã xác thực gồm 8 chữ và số" in html
    assert 'value="abc"' in html


def test_verification_page_names_the_criteria_the_certificate_was_rated_under(client, catalog_tree, producer):
    page = published_product(catalog_tree, producer, days_from_today(400))

    html = client.get(f"/vi/xac-thuc/{code_for(page)}/").content.decode()

    assert "Tiêu chí" in html
    assert "Quyết định 148/QĐ-TTg (24/02/2023)" in html
