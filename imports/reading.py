"""Reading an uploaded CSV or XLSX into rows of plain strings, with clear errors.

Every cell becomes a string (dates as ISO "YYYY-MM-DD", whole numbers without
".0") so a dry run's rows can be kept in the session and applied later.
"""

import csv
import datetime
import io
import zipfile
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from catalog.text import fold

EXTENSIONS = (".csv", ".xlsx")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# Canonical column → accepted headers (compared folded, spaces as underscores).
COLUMNS = {
    "san_pham": ("san_pham", "ten_san_pham", "product", "product_name"),
    "chu_the": ("chu_the", "ten_chu_the", "producer", "producer_name"),
    "loai_hinh": ("loai_hinh", "loai_hinh_chu_the", "producer_type"),
    "huyen": ("huyen", "district"),
    "xa": ("xa", "commune"),
    "bo_san_pham": ("bo_san_pham", "category", "product_set"),
    "so_sao": ("so_sao", "hang_sao", "stars"),
    "diem": ("diem", "score"),
    "so_quyet_dinh": ("so_quyet_dinh", "decision_number"),
    "ngay_quyet_dinh": ("ngay_quyet_dinh", "decision_date"),
}
HEADER_ALIASES = {alias: column for column, aliases in COLUMNS.items() for alias in aliases}


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message says why."""


def max_bytes():
    return getattr(settings, "OCOP_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def header_key(text):
    return "_".join(fold(str(text or "")).replace("-", " ").split())


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(name, data):
    """Rows of the file `name` with bytes `data` as dicts keyed by canonical column.

    Each row dict also carries "_line", the spreadsheet line number (header = 1).
    """
    if len(data) > max_bytes():
        raise ImportFileError(
            _("Tệp quá lớn (%(size)s MiB); giới hạn là %(limit)s MiB.")
            % {"size": f"{len(data) / 1048576:.1f}", "limit": f"{max_bytes() / 1048576:g}"}
        )
    extension = Path(name or "").suffix.lower()
    if extension not in EXTENSIONS:
        raise ImportFileError(_("Chỉ nhận tệp .csv hoặc .xlsx."))
    if not data.strip():
        raise ImportFileError(_("Tệp trống."))
    table = _xlsx_rows(data) if extension == ".xlsx" else _csv_rows(data)
    table = [row for row in table if any(cell_text(cell) for cell in row)]
    if not table:
        raise ImportFileError(_("Tệp trống."))
    columns = _columns(table[0])
    rows = []
    for line, cells in enumerate(table[1:], start=2):
        row = {column: cell_text(cells[i]) if i < len(cells) else "" for i, column in columns.items()}
        row["_line"] = line
        rows.append(row)
    if not rows:
        raise ImportFileError(_("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào."))
    return rows


def _columns(header):
    columns, unknown = {}, []
    for index, title in enumerate(header):
        key = header_key(cell_text(title))
        if not key:
            continue
        column = HEADER_ALIASES.get(key)
        if column is None:
            unknown.append(cell_text(title))
        else:
            columns[index] = column
    missing = [column for column in COLUMNS if column not in columns.values()]
    if unknown or missing:
        parts = []
        if missing:
            parts.append(str(_("thiếu cột %(columns)s") % {"columns": ", ".join(missing)}))
        if unknown:
            parts.append(str(_("cột không nhận ra: %(columns)s") % {"columns": ", ".join(unknown)}))
        raise ImportFileError(
            _("Dòng tiêu đề không đúng mẫu (%(problems)s). Các cột cần có: %(expected)s.")
            % {"problems": "; ".join(parts), "expected": ", ".join(COLUMNS)}
        )
    return columns


def _csv_rows(data):
    if b"\x00" in data:
        raise ImportFileError(_("Tệp CSV bị hỏng hoặc không phải văn bản."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("Tệp CSV phải được lưu với mã hoá UTF-8.")) from error
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as error:
        raise ImportFileError(_("Tệp CSV bị hỏng: %(error)s") % {"error": error}) from error


def _xlsx_rows(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise ImportFileError(_("Tệp XLSX bị hỏng hoặc không phải tệp Excel (.xlsx).")) from error
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    except Exception as error:  # openpyxl raises many kinds on a damaged sheet
        raise ImportFileError(_("Tệp XLSX bị hỏng hoặc không phải tệp Excel (.xlsx).")) from error
    finally:
        workbook.close()
