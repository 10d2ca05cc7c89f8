"""What every public page's head, header and language switcher read, in one query per request.

The <head> (hreflang links), the header (brand link, menu) and the language switcher all ask: in
which languages does this page exist, and where is each language's home page? Asked tag by tag,
that was a dozen queries on every page. One query reads the page's and the home page's
translations together (they share a `translation_key` each), and the answer is kept on the request.
"""

from wagtail.models import Page, Site

_ATTRIBUTE = "_ocop_language_versions"


class LanguageVersions:
    """A page's live translations and each language's home page, by language code."""

    def __init__(self, pages, homes):
        self.pages = pages
        self.homes = homes


def language_versions(request, page=None):
    page = page if isinstance(page, Page) else None
    memo = getattr(request, _ATTRIBUTE, None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            setattr(request, _ATTRIBUTE, memo)
    key = page.translation_key if page is not None else None
    if key not in memo:
        memo[key] = _read(request, page)
    return memo[key]


def _read(request, page):
    site = Site.find_for_request(request) if request is not None else None
    root_key = site.root_page.translation_key if site is not None else None
    keys = {key for key in (root_key, page.translation_key if page else None) if key is not None}
    pages, homes = {}, {}
    if not keys:
        return LanguageVersions(pages, homes)
    for row in Page.objects.filter(translation_key__in=keys).select_related("locale"):
        code = row.locale.language_code
        if page is not None and row.translation_key == page.translation_key and row.live:
            pages[code] = row
        if row.translation_key == root_key:
            homes[code] = row
    return LanguageVersions(pages, homes)
