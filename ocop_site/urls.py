import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from editorial import admin_urls as editorial_admin_urls
from home.favicon import favicon
from home.sitemaps import SITEMAPS
from news.feeds import NewsAtomFeed, NewsRssFeed
from ocop_site.health import healthz
from search import views as search_views
from verification import views as verification_views

urlpatterns = [
    # In front of Wagtail's admin: fenced versions of the views that list pages whatever the
    # viewer's permissions (page chooser, translations report).
    path("admin/", include(editorial_admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("favicon.ico", favicon),
    # Load-balancer health check; outside the language prefix so it never redirects.
    path("healthz/", healthz, name="healthz"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"}),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # Language-neutral address printed in QR stamps; redirects to /<lang>/xac-thuc/<code>/.
    path("xac-thuc/<str:code>/", verification_views.redirect_to_language, name="verify_short"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.OCOP_SERVE_MEDIA:
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Public pages live under a language prefix (/vi/…, /en/…); LocaleMiddleware
# redirects "/" to the visitor's language, Vietnamese by default.
urlpatterns += i18n_patterns(
    path("tim-kiem/", search_views.search, name="search"),
    path("goi-y/", search_views.suggest, name="search_suggest"),
    path("tin-tuc/rss.xml", NewsRssFeed(), name="news_rss"),
    path("tin-tuc/atom.xml", NewsAtomFeed(), name="news_atom"),
    path("", include("stats.urls")),
    path("", include("verification.urls")),
    path("", include("buyers.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
