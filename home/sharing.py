"""What a link to the site shows when shared on Zalo or Facebook: the page's meta description and Open Graph.

One rule for every public page: the description is the editor's `search_description` (Wagtail's
"Mô tả tìm kiếm" on the Promote tab), else the page's own summary, else the site's; the picture is
the page's first photo, else the home page's cover; every address is absolute, on the Site's address
(the one canonical links use, demo/site_address.py).
"""

from django.conf import settings
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from home import chrome

# Facebook's and Zalo's large preview: 1.91:1, at least 1200 px wide; JPEG, which every crawler reads.
SHARE_RENDITION = "fill-1200x630|format-jpeg|jpegquality-80"
DESCRIPTION_LENGTH = 200
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}
# A page's own summary, by the name each page type gives it.
SUMMARY_FIELDS = ("short_description", "lead", "summary", "intro", "hero_text")


def site_description():
    return _(
        "Sản phẩm OCOP tỉnh %(province)s: sản phẩm được chứng nhận 3, 4, 5 sao, chủ thể, tin tức và sự kiện."
    ) % {"province": settings.OCOP_PROVINCE_NAME}


def site_name():
    return f"OCOP {settings.OCOP_PROVINCE_NAME}"


def summary_of(page):
    for name in ("search_description", *SUMMARY_FIELDS):
        value = (getattr(page, name, "") or "").strip()
        if value:
            return value
    return ""


def picture_of(page):
    """The page's first photo: gallery, cover, producer photos, then logo."""
    main = getattr(page, "main_image", None)
    if main is not None:
        return main
    for name in ("image", "hero_image"):
        image = getattr(page, name, None)
        if image is not None:
            return image
    photos = getattr(page, "photos", None)
    if photos is not None:
        first = photos.first()
        if first is not None:
            return first.image
    return getattr(page, "logo", None)


def _site(request):
    return (Site.find_for_request(request) if request else None) or Site.objects.filter(
        is_default_site=True
    ).first()


def share_meta(request, page=None, title=None, description=None):
    """Title, description, absolute URL and picture of what `request` shows (a `page`, or a view's own)."""
    site = _site(request)
    root_url = site.root_url if site else settings.OCOP_PUBLIC_URL
    if isinstance(page, Page):
        title = title or page.seo_title or page.title
        description = description or summary_of(page)
        url = page.get_full_url(request)
        picture = picture_of(page)
    else:
        url = root_url + (request.path if request else "/")
        picture = None
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if picture is None and site is not None:
        home = chrome.language_versions(request, page).homes.get(language)
        if home is None or home.pk == site.root_page.pk:
            # Wagtail's routing already read the site's root page as its own type.
            home = site.root_page
        picture = picture_of(home.specific)
    meta = {
        "title": title or site_name(),
        "description": Truncator(" ".join((description or site_description()).split())).chars(
            DESCRIPTION_LENGTH
        ),
        "url": url,
        "site_name": site_name(),
        "type": "article"
        if page is not None and page.specific_class.__name__ == "NewsArticlePage"
        else "website",
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [code for lang, code in OG_LOCALES.items() if lang != language],
        "image": None,
    }
    if picture is not None:
        rendition = picture.get_rendition(SHARE_RENDITION)
        image_url = rendition.url if "://" in rendition.url else root_url + rendition.url
        meta["image"] = {"url": image_url, "width": rendition.width, "height": rendition.height}
    return meta
