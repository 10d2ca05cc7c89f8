"""One folder page per current commune under the catalog and the producer list.

Products and producers are filed under their commune's folder so that Wagtail's
own page permissions — granted to each commune's editors on their folders
(editorial) — decide who may read and change them in every admin view, API,
bulk action, chooser and translation screen.
"""

from django.db import models
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.privacy import ViewRestrictionsInOneQueryMixin
from home.slugs import ReadableSlugMixin


class CommuneFolderPage(ViewRestrictionsInOneQueryMixin, ReadableSlugMixin, Page):
    """The products (or producers) of one current commune."""

    commune = models.ForeignKey(
        "catalog.Commune", verbose_name=_("xã / phường"), on_delete=models.PROTECT, related_name="folders"
    )

    content_panels = Page.content_panels + [FieldPanel("commune", read_only=True)]
    promote_panels = []
    parent_page_types = ["catalog.CatalogIndexPage", "catalog.ProducerIndexPage"]
    subpage_types = ["catalog.ProductPage", "catalog.ProducerPage"]
    search_fields = []

    class Meta:
        verbose_name = _("thư mục xã / phường")
        verbose_name_plural = pgettext_lazy("plural", "thư mục xã / phường")

    @classmethod
    def can_create_at(cls, parent):
        # Folders are made by the site (catalog.filing), one per commune and index.
        return False

    def get_sitemap_urls(self, request=None):
        return []

    def serve(self, request, *args, **kwargs):
        # A folder is not a page of its own: it shows the catalog filtered to its commune.
        commune = self.commune
        catalog = self.get_parent().specific
        target = catalog if catalog.__class__.__name__ == "CatalogIndexPage" else None
        if target is None:
            from catalog.models import CatalogIndexPage

            target = CatalogIndexPage.objects.live().filter(locale=self.locale).first()
        if target is None:
            return redirect(self.get_parent().url)
        query = urlencode({"district": commune.district.slug, "commune": commune.slug})
        return redirect(f"{target.url}?{query}")


def commune_of_folder(parent):
    """The commune of the folder `parent`, or None when `parent` is not a commune folder."""
    parent = parent.specific_deferred if hasattr(parent, "specific_deferred") else parent
    return parent.commune if isinstance(parent, CommuneFolderPage) else None
