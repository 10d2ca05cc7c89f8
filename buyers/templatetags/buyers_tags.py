"""Template tags that put buyers' pieces on catalog pages without touching their templates much."""

from django import template
from django.urls import reverse

from buyers.facts import lacks_trade_facts, price_range, product_facts
from buyers.forms import InquiryForm
from buyers.shortlist import Shortlist

register = template.Library()


@register.simple_tag
def buyer_facts(product):
    return product_facts(product)


@register.filter
def without_trade_facts(facts):
    return lacks_trade_facts(facts)


@register.simple_tag
def product_price(product):
    return price_range(product)


@register.simple_tag(takes_context=True)
def inquiry_form_for(context, page):
    """The inquiry form for `page`: the one a failed submission left in the context, or a fresh one."""
    form = context.get("inquiry_form")
    if isinstance(form, InquiryForm):
        return form.describe_errors()
    return InquiryForm()


@register.simple_tag(takes_context=True)
def in_shortlist(context, product):
    request = context.get("request")
    if request is None or not hasattr(request, "session"):
        return False
    return product.pk in Shortlist(request.session)


@register.simple_tag(takes_context=True)
def shortlist_count(context):
    request = context.get("request")
    if request is None or not hasattr(request, "session"):
        return 0
    return len(Shortlist(request.session))


@register.simple_tag(takes_context=True)
def catalog_export_url(context, fmt, listing="catalog"):
    """The export of the search currently shown (`listing`: "catalog" or "suppliers"), keeping its GET parameters."""
    request = context.get("request")
    url = reverse(f"buyers:{listing}_{fmt}")
    params = request.GET.copy() if request else None
    if params:
        params.pop("page", None)
        if params:
            url = f"{url}?{params.urlencode()}"
    return url
