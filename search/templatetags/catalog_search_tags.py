"""Template tags that ask the catalog search: the home page's counts with links into the catalog."""

from django import template
from django.utils import translation

from catalog.models import CatalogIndexPage
from home import chrome
from search.presentation import state_url
from search.service import search_catalog
from search.types import CatalogQuery

register = template.Library()


@register.simple_tag(takes_context=True)
def catalog_overview(context):
    """Counts by stars, districts and groups for the home page, from the search service.

    The same numbers the catalog shows for an empty query, with links into it.
    """
    request = context.get("request")
    # The page's language is the active one (its address carries it).
    language = translation.get_language()
    home = context.get("page")
    sections = chrome.sections(request, home) if home is not None else []
    catalog = next((section for section in sections if section.specific_class is CatalogIndexPage), None)
    if catalog is None:
        return None
    base_url = catalog.get_url(request)
    query = CatalogQuery(language=language, counts_only=True)
    result = search_catalog(query)
    empty = CatalogQuery(language=language)

    def links(name):
        facet = result.facet(name)
        return [
            {
                "key": value.key,
                "label": value.label,
                "count": value.count,
                "url": state_url(base_url, empty, **{name: [value.key]}),
            }
            for value in facet.values
        ]

    return {
        "catalog_url": base_url,
        "total": result.total,
        "stars": links("stars"),
        "districts": links("district"),
        "groups": links("group"),
    }
