"""Which page types may live where, and that each page and its admin edit view render."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from catalog.models import CatalogIndexPage, CommuneFolderPage, ProducerIndexPage, ProducerPage, ProductPage
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

    def test_products_and_producers_only_in_commune_folders(self):
        self.assertAllowedParentPageTypes(ProductPage, {CommuneFolderPage})
        self.assertAllowedParentPageTypes(ProducerPage, {CommuneFolderPage})
        self.assertAllowedSubpageTypes(ProductPage, {})
        self.assertAllowedSubpageTypes(ProducerPage, {})

    def test_commune_folders_only_under_the_catalog_and_producer_index(self):
        self.assertAllowedParentPageTypes(CommuneFolderPage, {CatalogIndexPage, ProducerIndexPage})

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


def test_admin_create_view_for_a_product_renders_in_a_product_folder(admin_client, product):
    folder = product.get_parent()
    url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", folder.pk])
    assert admin_client.get(url).status_code == 200


def test_a_product_cannot_be_created_in_a_producer_folder(product):
    assert not ProductPage.can_create_at(product.producer.get_parent())
    assert ProductPage.can_create_at(product.get_parent())
    assert ProducerPage.can_create_at(product.producer.get_parent())


def test_a_commune_folder_shows_the_catalog_filtered_to_its_commune(client, product):
    response = client.get(product.get_parent().url)

    assert response.status_code == 302
    assert response["Location"] == "/vi/san-pham/?district=dien-bien&commune=thanh-yen"


def test_products_of_one_commune_share_its_folder(catalog_tree, product):
    from catalog.factories import ProductPageFactory

    sibling = ProductPageFactory(parent=catalog_tree[0], producer=product.producer)

    assert sibling.get_parent().pk == product.get_parent().pk
    assert sibling.url == f"/vi/san-pham/thanh-yen/{sibling.slug}/"


def test_product_page_shows_its_certificate(client, product):
    html = client.get(product.url).content.decode()
    assert product.certificate_number in html
    assert "01/06/2027" in html
