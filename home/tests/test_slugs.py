"""Slugs from Vietnamese titles keep every letter, in ASCII, in the admin and on the server."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from catalog.factories import ProducerPageFactory
from catalog.models import ProductPage
from catalog.testing import product_form
from home.slugs import ReadableSlugMixin, ReadableSlugPageForm
from news.factories import NewsIndexPageFactory
from news.models import NewsArticlePage

HONEY = ("Mật ong rừng Mường Nhé", "mat-ong-rung-muong-nhe")
RICE = ("Gạo Séng Cù Điện Biên", "gao-seng-cu-dien-bien")


def article_form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": "",
            "date": "2026-12-01",
            "lead": "Sản phẩm mới được công nhận.",
            "body": streamfield([]),
            "related_products": inline_formset([]),
        }
    )


@pytest.fixture
def news_index(catalog_tree):
    return NewsIndexPageFactory(parent=catalog_tree[0].get_parent())


@pytest.mark.django_db
@pytest.mark.parametrize(("title", "slug"), [HONEY, RICE])
def test_an_article_created_in_the_admin_without_a_slug_gets_its_titles_letters(
    admin_client, news_index, title, slug
):
    url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk])

    response = admin_client.post(url, article_form(title))

    assert response.status_code == 302
    assert NewsArticlePage.objects.get(title=title).slug == slug


@pytest.mark.django_db
def test_a_product_created_in_the_admin_without_a_slug_gets_its_titles_letters(admin_client, product):
    folder = product.get_parent()
    url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", folder.pk])

    response = admin_client.post(url, product_form(product, title=HONEY[0], slug=""))

    assert response.status_code == 302
    assert ProductPage.objects.get(title=HONEY[0]).slug == HONEY[1]


@pytest.mark.django_db
def test_a_second_page_with_the_same_title_gets_a_numbered_slug(admin_client, news_index):
    url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk])
    admin_client.post(url, article_form(RICE[0]))
    admin_client.post(url, article_form(RICE[0]))

    assert sorted(NewsArticlePage.objects.values_list("slug", flat=True)) == [RICE[1], RICE[1] + "-2"]


@pytest.mark.django_db
def test_a_page_saved_on_the_server_without_a_slug_gets_its_titles_letters(catalog_tree):
    producer = ProducerPageFactory(parent=catalog_tree[1], title="Hợp tác xã Đồng Tâm", slug="")

    assert producer.slug == "hop-tac-xa-dong-tam"


@pytest.mark.django_db
def test_the_admins_slug_field_is_optional_and_carries_the_letter_table(admin_client, news_index):
    url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk])
    html = admin_client.get(url).content.decode()

    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', html)[0]
    formatters = json.loads(unescape(re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input)[1]))
    table = {replacement: pattern for (pattern, _flags), replacement in formatters}
    assert "ậ" in table["a"] and "Đ" in table["d"] and "ư" in table["u"]
    assert " required" not in slug_input


@pytest.mark.parametrize("model", [model for model in get_page_models() if model is not Page], ids=str)
def test_every_page_type_follows_the_slug_rule(model):
    """A new page type must take the rule too, in its model and in its admin form."""
    assert issubclass(model, ReadableSlugMixin)
    assert model.__mro__.index(ReadableSlugMixin) < model.__mro__.index(Page)
    assert issubclass(model.base_form_class, ReadableSlugPageForm)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(("title", "slug"), [HONEY, RICE])
def test_typing_a_title_in_the_admin_fills_the_slug_field_with_every_letter(
    live_server, news_index, admin_browser_page, title, slug
):
    from playwright.sync_api import expect

    page = admin_browser_page
    page.goto(
        live_server.url + reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk])
    )

    page.locator("#id_title").press_sequentially(title)
    page.locator("#id_title").blur()

    # Wagtail's sync is debounced: expect() waits for the value.
    expect(page.locator("#id_slug")).to_have_value(slug)
