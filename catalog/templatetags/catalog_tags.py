"""Template tags of the product and producer pages (related products, JSON-LD, buyer facts, price,
share links) and the home page's featured products.

The catalog's counts on the home page come from the search service (search/templatetags/catalog_search_tags.py).
"""

from urllib.parse import urlencode

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

from catalog import display as product_display
from catalog import facts
from catalog.cards import load_cards_in_locale, load_product_pages

register = template.Library()


@register.simple_tag
def featured_products(home):
    """The home page's featured products as cards, in its language where they have a translation."""
    # Read through the inline list, which a preview holds in memory.
    product_ids = [item.product_id for item in home.featured_products.all()]
    return load_cards_in_locale(product_ids, home.locale_id)


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


@register.simple_tag
def producer_products(producer):
    """The producer's live products, loaded for product cards."""
    return load_product_pages(producer.products.values_list("pk", flat=True))


@register.simple_tag
def buyer_facts(product):
    return facts.product_facts(product)


@register.filter
def without_trade_facts(product_facts):
    return facts.lacks_trade_facts(product_facts)


@register.simple_tag
def product_price(product):
    """ "25.000–40.000 đ / túi 2 kg": the one way a price is written (catalog/facts.py)."""
    return facts.price_range(product)
