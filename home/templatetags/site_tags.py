"""Template tags for the site chrome: menu, language links, province name."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from home import chrome, sharing

register = template.Library()


def _home(context):
    """The home page in the active language, else the site's root page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    # Asked with the page, so that the head's language links reuse the same single query.
    homes = chrome.language_versions(request, context.get("page")).homes
    return homes.get(translation.get_language()) or site.root_page


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
    home = _home(context)
    return home.get_url(request) if home else "/"


@register.simple_tag(takes_context=True)
def main_menu(context):
    home = _home(context)
    if home is None:
        return []
    return [section for section in chrome.sections(context.get("request"), home) if section.show_in_menus]


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page's translation, or that language's home page."""
    request = context.get("request")
    versions = chrome.language_versions(request, context.get("page"))
    current = translation.get_language()
    links = []
    for code, label in settings.LANGUAGES:
        target = versions.pages.get(code)
        # False when the page has no translation and the link falls back to that language's home.
        is_translation = target is not None
        target = target or versions.homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "label": label,
                "url": target.get_url(request),
                "full_url": target.get_full_url(request),
                "current": code == current,
                "is_translation": is_translation,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def section_of(context, page):
    """The section of the site (catalog, producers, news…) that holds `page`: for breadcrumbs."""
    return chrome.section_of(context.get("request"), page)
