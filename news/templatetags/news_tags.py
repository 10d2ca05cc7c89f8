"""Template tags other pages use to show the news (the home page's latest articles)."""

from django import template

from news.models import NewsArticlePage

register = template.Library()


@register.simple_tag
def latest_news(locale, count=3):
    """The newest live articles in `locale`."""
    return NewsArticlePage.objects.live().filter(locale=locale).order_by("-date")[:count]
