"""Every public page runs at most 15 SQL queries, whether it lists one item or 24.

Each page is fetched twice and the second fetch is counted: the first one generates the photos'
renditions and fills Wagtail's site cache, as the first visitor after a deploy does. The page
cache is off in tests, so every fetch renders the page. Each page must also show what it lists
(cards, articles, events, sales points), so that a page cannot pass by listing nothing.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog.factories import ProducerPageFactory, ProductPageFactory, build_catalog, home_page
from catalog.models import ProductGalleryImage
from events.factories import EventPageFactory, build_event_index
from events.models import EventProduct
from home.models import FeaturedProduct
from news.factories import NewsArticlePageFactory, build_news_index
from news.models import NewsRelatedProduct
from salespoints.factories import SalesPointFactory, build_sales_point_index
from verification.codes import code_for

MAX_QUERIES = 15
STARS_AND_SCORES = ((3, 60), (4, 80), (5, 95))


def build_site(client, items):
    """Every list of the site holding `items` entries; each product with its own producer and photo."""
    catalog, producers = build_catalog()
    image = get_image_model().objects.create(title="Ảnh sản phẩm", file=get_test_image_file())
    products = []
    for number in range(items):
        stars, score = STARS_AND_SCORES[number % 3]
        product = ProductPageFactory(
            parent=catalog, producer=ProducerPageFactory(parent=producers), stars=stars, score=score
        )
        ProductGalleryImage.objects.create(page=product, image=image, alt_text=product.title)
        products.append(product)
    first = products[0]
    for product in products[1:]:  # the first product's gallery holds `items` photos
        ProductGalleryImage.objects.create(page=first, image=image, alt_text=product.title)

    home = home_page()
    news_index = build_news_index()
    articles = [NewsArticlePageFactory(parent=news_index, image=image) for _ in range(items)]
    event_index = build_event_index()
    start = datetime.date.today()
    events = [
        EventPageFactory(parent=event_index, start_date=start, end_date=start + datetime.timedelta(days=3))
        for _ in range(items)
    ]
    for product in products:
        FeaturedProduct.objects.create(page=home, product=product)
        NewsRelatedProduct.objects.create(page=articles[0], product=product)
        EventProduct.objects.create(page=events[0], product=product)
        client.post(reverse("buyers:shortlist_add"), {"product": product.pk})
    sales_point_index = build_sales_point_index()
    sales_points = [SalesPointFactory(products=products) for _ in range(items)]

    product_urls = [product.url for product in products]
    producer_urls = [product.producer.url for product in products]
    # page name: (address, what it lists, how many of them it shows)
    return {
        "home": (home.url, product_urls, items),
        "catalog": (catalog.url, product_urls, min(items, 24)),
        "product": (first.url, product_urls[1:], min(items - 1, 4)),
        "producer index": (producers.url, producer_urls, items),
        "producer": (first.producer.url, product_urls[:1], 1),
        "news index": (news_index.url, [article.url for article in articles], min(items, 10)),
        "news article": (articles[0].url, product_urls, items),
        "event index": (event_index.url, [event.url for event in events], items),
        "event": (events[0].url, product_urls, items),
        "sales points": (sales_point_index.url, [point.name for point in sales_points], items),
        "suppliers": (reverse("buyers:suppliers"), producer_urls, min(items, 20)),
        "statistics": (reverse("statistics"), [], 0),
        "site search": (reverse("search") + "?q=san+pham+thu", product_urls, min(items, 10)),
        "shortlist": (reverse("buyers:shortlist"), product_urls, items),
        "product sheet": (reverse("buyers:product_sheet", args=[first.pk]), [first.title], 1),
        "verification": (reverse("verification:verify", args=[code_for(first)]), [first.title], 1),
    }


@pytest.mark.parametrize("items", [1, 24])
@pytest.mark.django_db
def test_every_public_page_runs_at_most_15_queries(client, items):
    over, short = {}, {}
    for name, (address, listed, shown) in build_site(client, items).items():
        assert client.get(address).status_code == 200, name
        with CaptureQueriesContext(connection) as captured:
            body = client.get(address).content.decode()
        if len(captured) > MAX_QUERIES:
            over[name] = len(captured)
        found = sum(1 for text in listed if text in body)
        if found < shown:
            short[name] = (found, shown)
    assert over == {}, f"pages over {MAX_QUERIES} queries"
    assert short == {}, "pages that do not show what they list (shown, expected)"
