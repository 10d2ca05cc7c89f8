"""No inquiry data ever reaches a public page or a public export."""

import pytest

from buyers.models import Inquiry

pytestmark = pytest.mark.django_db

SECRET_MESSAGE = "Bí mật: giá mục tiêu 95.000 đ"
SECRET_EMAIL = "mua-hang-bi-mat@chuoi.vn"


@pytest.fixture
def inquiry(client, trade_product):
    client.post(
        f"/vi/nguoi-mua/lien-he/{trade_product.pk}/",
        {
            "inquiry-name": "Người Mua Kín",
            "inquiry-email": SECRET_EMAIL,
            "inquiry-message": SECRET_MESSAGE,
            "inquiry-company": "Chuỗi Kín Đáo",
        },
    )
    return Inquiry.objects.get()


def public_urls(product):
    return [
        product.url,
        product.producer.url,
        product.get_index_page().url,
        "/vi/nha-cung-cap/",
        "/vi/nha-cung-cap/?q=kin",
        f"/vi/san-pham-in/{product.pk}/",
        f"/vi/nguoi-mua/lien-he/{product.pk}/da-gui/",
        "/vi/nguoi-mua/danh-sach/",
        "/vi/nguoi-mua/danh-muc.csv",
        "/vi/nguoi-mua/danh-muc.xlsx",
        "/vi/nguoi-mua/danh-sach.csv",
        "/vi/tim-kiem/?q=Kín",
    ]


def test_no_public_page_or_export_shows_inquiry_data(client, trade_product, inquiry):
    client.post("/vi/nguoi-mua/danh-sach/them/", {"product": trade_product.pk})
    for url in public_urls(trade_product):
        response = client.get(url)
        content = response.content.decode("utf-8", errors="ignore") if not response.streaming else ""
        assert response.status_code == 200, url
        for secret in (SECRET_MESSAGE, SECRET_EMAIL, "Người Mua Kín", "Chuỗi Kín Đáo"):
            assert secret not in content, (url, secret)


def test_xlsx_export_holds_no_inquiry_data(client, trade_product, inquiry):
    import io

    from openpyxl import load_workbook

    client.post("/vi/nguoi-mua/danh-sach/them/", {"product": trade_product.pk})
    workbook = load_workbook(io.BytesIO(client.get("/vi/nguoi-mua/danh-sach.xlsx").content))
    cells = {str(cell) for row in workbook.active.iter_rows(values_only=True) for cell in row}

    assert not {SECRET_MESSAGE, SECRET_EMAIL, "Người Mua Kín"} & cells


def test_inquiry_is_not_in_the_sitewide_search_index(client, inquiry):
    from wagtail.search.index import get_indexed_models

    assert Inquiry not in get_indexed_models()
