"""Which page types may live where, and that each page and its admin edit view render."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from catalog.models import CatalogIndexPage, ProducerIndexPage, ProducerPage, ProductPage
from events.models import EventIndexPage
from home.models import HomePage
from news.models import NewsArticlePage, NewsIndexPage
from salespoints.models import SalesPointIndexPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_the_index_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {CatalogIndexPage, ProducerIndexPage, NewsIndexPage, EventIndexPage, SalesPointIndexPage},
        )

    def test_products_only_under_the_catalog(self):
        self.assertAllowedParentPageTypes(ProductPage, {CatalogIndexPage})
        self.assertAllowedSubpageTypes(ProductPage, {})

    def test_producers_only_under_the_producer_index(self):
        self.assertAllowedParentPageTypes(ProducerPage, {ProducerIndexPage})
        self.assertAllowedSubpageTypes(ProducerPage, {})

    def test_articles_only_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})

    def test_a_product_cannot_be_created_under_a_producer(self):
        self.assertCanNotCreateAt(ProducerPage, ProductPage)


@pytest.fixture
def article(db):
    from wagtail_factories import PageFactory

    class NewsIndexFactory(PageFactory):
        class Meta:
            model = NewsIndexPage

    index = NewsIndexFactory(parent=HomePage.objects.get(), title="Tin tức", slug="tin-tuc")
    article = NewsArticlePage(title="Hội chợ OCOP", slug="hoi-cho", lead="Sapo", body=[])
    index.add_child(instance=article)
    return article


def all_pages(product, article):
    return [
        HomePage.objects.get(),
        CatalogIndexPage.objects.get(),
        ProducerIndexPage.objects.get(),
        product.producer,
        product,
        article.get_parent().specific,
        article,
    ]


def test_every_page_type_renders(client, product, article):
    for page in all_pages(product, article):
        response = client.get(page.url)
        assert response.status_code == 200, page


def test_every_page_types_admin_edit_view_renders(admin_client, product, article):
    for page in all_pages(product, article):
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page


def test_admin_create_view_for_a_product_renders(admin_client, catalog_tree):
    catalog, _producers = catalog_tree
    url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", catalog.pk])
    assert admin_client.get(url).status_code == 200


def test_product_page_shows_its_certificate(client, product):
    html = client.get(product.url).content.decode()
    assert product.certificate_number in html
    assert "01/06/2027" in html
