"""One sitemap per language, listed by a sitemap index at /sitemap.xml.

Wagtail's stock sitemap walks the default site's root page only, which is the
Vietnamese home; the English tree is a sibling, so each language gets its own.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LanguageSitemap(Sitemap):
    language_code = None

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = [root, *root.get_translations()]
        pages = Page.objects.none()
        for tree_root in roots:
            pages |= Page.objects.descendant_of(tree_root, inclusive=True)
        return (
            pages.filter(locale__language_code=self.language_code)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


class VietnameseSitemap(LanguageSitemap):
    language_code = "vi"


class EnglishSitemap(LanguageSitemap):
    language_code = "en"


SITEMAPS = {"vi": VietnameseSitemap, "en": EnglishSitemap}
