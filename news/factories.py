import datetime

import factory
import wagtail_factories

from catalog.factories import home_page
from news.models import NewsArticlePage, NewsIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức"
    slug = "tin-tuc"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Điện Biên có thêm sản phẩm OCOP số {n}")
    slug = factory.Sequence(lambda n: f"bai-tin-{n}")
    date = datetime.date(2025, 3, 1)
    author = "Ban chỉ đạo OCOP tỉnh"
    lead = "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đã công nhận thêm sản phẩm mới."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Sản phẩm được người tiêu dùng đánh giá cao.</p>")])

    class Meta:
        model = NewsArticlePage


def build_news_index():
    home = home_page()
    return NewsIndexPage.objects.child_of(home).first() or NewsIndexPageFactory(parent=home)
