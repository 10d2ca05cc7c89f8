"""Template tags for the public catalog: related products, JSON-LD, home overview, share links."""

from urllib.parse import urlencode

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Locale

from catalog.models import CatalogIndexPage
from search import product_display
from search.hits import load_product_pages
from search.presentation import state_url
from search.service import search_catalog
from search.types import CatalogQuery

register = template.Library()


@register.simple_tag
def related_products(product):
    return product_display.related_products(product)


@register.simple_tag(takes_context=True)
def product_json_ld(context, product):
    request = context["request"]
    # django-csp's lazy nonce is falsy until read, and only a read puts it in the header.
    nonce = getattr(request, "csp_nonce", None)
    return product_display.json_ld_script(
        product_display.product_structured_data(product, request),
        nonce=str(nonce) if nonce is not None else None,
    )


@register.simple_tag
def story_excerpt(page, words=60):
    """Plain text of the first paragraphs of a page's story, cut to `words` words."""
    texts = [strip_tags(block.render()) for block in page.story if block.block_type == "paragraph"]
    return Truncator(" ".join(texts)).words(words)


@register.simple_tag(takes_context=True)
def share_links(context, page):
    url = page.get_full_url(context["request"])
    return [
        {"label": "Facebook", "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})},
        {"label": "Zalo", "url": "https://sp.zalo.me/share_to?" + urlencode({"url": url})},
        {"label": "Email", "url": "mailto:?" + urlencode({"subject": page.title, "body": url})},
    ]


@register.simple_tag(takes_context=True)
def catalog_overview(context, home):
    """Counts by stars, districts and groups for the home page, from the search service.

    The same numbers the catalog shows for an empty query, with links into it.
    """
    request = context.get("request")
    language = home.locale.language_code if home else Locale.get_active().language_code
    catalog = CatalogIndexPage.objects.live().filter(locale__language_code=language).first()
    if catalog is None:
        return None
    base_url = catalog.get_url(request)
    query = CatalogQuery(language=language, per_page=1)
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


@register.simple_tag
def producer_products(producer):
    """The producer's live products, loaded for product cards."""
    return load_product_pages(producer.products.values_list("pk", flat=True))


@register.filter
def vnd(amount):
    """120000 → "120.000" (Vietnamese digit grouping, without a currency sign)."""
    if amount in (None, ""):
        return ""
    return f"{int(amount):,}".replace(",", ".")
