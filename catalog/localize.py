"""Show pages in the language of the page that lists them.

Inline lists copied to a translation (featured products, an event's
products) still point at the Vietnamese pages; listing them through
`in_locale` shows each one's live translation instead, when it has one.
"""

from catalog.models import ProductPage


def in_locale(pages, locale):
    """`pages` in order, each replaced by its live translation in `locale` if there is one (one query)."""
    pages = [page for page in pages if page is not None and page.live]
    keys = [page.translation_key for page in pages if page.locale_id != locale.pk]
    translations = {
        page.translation_key: page
        for page in ProductPage.objects.live()
        .filter(locale=locale, translation_key__in=keys)
        .select_related("producer", "district", "category")
    }
    return [translations.get(page.translation_key, page) for page in pages]
