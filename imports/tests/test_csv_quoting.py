"""CSV files as spreadsheets and Python write them are read with their exact values (RFC 4180 quoting)."""

import csv
import io
import os
import shutil
import subprocess

import pytest
from django.core.management import call_command
from openpyxl import Workbook

from catalog.models import ProducerPage, ProductPage
from imports.reading import read_table

from .conftest import GOOD_ROW, HEADER

pytestmark = pytest.mark.django_db

PRODUCT = 'Rượu "Núi" Q2'
PRODUCER = 'HTX "Thanh Yên", Điện Biên'


def good_row(**changes):
    row = dict(zip(HEADER.split(","), GOOD_ROW.split(","), strict=True))
    row.update(changes)
    return row


def python_csv(rows, delimiter=","):
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, HEADER.split(","), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_doubled_quotes_and_embedded_delimiters_are_read_exactly(delimiter):
    rows = read_table("a.csv", python_csv([good_row(san_pham=PRODUCT, chu_the=PRODUCER)], delimiter))

    assert rows[0]["san_pham"] == 'Rượu "Núi" Q2'
    assert rows[0]["chu_the"] == PRODUCER
    assert rows[0]["so_sao"] == "4"


def test_embedded_newline_stays_inside_its_cell():
    rows = read_table(
        "a.csv", python_csv([good_row(xa="Thanh Yên\nThanh Xương"), good_row(san_pham=PRODUCT)])
    )

    assert [row["xa"] for row in rows] == ["Thanh Yên\nThanh Xương", "Thanh Yên"]
    assert rows[1]["san_pham"] == 'Rượu "Núi" Q2'
    assert [row["_line"] for row in rows] == [2, 3]


def test_command_imports_quoted_names_exactly(catalog_tree, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(python_csv([good_row(san_pham=PRODUCT, chu_the=PRODUCER)]))

    call_command("import_ocop", str(path), "--publish")

    assert ProductPage.objects.get().title == 'Rượu "Núi" Q2'
    assert ProducerPage.objects.get().title == PRODUCER


def soffice():
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        message = "LibreOffice (soffice) is not installed: make system-deps, or apt-get install libreoffice-calc-nogui"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_csv_saved_by_libreoffice_is_imported_exactly(catalog_tree, tmp_path):
    workbook = Workbook()
    workbook.active.append(HEADER.split(","))
    workbook.active.append(list(good_row(san_pham=PRODUCT, chu_the=PRODUCER, xa="Thanh Yên").values()))
    workbook.save(tmp_path / "list.xlsx")

    # Comma-separated, double-quoted, UTF-8 (76): what "Save as CSV" in Calc writes by default.
    subprocess.run(  # noqa: S603 - our own arguments, no shell
        [
            soffice(),
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "list.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    written = (tmp_path / "list.csv").read_text(encoding="utf-8")
    assert '"Rượu ""Núi"" Q2"' in written  # LibreOffice really doubled the quotes

    call_command("import_ocop", str(tmp_path / "list.csv"), "--publish")

    assert ProductPage.objects.get().title == 'Rượu "Núi" Q2'
    assert ProducerPage.objects.get().title == PRODUCER
