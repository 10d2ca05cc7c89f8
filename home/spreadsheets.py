"""Spreadsheet cells that never run as formulas (CSV injection).

Anything a visitor or an editor typed can reach a CSV or XLSX download. A spreadsheet
program runs a CSV cell that starts with = + - @, a tab or a carriage return as a formula
(`=HYPERLINK(…)` leaks data, `=cmd|…` runs commands), so such cells get the single-quote
prefix OWASP recommends. XLSX cells are typed as text instead, which shows what was typed
and is never evaluated. Every export in the project goes through this module.
"""

import re

# Every such cell, a phone number like "+84 215 3800 000" included: the quote costs a buyer
# nothing, and a rule with exceptions is one a later edit can widen by mistake.
_FORMULA_START = re.compile(r"^[=+\-@\t\r]")


def csv_cell(value):
    """The value for a CSV cell: strings that a spreadsheet would evaluate get a leading `'`."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def csv_row(values):
    return [csv_cell(value) for value in values]


def as_text(cell):
    """Type an openpyxl cell holding a string as text, so "=…" is never stored as a formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def protect_wagtail_exports():
    """Every admin export Wagtail writes (reports, listings, form submissions) follows the rule.

    Wagtail's own reports export page titles and user names, which editors type; they are
    views we do not declare, so the shared mixin is extended in place, once, at start-up.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_formulas_neutralised", False):
        return
    preprocess_field_value = SpreadsheetExportMixin.preprocess_field_value
    generate_xlsx_row = SpreadsheetExportMixin.generate_xlsx_row

    def safe_preprocess_field_value(self, field, value, export_format):
        value = preprocess_field_value(self, field, value, export_format)
        return csv_cell(value) if export_format == self.FORMAT_CSV else value

    def safe_generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in generate_xlsx_row(self, worksheet, row_dict, date_format=date_format):
            yield as_text(cell)

    SpreadsheetExportMixin.preprocess_field_value = safe_preprocess_field_value
    SpreadsheetExportMixin.generate_xlsx_row = safe_generate_xlsx_row
    SpreadsheetExportMixin._formulas_neutralised = True
