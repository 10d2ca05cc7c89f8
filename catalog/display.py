"""What the product page shows beyond the page's own fields: related products, JSON-LD."""

import json

from django.db.models import Case, Q, Value, When
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe

from catalog import certification

from .cards import with_card_fields
from .models import ProductPage

RELATED_LIMIT = 4
JSON_LD_IMAGE = "width-1080|format-webp"
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def related_products(product, limit=RELATED_LIMIT):
    """Up to `limit` live products with valid certificates: same product set first, then same producer."""
    others = (
        ProductPage.objects.live()
        .filter(locale_id=product.locale_id, valid_until__gte=certification.today())
        .exclude(pk=product.pk)
    )
    same_set = Q(category_id=product.category_id) if product.category_id else Q(pk__in=[])
    same_producer = Q(producer_id=product.producer_id) if product.producer_id else Q(pk__in=[])
    related = (
        others.filter(same_set | same_producer)
        .annotate(other_set=Case(When(same_set, then=Value(0)), default=Value(1)))
        .order_by("other_set", "-stars", "title")
    )
    return list(with_card_fields(related)[:limit])


def product_structured_data(product, request):
    """schema.org Product for `product`, as a dict ready for JSON-LD."""
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.title,
        "description": product.short_description or strip_tags(product.description or ""),
        "url": product.get_full_url(request),
    }
    images = [
        request.build_absolute_uri(item.image.get_rendition(JSON_LD_IMAGE).url)
        for item in product.gallery_images.all()
    ]
    if images:
        data["image"] = images
    if product.producer:
        data["brand"] = {"@type": "Brand", "name": product.producer.title}
        data["manufacturer"] = {
            "@type": "Organization",
            "name": product.producer.title,
            "url": product.producer.get_full_url(request),
        }
    if product.category:
        data["category"] = product.category.name
    properties = [
        {"@type": "PropertyValue", "name": "OCOP", "value": product.stars, "unitText": "sao", "maxValue": 5},
    ]
    if product.certificate_number:
        properties.append(
            {"@type": "PropertyValue", "name": "certificateNumber", "value": product.certificate_number}
        )
    if product.valid_until:
        properties.append(
            {"@type": "PropertyValue", "name": "validUntil", "value": product.valid_until.isoformat()}
        )
    data["additionalProperty"] = properties
    if product.district:
        data["countryOfOrigin"] = {"@type": "Country", "name": "Việt Nam"}
    if product.price_min:
        data["offers"] = {
            "@type": "AggregateOffer",
            "priceCurrency": "VND",
            "lowPrice": product.price_min,
            "highPrice": product.price_max or product.price_min,
        }
    return data


def json_ld_script(data, nonce=None):
    """The data as a JSON-LD block, carrying the page's CSP nonce when there is one."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    # The nonce is base64 from the CSP middleware, never user input.
    nonce_attr = format_html(' nonce="{}"', nonce) if nonce else ""
    return mark_safe(f'<script type="application/ld+json"{nonce_attr}>{text}</script>')  # noqa: S308 (escaped above)
