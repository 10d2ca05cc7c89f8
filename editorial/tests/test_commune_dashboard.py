"""The dashboard's page count tells a commune editor about their own pages, not the whole site's."""

import re

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

OWN_PAGES = re.compile(r"(\d+) trang trong thư mục của xã bạn")
SITE_PAGES = re.compile(r"(\d+) trang <span class=\"w-sr-only\">")


def summary(client, user, pattern):
    client.force_login(user)
    found = pattern.search(client.get("/admin/").content.decode())
    return found and int(found.group(1))


def test_a_commune_editor_counts_the_pages_in_their_communes_folders(
    client, commune_editor, own_product, other_product
):
    # Their producer and product; the other commune's two pages and the folders are left out.
    assert summary(client, commune_editor, OWN_PAGES) == 2


def test_the_province_office_counts_every_page_of_the_site(
    client, province_editor, own_product, other_product
):
    every_page = Page.objects.count() - 1  # less Wagtail's tree root

    assert summary(client, province_editor, SITE_PAGES) == every_page
