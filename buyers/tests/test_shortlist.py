import csv
import io

import pytest
from django.test import Client, override_settings
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db

ADD = "/vi/nguoi-mua/danh-sach/them/"
REMOVE = "/vi/nguoi-mua/danh-sach/bo/"
LIST = "/vi/nguoi-mua/danh-sach/"


def read_xlsx(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_buyer_adds_a_product_without_an_account(client, trade_product):
    client.post(ADD, {"product": trade_product.pk})

    assert "Chè Shan tuyết Tủa Chùa" in client.get(LIST).content.decode()


def test_adding_returns_to_the_page_the_buyer_was_on(client, trade_product):
    response = client.post(ADD, {"product": trade_product.pk, "next": "/vi/san-pham/?stars=4"})

    assert response["Location"] == "/vi/san-pham/?stars=4"


def test_adding_never_redirects_to_another_site(client, trade_product):
    response = client.post(ADD, {"product": trade_product.pk, "next": "https://evil.example/"})

    assert response["Location"] == LIST


@pytest.mark.parametrize("url", [ADD, REMOVE])
@pytest.mark.parametrize("target", ["san-pham", "vi/san-pham/?stars=4", "javascript:alert(1)"])
def test_next_that_is_not_a_path_on_this_site_falls_back_to_the_list(client, trade_product, url, target):
    response = client.post(url, {"product": trade_product.pk, "next": target})

    assert response.status_code == 302
    assert response["Location"] == LIST


def test_buyer_removes_a_product(client, trade_product):
    client.post(ADD, {"product": trade_product.pk})

    client.post(REMOVE, {"product": trade_product.pk})

    assert "Danh sách đang trống" in client.get(LIST).content.decode()


def test_product_page_button_shows_the_product_is_listed(client, trade_product):
    client.post(ADD, {"product": trade_product.pk})

    body = client.get(trade_product.url).content.decode()

    assert f'action="{REMOVE}"' in body
    assert 'aria-pressed="true"' in body


def test_catalog_card_carries_the_shortlist_button(client, trade_product):
    index = trade_product.get_index_page()

    body = client.get(index.url).content.decode()

    assert f'action="{ADD}"' in body
    assert f'name="product" value="{trade_product.pk}"' in body


def test_card_button_brings_the_buyer_back_to_the_same_card(client, trade_product):
    index = trade_product.get_index_page()

    body = client.get(index.url, {"stars": "4"}).content.decode()

    assert f'id="shortlist-{trade_product.pk}"' in body
    assert f'name="next" value="{index.url}?stars=4#shortlist-{trade_product.pk}"' in body


def test_unknown_product_is_404(client, catalog_tree):
    assert client.post(ADD, {"product": 999999}).status_code == 404


def test_malformed_product_id_is_400(client, catalog_tree):
    assert client.post(ADD, {"product": "abc"}).status_code == 400


def test_shortlist_changes_need_post_and_csrf(trade_product):
    client = Client(enforce_csrf_checks=True)

    assert client.get(ADD, {"product": trade_product.pk}).status_code == 405
    assert client.post(ADD, {"product": trade_product.pk}).status_code == 403


@override_settings(BUYERS_SHORTLIST_MAX=1)
def test_full_shortlist_refuses_more_with_a_message(client, trade_product, product):
    client.post(ADD, {"product": trade_product.pk})

    response = client.post(ADD, {"product": product.pk})

    assert response.status_code == 400
    assert "tối đa 1 sản phẩm" in response.content.decode()


def test_unpublished_product_drops_out_of_the_list(client, trade_product):
    client.post(ADD, {"product": trade_product.pk})
    trade_product.unpublish()

    assert "Chè Shan tuyết" not in client.get(LIST).content.decode()


def test_xlsx_export_holds_buyer_facts_and_producer_contacts(client, trade_product):
    client.post(ADD, {"product": trade_product.pk})

    response = client.get("/vi/nguoi-mua/danh-sach.xlsx")

    rows = read_xlsx(response)
    header, row = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert header[0] == "Sản phẩm"
    assert row["Sản phẩm"] == "Chè Shan tuyết Tủa Chùa"
    assert row["Hạng sao"] == 4
    assert row["Chủ thể"] == "Hợp tác xã Chè Tủa Chùa"
    assert row["Điện thoại"] == "0215 3845 123"
    assert row["Email"] == "htx-che@example.vn"
    assert row["Quy cách đóng gói"] == "Hộp giấy 100 g, thùng 40 hộp"
    assert row["Năng lực sản xuất"] == "12 tấn/năm"
    assert row["Đơn hàng tối thiểu"] == "10 thùng"
    assert row["Tiêu chuẩn"] == "VietGAP"
    assert row["Liên hệ bán buôn"] == "0215 3845 123 · htx-che@example.vn"
    assert row["Giá bán lẻ"] == "150.000–220.000 đ / hộp 100 g"
    assert row["Đường dẫn"].endswith(trade_product.url)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_csv_export_matches_the_xlsx_columns(client, trade_product):
    client.post(ADD, {"product": trade_product.pk})

    csv_rows = read_csv(client.get("/vi/nguoi-mua/danh-sach.csv"))
    xlsx_rows = read_xlsx(client.get("/vi/nguoi-mua/danh-sach.xlsx"))

    assert csv_rows[0] == xlsx_rows[0]
    assert csv_rows[1][0] == "Chè Shan tuyết Tủa Chùa"
    assert len(csv_rows) == 2


def test_empty_shortlist_exports_only_the_header(client, catalog_tree):
    rows = read_xlsx(client.get("/vi/nguoi-mua/danh-sach.xlsx"))

    assert len(rows) == 1
