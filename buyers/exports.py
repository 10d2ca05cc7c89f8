"""CSV and XLSX downloads of products with the buyer's facts and producer contacts.

Rows come from `buyers.facts.export_row`; no inquiry data is ever exported here.
Cells are written through `home.spreadsheets`, so none runs as a formula. Each row
carries the certificate and the product's verification URL (the one its QR stamp
prints), so a buyer's file can be checked against the stamp on the shelf.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from home.spreadsheets import as_text, csv_row
from verification.codes import code_for, verify_url
from verification.models import VerificationCode

from .facts import EXPORT_COLUMNS, LINK_COLUMNS, export_row

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)
CONTENT_TYPES = {
    CSV: "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def with_export_relations(queryset):
    return queryset.select_related("producer", "category", "district", "commune").prefetch_related(
        "standards"
    )


def verification_urls(products, request=None):
    """{product pk: its verification URL}, read in one query; a product without a code yet gets one."""
    keys = {product.translation_key for product in products}
    codes = dict(
        VerificationCode.objects.filter(translation_key__in=keys).values_list("translation_key", "code")
    )
    return {
        product.pk: verify_url(codes.get(product.translation_key) or code_for(product), request)
        for product in products
    }


def rows(products, request=None):
    headings = [str(label) for _key, label in EXPORT_COLUMNS]
    urls = verification_urls(products, request)
    body = []
    for product in products:
        row = export_row(product, request, verification_url=urls[product.pk])
        body.append([row[key] for key, _label in EXPORT_COLUMNS])
    return headings, body


LINK_INDEXES = [index for index, (key, _label) in enumerate(EXPORT_COLUMNS) if key in LINK_COLUMNS]


def csv_bytes(headings, body):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headings)
    writer.writerows(csv_row(row) for row in body)
    # The byte-order mark lets Excel open Vietnamese text as UTF-8.
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(headings, body, title):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in body:
        sheet.append(row)
        cells = sheet[sheet.max_row]
        for cell in cells:
            as_text(cell)
            if cell.is_date:
                cell.number_format = "DD/MM/YYYY"
        for index in LINK_INDEXES:
            # Only URLs this site built (product and verification pages), never typed text.
            if cells[index].value:
                cells[index].hyperlink = cells[index].value
                cells[index].style = "Hyperlink"
    sheet.freeze_panes = "A2"
    for index, heading in enumerate(headings, start=1):
        width = max([len(heading)] + [len(str(row[index - 1] or "")) for row in body[:200]])
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(max(width, 8), 50)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def download(products, fmt, basename, request=None, title="OCOP"):
    """An attachment response with one row per product, dated in its file name."""
    headings, body = rows(products, request)
    if fmt == XLSX:
        content = xlsx_bytes(headings, body, title)
    else:
        content = csv_bytes(headings, body)
    filename = f"{basename}-{timezone.localdate():%Y%m%d}.{fmt}"
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
