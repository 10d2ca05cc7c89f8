"""Hostile spreadsheets are refused before they cost memory: through the admin view and the command."""

import io
import re
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from openpyxl import Workbook

from catalog.models import ProductPage

from .conftest import GOOD_ROW, HEADER

pytestmark = pytest.mark.django_db
URL = reverse("ocop_import")
SHEET = "xl/worksheets/sheet1.xml"
# Far below the 618 MiB the declared dimension used to cost, and above what a 2-row file needs.
PEAK_LIMIT = 40 * 1024 * 1024


def xlsx_with_sheet_edit(edit):
    """A real XLSX of the header and one good row, with its sheet XML passed through `edit`."""
    workbook = Workbook()
    workbook.active.append(HEADER.split(","))
    workbook.active.append(GOOD_ROW.split(","))
    source = io.BytesIO()
    workbook.save(source)
    output = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as edited:
        for member in original.infolist():
            data = original.read(member.filename)
            edited.writestr(member.filename, edit(data) if member.filename == SHEET else data)
    return output.getvalue()


def whole_sheet_dimension(xml):
    return re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:XFD1048576"/>', xml)


def with_cell(reference, xml):
    row = re.match(r"[A-Z]+(\d+)", reference).group(1)
    cell = f'<row r="{row}"><c r="{reference}" t="n"><v>1</v></c></row>'.encode()
    return xml.replace(b"</sheetData>", cell + b"</sheetData>")


def zip_bomb():
    """A valid-looking XLSX whose sheet unzips to 200 MiB of blank cells."""
    padding = b"<c/>" * (50 * 1024 * 1024)
    return xlsx_with_sheet_edit(lambda xml: xml.replace(b'<row r="2">', b'<row r="2">' + padding))


@pytest.fixture
def editor_client(client, province_editor):
    client.force_login(province_editor)
    return client


def upload(client, data, name="list.xlsx"):
    tracemalloc.start()
    try:
        response = client.post(URL, {"file": SimpleUploadedFile(name, data), "publish": "0"})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return response, peak


def test_declared_whole_sheet_dimension_is_ignored(editor_client, catalog_tree):
    data = xlsx_with_sheet_edit(whole_sheet_dimension)
    assert len(data) < 10_000

    response, peak = upload(editor_client, data)

    assert response.status_code == 200
    assert response.content.decode().count("ocop-import-row--create") == 1
    assert peak < PEAK_LIMIT


def test_blank_rows_under_a_wide_dimension_cost_nothing(editor_client, catalog_tree):
    # openpyxl pads every row, blank ones included, to the declared width: 2 000 x 16 384 cells.
    def edit(xml):
        xml = re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:XFD2000"/>', xml)
        return xml.replace(b"</sheetData>", b'<row r="2000"/></sheetData>')

    response, peak = upload(editor_client, xlsx_with_sheet_edit(edit))

    assert response.status_code == 200
    assert response.content.decode().count("ocop-import-row--create") == 1
    assert peak < PEAK_LIMIT


def test_value_in_the_last_row_of_the_sheet_is_refused(editor_client, catalog_tree):
    data = xlsx_with_sheet_edit(lambda xml: with_cell("XFD1048576", whole_sheet_dimension(xml)))

    response, peak = upload(editor_client, data)

    assert response.status_code == 400
    assert "quá nhiều dòng" in response.content.decode()
    assert peak < PEAK_LIMIT


@override_settings(OCOP_IMPORT_MAX_ROWS=3)
def test_rows_past_the_configured_limit_are_refused(editor_client, catalog_tree):
    data = xlsx_with_sheet_edit(lambda xml: with_cell("A5", xml))

    response, _peak = upload(editor_client, data)

    assert response.status_code == 400
    assert "tối đa 3 dòng dữ liệu" in response.content.decode()


def test_value_past_the_column_limit_is_refused(editor_client, catalog_tree):
    data = xlsx_with_sheet_edit(lambda xml: xml.replace(b"</row>", b'<c r="AY1" t="n"><v>1</v></c></row>', 1))

    response, _peak = upload(editor_client, data)

    assert response.status_code == 400
    assert "quá nhiều cột: tối đa 50 cột" in response.content.decode()


def test_row_of_a_million_cells_is_refused_before_openpyxl_builds_it(editor_client, catalog_tree):
    # Just under the ratio check's threshold per member would still be refused by the sheet scan;
    # this one is refused by whichever comes first, never by running out of memory.
    cells = b"".join(b'<c t="n"><v>%d</v></c>' % (n % 10) for n in range(1_000_000))
    data = xlsx_with_sheet_edit(lambda xml: xml.replace(b'<row r="2">', b'<row r="2">' + cells))

    response, peak = upload(editor_client, data)

    assert response.status_code == 400
    assert peak < PEAK_LIMIT


@override_settings(OCOP_IMPORT_MAX_UNZIPPED_BYTES=100 * 1024 * 1024)
def test_wide_row_under_the_unzipped_limit_is_refused_by_the_sheet_scan(editor_client, catalog_tree):
    cells = b"".join(b'<c t="n"><v>%d</v></c>' % (n % 10) for n in range(40_000))
    data = xlsx_with_sheet_edit(lambda xml: xml.replace(b'<row r="2">', b'<row r="2">' + cells))

    response, peak = upload(editor_client, data)

    assert response.status_code == 400
    assert "quá nhiều cột" in response.content.decode()
    assert peak < PEAK_LIMIT


def test_zip_bomb_is_refused_from_its_declared_sizes(editor_client, catalog_tree):
    data = zip_bomb()
    assert len(data) < 1024 * 1024

    response, peak = upload(editor_client, data)

    assert response.status_code == 400
    assert "giải nén ra quá lớn" in response.content.decode()
    assert peak < PEAK_LIMIT
    assert not ProductPage.objects.exists()


def test_command_refuses_a_zip_bomb(catalog_tree, tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(zip_bomb())

    with pytest.raises(CommandError, match="giải nén ra quá lớn"):
        call_command("import_ocop", str(path), "--dry-run")


def test_command_refuses_a_whole_sheet_with_a_far_cell(catalog_tree, tmp_path):
    path = tmp_path / "far.xlsx"
    path.write_bytes(xlsx_with_sheet_edit(lambda xml: with_cell("XFD1048576", whole_sheet_dimension(xml))))

    with pytest.raises(CommandError, match="quá nhiều dòng"):
        call_command("import_ocop", str(path), "--dry-run")


@override_settings(OCOP_IMPORT_MAX_BYTES=1000)
def test_command_refuses_an_oversized_file_before_reading_it(catalog_tree, tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 2000)

    with pytest.raises(CommandError, match="Tệp quá lớn"):
        call_command("import_ocop", str(path), "--dry-run")


@override_settings(OCOP_IMPORT_MAX_ROWS=2)
def test_csv_rows_past_the_limit_are_refused(editor_client, catalog_tree):
    data = "\n".join([HEADER, GOOD_ROW, GOOD_ROW, GOOD_ROW]).encode()

    response, _peak = upload(editor_client, data, name="list.csv")

    assert response.status_code == 400
    assert "tối đa 2 dòng dữ liệu" in response.content.decode()
