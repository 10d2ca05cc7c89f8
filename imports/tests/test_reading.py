import io

import pytest
from django.test import override_settings
from openpyxl import Workbook

from imports.reading import ImportFileError, read_table

from .conftest import GOOD_ROW, HEADER, SAMPLES, csv_bytes


def test_xlsx_sample_reads_like_the_csv_sample():
    csv_rows = read_table("a.csv", (SAMPLES / "ocop_sample.csv").read_bytes())
    xlsx_rows = read_table("a.xlsx", (SAMPLES / "ocop_sample.xlsx").read_bytes())

    assert [row["san_pham"] for row in xlsx_rows] == [row["san_pham"] for row in csv_rows]
    assert xlsx_rows[0]["ngay_quyet_dinh"] == "2024-03-15"
    assert xlsx_rows[0]["so_sao"] == "4"


def test_vietnamese_headers_with_diacritics_are_accepted():
    header = "Sản phẩm;Chủ thể;Loại hình;Huyện;Xã;Bộ sản phẩm;Số sao;Điểm;Số quyết định;Ngày quyết định"
    rows = read_table("a.csv", csv_bytes(GOOD_ROW.replace(",", ";"), header=header))

    assert rows[0]["huyen"] == "Điện Biên"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.csv", b"", "Tệp trống"),
        ("a.csv", HEADER.encode() + b"\n", "không có dòng dữ liệu"),
        ("a.csv", csv_bytes(GOOD_ROW, header=HEADER.replace("huyen", "tinh")), "thiếu cột huyen"),
        ("a.csv", csv_bytes(GOOD_ROW, header=HEADER.replace("huyen", "tinh")), "cột không nhận ra: tinh"),
        ("a.xlsx", b"PK\x03\x04 not really a workbook", "XLSX bị hỏng"),
        ("a.csv", "Sản phẩm".encode("utf-16"), "hỏng"),
        ("a.csv", "san_pham\nGà đồi".encode("latin-1", "replace").replace(b"?", b"\xe0"), "UTF-8"),
        ("a.pdf", b"%PDF-1.4", "Chỉ nhận tệp .csv hoặc .xlsx"),
    ],
)
def test_unreadable_files_get_a_clear_message(name, data, message):
    with pytest.raises(ImportFileError, match=message):
        read_table(name, data)


@override_settings(OCOP_IMPORT_MAX_BYTES=100)
def test_files_over_the_size_limit_are_refused():
    with pytest.raises(ImportFileError, match="Tệp quá lớn"):
        read_table("a.csv", csv_bytes(GOOD_ROW, GOOD_ROW))


def test_xlsx_written_by_excel_is_read():
    workbook = Workbook()
    workbook.active.append(HEADER.split(","))
    workbook.active.append(GOOD_ROW.split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)

    rows = read_table("list.XLSX", buffer.getvalue())

    assert rows[0]["chu_the"] == "HTX Thanh Yên"
