"""Reading an uploaded CSV or XLSX into rows of plain strings, with clear errors.

Every cell becomes a string (dates as ISO "YYYY-MM-DD", whole numbers without
".0") so a dry run's rows can be kept in the session and applied later.
"""

import csv
import datetime
import io
import re
import zipfile
from pathlib import Path
from xml.parsers import expat

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from home.text import fold

EXTENSIONS = (".csv", ".xlsx")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_ROWS = 5000
DEFAULT_MAX_COLUMNS = 50
DEFAULT_MAX_UNZIPPED_BYTES = 30 * 1024 * 1024
# Spreadsheet XML compresses about 5–20 to 1; a zip bomb compresses hundreds or thousands to 1.
MAX_COMPRESSION_RATIO = 100
# Small members (styles, rels) may compress better than that without costing anything.
RATIO_CHECK_FROM_BYTES = 1024 * 1024
MAX_ZIP_MEMBERS = 500
# openpyxl holds every cell element of a row at once, valued or not: this bounds that row.
MAX_CELL_ELEMENTS_PER_ROW = 1000
SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

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


def max_rows():
    return getattr(settings, "OCOP_IMPORT_MAX_ROWS", DEFAULT_MAX_ROWS)


def max_columns():
    return getattr(settings, "OCOP_IMPORT_MAX_COLUMNS", DEFAULT_MAX_COLUMNS)


def max_unzipped_bytes():
    return getattr(settings, "OCOP_IMPORT_MAX_UNZIPPED_BYTES", DEFAULT_MAX_UNZIPPED_BYTES)


def too_large_error(size):
    return ImportFileError(
        _("Tệp quá lớn (%(size)s MiB); giới hạn là %(limit)s MiB.")
        % {"size": f"{size / 1048576:.1f}", "limit": f"{max_bytes() / 1048576:g}"}
    )


def too_many_rows_error():
    return ImportFileError(
        _("Tệp có quá nhiều dòng: mỗi lần nhập tối đa %(limit)s dòng dữ liệu; hãy chia tệp ra.")
        % {"limit": max_rows()}
    )


def too_many_columns_error():
    return ImportFileError(
        _("Tệp có quá nhiều cột: tối đa %(limit)s cột; hãy xoá các cột thừa.") % {"limit": max_columns()}
    )


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
        raise too_large_error(len(data))
    extension = Path(name or "").suffix.lower()
    if extension not in EXTENSIONS:
        raise ImportFileError(_("Chỉ nhận tệp .csv hoặc .xlsx."))
    if not data.strip():
        raise ImportFileError(_("Tệp trống."))
    table = _bounded(_xlsx_rows(data) if extension == ".xlsx" else _csv_rows(data))
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


def _bounded(table):
    """The non-empty rows of `table`, refusing more rows or columns than an import takes.

    Rows are counted by line, so a sheet padded with blank lines is refused too:
    nothing past the limit is ever read.
    """
    rows = []
    for line, row in enumerate(table, start=1):
        values = [cell_text(cell) for cell in row]
        if not any(values):
            if line > max_rows() + 1:
                break
            continue
        if line > max_rows() + 1:
            raise too_many_rows_error()
        if any(values[max_columns() :]):
            raise too_many_columns_error()
        rows.append(row[: max_columns()])
    return rows


def _csv_rows(data):
    if b"\x00" in data:
        raise ImportFileError(_("Tệp CSV bị hỏng hoặc không phải văn bản."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("Tệp CSV phải được lưu với mã hoá UTF-8.")) from error
    # Only the delimiter is guessed, from the header line: the Sniffer also guesses quoting,
    # and from a header without quotes it turns doubled quotes ("Rượu ""Núi""") off.
    try:
        delimiter = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True, strict=True
    )
    try:
        yield from reader
    except csv.Error as error:
        raise ImportFileError(_("Tệp CSV bị hỏng: %(error)s") % {"error": error}) from error


def _xlsx_rows(data):
    from openpyxl import load_workbook

    damaged = ImportFileError(_("Tệp XLSX bị hỏng hoặc không phải tệp Excel (.xlsx)."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _check_unzipped_size(archive)
        _check_sheet_extent(archive)
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, expat.ExpatError) as error:
        raise damaged from error
    try:
        sheet = workbook.worksheets[0]
        # The declared <dimension> is whatever the file says (A1:XFD1048576 makes openpyxl pad
        # every row to 16 384 cells): ignore it and read one row and one column past the limits.
        sheet.reset_dimensions()
        yield from sheet.iter_rows(max_row=max_rows() + 2, max_col=max_columns() + 1, values_only=True)
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged sheet
        raise damaged from error
    finally:
        workbook.close()


def _check_unzipped_size(archive):
    """Refuse a zip bomb from the sizes its members declare (zipfile stops at the declared size)."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportFileError(_("Tệp XLSX bị hỏng hoặc không phải tệp Excel (.xlsx)."))
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > max_unzipped_bytes() or (
            member.file_size > RATIO_CHECK_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO
        ):
            raise ImportFileError(
                _(
                    "Tệp XLSX giải nén ra quá lớn (quá %(limit)s MiB hoặc nén bất thường): "
                    "không đọc tệp này. Hãy lưu lại bảng tính chỉ với dữ liệu cần nhập."
                )
                % {"limit": f"{max_unzipped_bytes() / 1048576:g}"}
            )


CELL_REFERENCE = re.compile(r"([A-Z]{1,3})(\d+)$")


def _check_sheet_extent(archive):
    """Stream every sheet's XML once, refusing values past the row or column limit.

    openpyxl builds all the cell elements of a row before it can be told to stop, so a row of a
    million cells must be refused here, by a parser that keeps nothing.
    """
    for member in archive.infolist():
        if member.filename.endswith(".xml"):
            with archive.open(member) as source:
                _SheetExtent().scan(source)


class _SheetExtent:
    def __init__(self):
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        # Spreadsheets have no DTD; refusing one refuses entity expansion bombs too.
        self.parser.StartDoctypeDeclHandler = self.doctype
        self.row = 0
        self.column = 0
        self.cells_in_row = 0
        self.in_cell = False
        self.cell_has_value = False

    def scan(self, source):
        while chunk := source.read(64 * 1024):
            self.parser.Parse(chunk, False)
        self.parser.Parse(b"", True)

    def doctype(self, *args):
        raise ImportFileError(_("Tệp XLSX bị hỏng hoặc không phải tệp Excel (.xlsx)."))

    def start(self, name, attributes):
        namespace, _space, tag = name.rpartition(" ")
        if namespace != SPREADSHEET_NS:
            return
        if tag == "row":
            reference = attributes.get("r", "")
            self.row = int(reference) if reference.isdigit() else self.row + 1
            self.column = 0
            self.cells_in_row = 0
        elif tag == "c":
            match = CELL_REFERENCE.match(attributes.get("r", ""))
            self.column = _column_number(match.group(1)) if match else self.column + 1
            self.cells_in_row += 1
            if self.cells_in_row > MAX_CELL_ELEMENTS_PER_ROW:
                raise too_many_columns_error()
            self.in_cell = True
            self.cell_has_value = False
        elif self.in_cell and tag in ("v", "is", "f"):
            self.cell_has_value = True

    def end(self, name):
        if self.in_cell and name == f"{SPREADSHEET_NS} c":
            self.in_cell = False
            if self.cell_has_value:
                if self.row > max_rows() + 1:
                    raise too_many_rows_error()
                if self.column > max_columns():
                    raise too_many_columns_error()


def _column_number(letters):
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number
