"""QR images of verification URLs (segno: pure Python, SVG and PNG without extra dependencies)."""

import io

import segno


def qr_svg(url, scale=4):
    buffer = io.BytesIO()
    segno.make(url, error="q").save(buffer, kind="svg", scale=scale, border=2, xmldecl=False, svgns=True)
    return buffer.getvalue()


def qr_png(url, scale=10):
    buffer = io.BytesIO()
    segno.make(url, error="q").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
