"""Printed QR codes scan: Chromium prints the sheets to PDF, poppler rasterises them at 300 dpi and
zbar decodes every code, as a phone would read the paper."""

import subprocess

import pytest
from django.urls import reverse

from catalog.factories import ProductPageFactory
from verification.codes import code_for

PUBLIC_ADDRESS = "https://ocop.dienbien.example"


@pytest.fixture
def public_address(settings):
    settings.OCOP_VERIFY_BASE_URL = PUBLIC_ADDRESS
    return PUBLIC_ADDRESS


@pytest.fixture
def read_printed_codes(system_program, tmp_path):
    """Print the browser's current page to A4 PDF and return every QR code's text, page by page."""
    pdftoppm = system_program("pdftoppm", "poppler-utils")
    zbarimg = system_program("zbarimg", "zbar-tools")

    def read(browser_page):
        pdf = tmp_path / "printed.pdf"
        pdf.write_bytes(browser_page.pdf(prefer_css_page_size=True, print_background=True))
        subprocess.run([pdftoppm, "-r", "300", "-png", str(pdf), str(tmp_path / "page")], check=True)  # noqa: S603
        pages = []
        for image in sorted(tmp_path.glob("page*.png")):
            # zbarimg exits 4 when an image holds no code: that page then reads as [].
            result = subprocess.run(  # noqa: S603
                [zbarimg, "--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", str(image)],
                capture_output=True,
                text=True,
            )
            assert result.returncode in (0, 4), result.stderr
            pages.append(result.stdout.split())
        return pages

    return read


def published(catalog_tree, producer, title):
    page = ProductPageFactory(parent=catalog_tree[0], producer=producer, title=title)
    page.save_revision().publish()
    return page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_stamp_on_the_printed_a4_sheet_scans_to_its_products_verification_url(
    live_server, catalog_tree, producer, admin_browser_page, read_printed_codes, public_address
):
    honey = published(catalog_tree, producer, "Mật ong hoa ban")
    rice = published(catalog_tree, producer, "Gạo Séng Cù")
    for product in (honey, rice):
        admin_browser_page.goto(live_server.url + reverse("ocop_stamp_sheet", args=[product.pk]))
        pages = read_printed_codes(admin_browser_page)

        assert len(pages) == 1, "the 24 stamps fit on one A4 sheet"
        assert pages[0] == [f"{public_address}/xac-thuc/{code_for(product)}/"] * 24


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_printed_product_sheet_scans_to_the_verification_url(
    live_server, catalog_tree, producer, browser_page, read_printed_codes, public_address
):
    product = published(catalog_tree, producer, "Chè Shan tuyết Tủa Chùa")

    browser_page.goto(f"{live_server.url}/vi/san-pham-in/{product.pk}/")
    codes = [code for page in read_printed_codes(browser_page) for code in page]

    assert codes == [f"{public_address}/xac-thuc/{code_for(product)}/"]
