"""The buyer's facts block and the printable product sheet."""

import pytest

pytestmark = pytest.mark.django_db


def test_product_page_shows_the_buyer_facts(client, trade_product):
    body = client.get(trade_product.url).content.decode()

    for fact in (
        "Hộp giấy 100 g, thùng 40 hộp",
        "24 tháng",
        "12 tấn/năm",
        "10 thùng",
        "VietGAP",
        "hộp 100 g",
    ):
        assert fact in body
    assert "Thông tin cho người mua sỉ" in body


def test_wholesale_contact_falls_back_to_the_producer(client, trade_product):
    body = client.get(trade_product.url).content.decode()

    assert "0215 3845 123 · htx-che@example.vn" in body


def test_product_without_facts_invites_an_inquiry(client, product):
    body = client.get(product.url).content.decode()

    assert "Chủ thể chưa cập nhật quy cách" in body


def test_product_page_links_to_its_printable_sheet(client, trade_product):
    body = client.get(trade_product.url).content.decode()

    assert f'href="/vi/san-pham-in/{trade_product.pk}/"' in body


def test_product_sheet_has_certificate_facts_contact_and_qr(client, trade_product):
    response = client.get(f"/vi/san-pham-in/{trade_product.pk}/")

    body = response.content.decode()
    assert response.status_code == 200
    assert trade_product.certificate_number in body
    assert "OCOP 4★" in body
    assert "12 tấn/năm" in body
    assert "Bản Sín Chải, xã Sín Chải" in body
    assert "<svg" in body
    assert trade_product.full_url in body


def test_product_sheet_prints_the_stamps_verification_url(client, trade_product, settings):
    from verification.codes import code_for

    settings.OCOP_VERIFY_BASE_URL = "https://ocop.dienbien.example"
    body = client.get(f"/vi/san-pham-in/{trade_product.pk}/").content.decode()

    assert f"https://ocop.dienbien.example/xac-thuc/{code_for(trade_product)}/" in body
    assert ":8000" not in body


def test_product_sheet_uses_an_a4_print_stylesheet(client, trade_product):
    from django.contrib.staticfiles import finders

    body = client.get(f"/vi/san-pham-in/{trade_product.pk}/").content.decode()
    stylesheet = open(finders.find("css/product-sheet.css"), encoding="utf-8").read()

    assert "css/product-sheet.css" in body
    assert "@page { size: A4" in stylesheet


def test_product_sheet_of_an_unpublished_product_is_404(client, trade_product):
    trade_product.unpublish()

    assert client.get(f"/vi/san-pham-in/{trade_product.pk}/").status_code == 404


def test_product_sheet_of_a_page_that_is_not_a_product_is_404(client, producer_with_email):
    assert client.get(f"/vi/san-pham-in/{producer_with_email.pk}/").status_code == 404


@pytest.mark.parametrize("page_id", ["99999999999999999999", "2147483648"])
def test_product_sheet_of_an_id_beyond_the_database_integer_is_404(client, catalog_tree, page_id):
    assert client.get(f"/vi/san-pham-in/{page_id}/").status_code == 404
