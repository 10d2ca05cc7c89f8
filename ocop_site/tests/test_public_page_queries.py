"""Every public page runs at most 15 SQL queries, whether it lists one item or 24.

Each page is fetched twice and the second fetch is counted: the first one generates
the photos' renditions and fills Wagtail's site cache, as the first visitor after a
deploy does. The page cache is off in tests, so every fetch renders the page.
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

MAX_QUERIES = 15


def build_site(items):
    """A site where every list holds `items` entries, each card with its own producer and photo."""
    catalog, producers = build_catalog()
    image = get_image_model().objects.create(title="Ảnh sản phẩm", file=get_test_image_file())
    products = []
    for number in range(items):
        producer = ProducerPageFactory(parent=producers)
        product = ProductPageFactory(
            parent=catalog, producer=producer, stars=3 + number % 3, score=(60, 80, 95)[number % 3]
        )
        ProductGalleryImage.objects.create(page=product, image=image, alt_text=product.title)
        products.append(product)
    first = products[0]
    for product in products[1:]:
        ProductGalleryImage.objects.create(page=first, image=image, alt_text=product.title)

    home = home_page()
    for product in products:
        FeaturedProduct.objects.create(page=home, product=product)

    news_index = build_news_index()
    articles = [
        NewsArticlePageFactory(parent=news_index, image=image, date=datetime.date(2025, 3, 1))
        for _ in range(items)
    ]
    for product in products:
        NewsRelatedProduct.objects.create(page=articles[0], product=product)

    event_index = build_event_index()
    today = datetime.date.today()
    events = [
        EventPageFactory(parent=event_index, start_date=today, end_date=today + datetime.timedelta(days=3))
        for _ in range(items)
    ]
    for product in products:
        EventProduct.objects.create(page=events[0], product=product)

    sales_points = build_sales_point_index()
    for _ in range(items):
        SalesPointFactory(products=products)

    return {
        "home": home.url,
        "catalog": catalog.url,
        "product": first.url,
        "producer index": producers.url,
        "producer": first.producer.url,
        "news index": news_index.url,
        "news article": articles[0].url,
        "event index": event_index.url,
        "event": events[0].url,
        "sales points": sales_points.url,
        "suppliers": reverse("buyers:suppliers"),
        "statistics": reverse("statistics"),
        "site search": reverse("search") + "?q=san+pham",
    }


@pytest.mark.parametrize("items", [1, 24])
@pytest.mark.django_db
def test_public_pages_run_few_queries(client, items):
    addresses = build_site(items)
    counts = {}
    for name, address in addresses.items():
        assert client.get(address).status_code == 200, name
        with CaptureQueriesContext(connection) as captured:
            assert client.get(address).status_code == 200, name
        counts[name] = len(captured)
    print(items, counts)
    assert {name: n for name, n in counts.items() if n > MAX_QUERIES} == {}


@pytest.mark.django_db
def test_dump(client):
    import os

    addresses = build_site(int(os.environ.get("ITEMS", "1")))
    address = addresses[os.environ["PAGE"]]
    client.get(address)
    import traceback

    def wrapper(execute, sql, params, many, context):
        frames = [
            f
            for f in traceback.extract_stack()
            if "/work/main/" in f.filename and "/.venv/" not in f.filename and "test_public" not in f.filename
        ]
        wt = [
            f
            for f in traceback.extract_stack()
            if "wagtail/" in f.filename or "templatetags" in f.filename or "django/template/" in f.filename
        ]
        print("Q:", sql[:90].replace("\n", " "), sql[-250:] if "WHERE" in sql else "")
        print(
            "   ",
            " < ".join(f"{f.filename.split('/work/main/')[-1]}:{f.lineno}" for f in reversed(frames[-3:])),
        )
        print(
            "   ",
            " < ".join(
                f"{f.filename.split('site-packages/')[-1]}:{f.lineno}:{f.name}" for f in reversed(wt[-3:])
            ),
            params,
        )
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        client.get(address)
