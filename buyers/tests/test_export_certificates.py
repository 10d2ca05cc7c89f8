"""Buyers' files carry the certificate and the links that check it, in every export."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from verification.codes import code_for

pytestmark = pytest.mark.django_db

EXPORTS = ["/vi/nguoi-mua/danh-sach", "/vi/nguoi-mua/danh-muc", "/vi/nha-cung-cap"]
CERTIFICATE_HEADINGS = [
    "Số quyết định / giấy chứng nhận",
    "Cấp công nhận",
    "Ngày công nhận",
    "Hiệu lực đến",
    "Tình trạng chứng nhận",
    "Đường dẫn",
    "Đường dẫn xác thực",
]


@pytest.fixture
def shortlisted(client, trade_product):
    client.post("/vi/nguoi-mua/danh-sach/them/", {"product": trade_product.pk})
    return trade_product


def csv_records(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def xlsx_records(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    headings = [cell.value for cell in sheet[1]]
    return [dict(zip(headings, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


@pytest.mark.parametrize("export", EXPORTS)
def test_csv_export_carries_the_certificate(client, shortlisted, export):
    record = csv_records(client.get(f"{export}.csv"))[0]

    assert record["Sản phẩm"] == "Chè Shan tuyết Tủa Chùa"
    assert record["Số quyết định / giấy chứng nhận"] == shortlisted.certificate_number
    assert record["Cấp công nhận"] == shortlisted.get_certifying_level_display()
    assert record["Ngày công nhận"] == shortlisted.certified_on.isoformat()
    assert record["Hiệu lực đến"] == shortlisted.valid_until.isoformat()
    assert record["Tình trạng chứng nhận"] == str(shortlisted.certification_status.label)
    assert record["Đường dẫn"] == shortlisted.get_full_url()
    assert record["Đường dẫn xác thực"] == f"http://testserver/xac-thuc/{code_for(shortlisted)}/"


@pytest.mark.parametrize("export", EXPORTS)
def test_xlsx_export_links_the_product_and_its_verification_page(client, shortlisted, export):
    record = xlsx_records(client.get(f"{export}.xlsx"))[0]

    verification = f"http://testserver/xac-thuc/{code_for(shortlisted)}/"
    assert record["Đường dẫn xác thực"].value == verification
    assert record["Đường dẫn xác thực"].hyperlink.target == verification
    assert record["Đường dẫn"].hyperlink.target == shortlisted.get_full_url()


@pytest.mark.parametrize("export", EXPORTS)
def test_xlsx_export_keeps_certificate_dates_as_dates(client, shortlisted, export):
    record = xlsx_records(client.get(f"{export}.xlsx"))[0]

    assert record["Ngày công nhận"].value.date() == shortlisted.certified_on
    assert record["Hiệu lực đến"].value.date() == shortlisted.valid_until
    assert record["Số quyết định / giấy chứng nhận"].value == shortlisted.certificate_number
    assert record["Tình trạng chứng nhận"].value == str(shortlisted.certification_status.label)


def test_an_expired_certificate_says_so(client, trade_product):
    trade_product.certified_on = datetime.date(2020, 1, 10)
    trade_product.valid_until = datetime.date(2023, 1, 10)
    trade_product.criteria_set = None  # the set in force on the earlier date
    trade_product.save_revision().publish()

    record = csv_records(client.get("/vi/nguoi-mua/danh-muc.csv", {"expired": "1"}))[0]

    assert record["Hiệu lực đến"] == "2023-01-10"
    assert record["Tình trạng chứng nhận"] == "Hết hiệu lực"


def test_supplier_export_applies_the_directory_filters(client, trade_product, product):
    records = csv_records(client.get("/vi/nha-cung-cap.csv", {"q": "che shan tuyet"}))

    assert [record["Chủ thể"] for record in records] == ["Hợp tác xã Chè Tủa Chùa"]
    assert [record["Sản phẩm"] for record in records] == ["Chè Shan tuyết Tủa Chùa"]


def test_supplier_export_lists_every_supplier_not_only_the_first_page(client, trade_product, product):
    records = csv_records(client.get("/vi/nha-cung-cap.csv", {"page": "2"}))

    assert len(records) == 2


def test_supplier_export_refuses_unknown_filter_values(client, trade_product):
    response = client.get("/vi/nha-cung-cap.xlsx", {"stars": "7"})

    assert response.status_code == 400
    assert "Hạng sao" in response.content.decode()


def test_supplier_directory_links_to_an_export_of_its_current_search(client, trade_product):
    body = client.get("/vi/nha-cung-cap/", {"stars": "4", "page": "1"}).content.decode()

    assert 'href="/vi/nha-cung-cap.xlsx?stars=4"' in body


def test_a_typed_formula_stays_text_in_the_certificate_columns(client, trade_product):
    trade_product.certificate_number = '=HYPERLINK("http://evil")'
    trade_product.save_revision().publish()

    csv_record = csv_records(client.get("/vi/nguoi-mua/danh-muc.csv"))[0]
    xlsx_record = xlsx_records(client.get("/vi/nguoi-mua/danh-muc.xlsx"))[0]

    assert csv_record["Số quyết định / giấy chứng nhận"].startswith("'=")
    assert xlsx_record["Số quyết định / giấy chứng nhận"].data_type == "s"
