import csv
import io

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def two_products(trade_product, product):
    return trade_product, product  # 4★ tea with facts, 3★ plain product


def test_catalog_export_applies_the_catalog_filters(client, two_products):
    rows = read_csv(client.get("/vi/nguoi-mua/danh-muc.csv", {"stars": "4"}))

    assert [row[0] for row in rows[1:]] == ["Chè Shan tuyết Tủa Chùa"]


def test_catalog_export_matches_text_without_diacritics(client, two_products):
    rows = read_csv(client.get("/vi/nguoi-mua/danh-muc.csv", {"q": "che shan tuyet"}))

    assert [row[0] for row in rows[1:]] == ["Chè Shan tuyết Tủa Chùa"]


def test_catalog_export_without_filters_lists_every_live_product(client, two_products):
    rows = read_csv(client.get("/vi/nguoi-mua/danh-muc.csv"))

    assert len(rows) == 3


def test_catalog_export_xlsx_reads_back(client, two_products):
    response = client.get("/vi/nguoi-mua/danh-muc.xlsx", {"district": "dien-bien"})

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row == 3
    assert sheet["A1"].value == "Sản phẩm"


def test_catalog_export_reads_a_former_commune_as_its_successor(client, two_products):
    # Both products are filed under xã Thanh Yên, which took in xã Pa Thơm.
    response = client.get("/vi/nguoi-mua/danh-muc.csv", {"district": "dien-bien", "commune": "pa-thom"})

    assert response.status_code == 200
    assert len(read_csv(response)) == 3


def test_catalog_export_refuses_unknown_filter_values(client, two_products):
    response = client.get("/vi/nguoi-mua/danh-muc.csv", {"stars": "7"})

    assert response.status_code == 400
    assert "Hạng sao: Giá trị “7” không có trong bộ lọc này" in response.content.decode()


def test_catalog_page_links_to_an_export_of_its_current_search(client, two_products):
    index = two_products[0].get_index_page()

    body = client.get(index.url, {"stars": "4", "page": "2"}).content.decode()

    assert 'href="/vi/nguoi-mua/danh-muc.xlsx?stars=4"' in body
