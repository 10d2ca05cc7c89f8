"""Show pages in the language of the page that lists them.

Inline lists copied to a translation (the home page's featured products, an
event's products) still point at the Vietnamese pages; listing them through
`in_locale` shows each one's live translation instead, when it has one.
"""

from wagtail.models import Page


def in_locale(pages, locale):
    """`pages` in order, each replaced by its live translation in `locale` if there is one.

    The translations come back as specific pages of the listed pages' own types.
    """
    pages = [page for page in pages if page is not None and page.live]
    keys = [page.translation_key for page in pages if page.locale_id != locale.pk]
    if not keys:
        return pages
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(locale=locale, translation_key__in=keys).specific()
    }
    return [translations.get(page.translation_key, page) for page in pages]
