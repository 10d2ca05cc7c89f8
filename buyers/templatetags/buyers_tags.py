"""Template tags that put buyers' pieces on catalog pages without touching their templates much."""

from django import template
from django.urls import reverse

from buyers.forms import InquiryForm
from buyers.shortlist import Shortlist

register = template.Library()


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
