"""RSS and Atom feeds of the latest news, one per site language."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Site

from news.models import NewsArticlePage, NewsIndexPage

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    description = _("Tin tức về Chương trình Mỗi xã một sản phẩm (OCOP).")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        if locale is None:
            raise Http404
        return locale

    def title(self, locale):
        from django.conf import settings

        return _("Tin tức OCOP %(province)s") % {"province": settings.OCOP_PROVINCE_NAME}

    def link(self, locale):
        index = NewsIndexPage.objects.live().filter(locale=locale).first()
        if index is not None:
            return index.get_url(self.request)
        site = Site.find_for_request(self.request)
        return site.root_page.get_url(self.request) if site else "/"

    def items(self, locale):
        return (
            NewsArticlePage.objects.live()
            .filter(locale=locale)
            .prefetch_related("tags")
            .order_by("-date", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # The editorial date, not the technical publish time: that is the date readers see.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, locale):
        return self.description
