"""The home page: the site's root, with featured products and entry points."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page

from home import routing
from home.privacy import ViewRestrictionsInOneQueryMixin
from home.slugs import ReadableSlugMixin


class SectionIndexPage(ViewRestrictionsInOneQueryMixin, ReadableSlugMixin, Page):
    """A section of the site directly under the home page (catalog, producers, news…), one of each."""

    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class HomePage(ViewRestrictionsInOneQueryMixin, ReadableSlugMixin, Page):
    hero_heading = models.CharField(_("tiêu đề lớn"), max_length=200, blank=True)
    hero_text = models.TextField(_("lời giới thiệu"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh nền"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        InlinePanel("featured_products", heading=_("Sản phẩm nổi bật"), label=_("sản phẩm"), max_num=12),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "catalog.CatalogIndexPage",
        "catalog.ProducerIndexPage",
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "salespoints.SalesPointIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang chủ")

    def route(self, request, path_components):
        page = routing.descendant_at(self, path_components)
        if page is None:
            return super().route(request, path_components)
        return page.route(request, [])


class FeaturedProduct(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_products")
    product = models.ForeignKey(
        "catalog.ProductPage", verbose_name=_("sản phẩm"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("product")]


class DemoRecord(models.Model):
    """What `load_demo` last wrote to one page, snippet or image (the rule is in `demo/ownership.py`)."""

    # The demo's own name for the object ("catalog.productpage:mat-ong-hoa-ban"), so that it finds the
    # object again after an editor renames it; none for the English translations, found from their source.
    key = models.CharField(max_length=255, unique=True, null=True, blank=True)
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    # A page's revision the demo wrote; a snippet's fingerprint of the values the demo wrote.
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="demo_record_unique_object")
        ]

    def __str__(self):
        return self.key or f"{self.content_type_id}:{self.object_id}"
