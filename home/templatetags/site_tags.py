"""Template tags for the site chrome: menu, language links, province name."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home import sharing

register = template.Library()


def _home_for(request, locale=None):
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    if locale is not None and root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale) or root
    return root


@register.inclusion_tag("components/share_meta.html", takes_context=True)
def share_meta(context, title=None, description=None):
    """Meta description and Open Graph tags (home/sharing.py); views without a page pass their own words."""
    return {"meta": sharing.share_meta(context.get("request"), context.get("page"), title, description)}


@register.simple_tag
def province_name():
    return settings.OCOP_PROVINCE_NAME


@register.simple_tag(takes_context=True)
def site_root_url(context):
    request = context.get("request")
    home = _home_for(request, _active_locale())
    return home.get_url(request) if home else "/"


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = _home_for(request, _active_locale())
    if home is None:
        return Page.objects.none()
    return home.get_children().live().in_menu()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page's translation, or that language's home page."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, label in settings.LANGUAGES:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        target = None
        if isinstance(page, Page):
            target = page.get_translation_or_none(locale)
            if target is not None and not target.live:
                target = None
        is_translation = target is not None
        if target is None:
            target = _home_for(request, locale)
            if target is not None and target.locale_id != locale.pk:
                target = None
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "label": label,
                "url": target.get_url(request),
                "full_url": target.get_full_url(request),
                "current": code == current,
                # False when the page has no translation and the link falls back to that language's home.
                "is_translation": is_translation,
            }
        )
    return links


def _active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None
