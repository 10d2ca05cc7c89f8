import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from news.factories import NewsArticlePageFactory, build_news_index
from news.models import ARTICLES_PER_PAGE, NewsRelatedProduct

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news_index(db):
    return build_news_index()


def tagged_article(index, tags, **kwargs):
    article = NewsArticlePageFactory(parent=index, **kwargs)
    article.tags.add(*tags)
    article.save()
    return article


def test_rss_feed_is_valid_xml_with_latest_articles_first(client, news_index):
    NewsArticlePageFactory(parent=news_index, title="Bài cũ", date=datetime.date(2024, 1, 5))
    NewsArticlePageFactory(parent=news_index, title="Bài mới", date=datetime.date(2025, 8, 9))
    NewsArticlePageFactory(parent=news_index, title="Bản nháp", live=False)

    response = client.get(reverse("news_rss"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own feed)
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Bài mới", "Bài cũ"]
    assert channel.find("item").findtext("link").startswith("http://testserver/vi/tin-tuc/")


def test_atom_feed_is_valid_xml_with_entries_and_categories(client, news_index):
    tagged_article(news_index, ["Hội chợ"], title="Hội chợ OCOP 2025")

    response = client.get(reverse("news_atom"))

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Hội chợ OCOP 2025"
    assert entry.find(f"{ATOM}category").get("term") == "Hội chợ"
    assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/vi/")


def test_feeds_are_linked_from_the_news_index(client, news_index):
    html = client.get(news_index.url).content.decode()

    assert (
        f'rel="alternate" type="application/rss+xml" title="Tin tức OCOP (RSS)" href="{reverse("news_rss")}"'
        in html
    )
    assert 'type="application/atom+xml"' in html


def test_tag_filter_keeps_only_articles_with_that_tag(client, news_index):
    tagged_article(news_index, ["Hội chợ"], title="Khai mạc hội chợ")
    tagged_article(news_index, ["Chè Shan tuyết"], title="Mùa chè mới")

    html = client.get(news_index.url, {"tag": "hoi-cho"}).content.decode()

    assert "Khai mạc hội chợ" in html
    assert "Mùa chè mới" not in html


def test_unknown_tag_lists_nothing_and_says_so(client, news_index):
    tagged_article(news_index, ["Hội chợ"], title="Khai mạc hội chợ")

    response = client.get(news_index.url, {"tag": "khong-co"})

    assert response.status_code == 200
    assert "Khai mạc hội chợ" not in response.content.decode()
    assert "Không có thẻ này." in response.content.decode()


def test_malformed_parameters_are_a_400_not_a_500(client, news_index):
    response = client.get(news_index.url, {"tag": "<script>", "page": "x"})

    assert response.status_code == 400
    assert "Tham số không hợp lệ" in response.content.decode()


def test_pagination_keeps_the_tag(client, news_index):
    for n in range(ARTICLES_PER_PAGE + 1):
        tagged_article(news_index, ["Hội chợ"], date=datetime.date(2025, 1, 1) + datetime.timedelta(days=n))

    html = client.get(news_index.url, {"tag": "hoi-cho"}).content.decode()

    assert "?tag=hoi-cho&amp;page=2" in html


def test_article_shows_product_card_block_and_related_products(client, news_index, product):
    article = NewsArticlePageFactory(
        parent=news_index,
        body=[("paragraph", "<p>Mở đầu</p>"), ("product", product)],
    )
    NewsRelatedProduct.objects.create(page=article, product=product)

    html = client.get(article.url).content.decode()

    assert html.count(f'href="{product.url}"') == 2  # the card in the body and the related products
    assert "Sản phẩm liên quan" in html


def test_product_card_block_hides_an_unpublished_product(client, news_index, product):
    article = NewsArticlePageFactory(parent=news_index, body=[("product", product)])
    product.unpublish()

    html = client.get(article.url).content.decode()

    assert product.title not in html


def test_home_page_lists_the_latest_articles(client, news_index):
    from catalog.factories import home_page

    NewsArticlePageFactory(parent=news_index, title="Tin mới nhất", date=datetime.date(2026, 1, 2))

    html = client.get(home_page().url).content.decode()

    assert "Tin mới nhất" in html


def test_admin_can_open_the_article_editor(admin_client, news_index):
    article = NewsArticlePageFactory(parent=news_index)

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))

    assert response.status_code == 200
    assert "Sản phẩm liên quan" in response.content.decode()
