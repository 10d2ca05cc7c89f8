"""What every public page's head, header and language switcher read, in one query per request.

The <head> (hreflang links), the header (brand link, menu) and the language switcher all ask: in
which languages does this page exist, where is each language's home page, and what are its
sections (catalog, producers, news…: the menu, the breadcrumbs, the catalog's address)? Asked tag
by tag, that was a dozen queries on every page. One query reads the page's and the home page's
translations (they share a `translation_key` each) and the pages one level below the home pages
(the translations of a site's root page sit beside it); the answer is kept on the request.
"""

from django.db.models import Q
from wagtail.models import Page, Site

_ATTRIBUTE = "_ocop_language_versions"
_SECTIONS = "_ocop_sections"


class LanguageVersions:
    """A page's live translations and each language's home page, by language code."""

    def __init__(self, pages, homes):
        self.pages = pages
        self.homes = homes


def language_versions(request, page=None):
    page = page if isinstance(page, Page) else None
    memo = _memo(request, _ATTRIBUTE) if request is not None else {}
    key = page.translation_key if page is not None else None
    if key not in memo:
        memo[key] = _read(request, page)
    return memo[key]


def _read(request, page):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return LanguageVersions({}, {})
    root = site.root_page
    keys = {root.translation_key, *([page.translation_key] if page is not None else [])}
    rows = list(
        Page.objects.filter(Q(translation_key__in=keys) | Q(depth=root.depth + 1, live=True)).select_related(
            "locale"
        )
    )
    pages, homes = {}, {}
    for row in rows:
        code = row.locale.language_code
        if page is not None and row.translation_key == page.translation_key and row.live:
            pages[code] = row
        if row.translation_key == root.translation_key and row.depth == root.depth:
            homes[code] = row
    memo = _memo(request, _SECTIONS)
    for home in homes.values():
        memo.setdefault(
            home.pk,
            [
                row
                for row in rows
                if row.depth == home.depth + 1 and row.live and row.path.startswith(home.path)
            ],
        )
    return LanguageVersions(pages, homes)


def _memo(request, attribute):
    memo = getattr(request, attribute, None)
    if memo is None:
        memo = {}
        setattr(request, attribute, memo)
    return memo


def sections(request, home):
    """The live pages directly under `home`, in menu order."""
    if request is None:
        return list(home.get_children().live())
    memo = _memo(request, _SECTIONS)
    if home.pk not in memo:
        language_versions(request)  # reads every home's sections along with the language versions
    if home.pk not in memo:
        memo[home.pk] = list(home.get_children().live())
    return memo[home.pk]


def section_of(request, page):
    """The section (one of `sections`) that holds `page`, or None."""
    home = language_versions(request, page).homes.get(page.locale.language_code) if request else None
    if home is None:
        return None
    return next((section for section in sections(request, home) if page.path.startswith(section.path)), None)
