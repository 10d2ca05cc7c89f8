"""QR codes of verification URLs: every QR the site draws (downloads, stamp sheet, product sheet) comes from here.

segno is pure Python and writes SVG and PNG without extra dependencies. Every code keeps the
4-module quiet zone the QR standard requires (ISO/IEC 18004): scanners look for the white margin
to find the code, and printed stamps sit next to other print.

Error correction is level M (15 %): at Q a verification URL needs version 5 (37 modules), whose
0.64 mm modules on a 29 mm stamp zbar missed on about one printed stamp in twenty at 300 dpi;
M keeps it to version 4 (33 modules, 0.71 mm), which read every time.
"""

import io

import segno
from django.utils.html import format_html
from django.utils.safestring import mark_safe

ERROR_LEVEL = "m"
QUIET_ZONE = 4


def _symbol(url):
    return segno.make(url, error=ERROR_LEVEL, micro=False)


def qr_svg(url, scale=4):
    """A standalone SVG file (the admin's download)."""
    buffer = io.BytesIO()
    _symbol(url).save(
        buffer, kind="svg", scale=scale, border=QUIET_ZONE, xmldecl=False, svgns=True, light="#fff"
    )
    return buffer.getvalue()


def qr_png(url, scale=10):
    """A PNG file (the admin's download)."""
    buffer = io.BytesIO()
    _symbol(url).save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    return buffer.getvalue()


def qr_inline(url, size_mm, label=""):
    """Inline SVG drawn `size_mm` millimetres square, quiet zone included.

    The SVG has a viewBox and its size on the element itself, so the browser scales the whole
    symbol into that square: sizing an SVG without a viewBox by CSS crops it instead.
    """
    svg = _symbol(url).svg_inline(
        border=QUIET_ZONE, omitsize=True, light="#fff", svgclass="qr", lineclass=None
    )
    size = f"{float(size_mm):g}mm"
    attributes = format_html(
        '<svg width="{}" height="{}" role="img" aria-label="{}"', size, size, label or url
    )
    return mark_safe(svg.replace("<svg", attributes, 1))  # noqa: S308 — segno's SVG of a URL we built
