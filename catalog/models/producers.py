"""Producers: the OCOP "chủ thể" that make certified products."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from catalog.forms import FiledPageForm
from catalog.search_text import FoldedSearchTextMixin, with_folded_text
from home.blocks import StoryBlock
from home.models import SectionIndexPage
from home.privacy import ViewRestrictionsInOneQueryMixin
from home.slugs import ReadableSlugMixin

from .images import DescribedImage
from .placed import FiledPlacedPage, PlacedMixin


class ProducerType(models.TextChoices):
    ENTERPRISE = "enterprise", _("Doanh nghiệp")
    COOPERATIVE = "cooperative", _("Hợp tác xã")
    COOPERATIVE_GROUP = "cooperative_group", _("Tổ hợp tác")
    HOUSEHOLD = "household", _("Hộ sản xuất, kinh doanh")


class ProducerIndexPage(SectionIndexPage):
    """Lists the province's OCOP producers."""

    subpage_types = ["catalog.CommuneFolderPage"]

    class Meta:
        verbose_name = _("danh sách chủ thể OCOP")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["producers"] = (
            ProducerPage.objects.descendant_of(self)
            .live()
            .select_related("district", "logo")
            .order_by("title")
        )
        return context


class ProducerPage(
    ViewRestrictionsInOneQueryMixin, ReadableSlugMixin, FoldedSearchTextMixin, FiledPlacedPage, Page
):
    """An OCOP producer: enterprise, cooperative, cooperative group or household."""

    producer_type = models.CharField(_("loại hình chủ thể"), max_length=32, choices=ProducerType.choices)
    summary = models.TextField(
        _("giới thiệu ngắn"),
        max_length=400,
        blank=True,
        help_text=_("Một hai câu về chủ thể, hiện trên thẻ và kết quả tìm kiếm."),
    )
    representative = models.CharField(_("người đại diện"), max_length=255, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=500, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("trang web"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    story = StreamField(StoryBlock(), verbose_name=_("câu chuyện"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("producer_type"),
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("story"),
    ]
    contact_panels = [
        FieldPanel("representative"),
        MultiFieldPanel(
            [FieldPanel("address"), *PlacedMixin.place_panels(commune_read_only=True)],
            heading=_("Địa chỉ"),
        ),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("website"),
        InlinePanel("links", heading=_("Mạng xã hội và gian hàng"), label=_("liên kết")),
    ]
    photo_panels = [InlinePanel("photos", heading=_("Ảnh"), label=_("ảnh"))]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Nội dung")),
            ObjectList(contact_panels, heading=_("Liên hệ")),
            ObjectList(photo_panels, heading=_("Ảnh")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )

    search_fields = with_folded_text(
        Page.search_fields
        + [
            index.SearchField("summary"),
            index.SearchField("representative"),
            index.SearchField("address"),
            index.FilterField("producer_type"),
            index.FilterField("district"),
            index.FilterField("commune"),
        ]
    )

    parent_page_types = ["catalog.CommuneFolderPage"]
    subpage_types = []
    base_form_class = FiledPageForm
    index_page_type = "ProducerIndexPage"

    # Proper names and contacts stay as written unless an editor overrides them.
    override_translatable_fields = [
        SynchronizedField("representative", overridable=True),
        SynchronizedField("address", overridable=True),
        SynchronizedField("phone"),
    ]

    class Meta:
        verbose_name = _("chủ thể OCOP")
        verbose_name_plural = pgettext_lazy("plural", "chủ thể OCOP")

    @classmethod
    def display_queryset(cls):
        """Producers as their page shows them (home/routing.py): one query per kind of related row."""
        photos = ProducerPhoto.objects.select_related("image").prefetch_related("image__renditions")
        return cls.objects.select_related(
            "logo", "district", "commune", "former_district", "former_commune"
        ).prefetch_related("logo__renditions", models.Prefetch("photos", queryset=photos), "links")

    @cached_property
    def products(self):
        from .products import ProductPage

        return (
            ProductPage.objects.live()
            .filter(producer=self)
            .select_related("category", "district")
            .order_by("-stars", "title")
        )


class ProducerPhoto(DescribedImage):
    page = ParentalKey(ProducerPage, on_delete=models.CASCADE, related_name="photos")


class ProducerLink(Orderable):
    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        ZALO = "zalo", "Zalo"
        YOUTUBE = "youtube", "YouTube"
        TIKTOK = "tiktok", "TikTok"
        SHOPEE = "shopee", "Shopee"
        OTHER = "other", _("Khác")

    page = ParentalKey(ProducerPage, on_delete=models.CASCADE, related_name="links")
    platform = models.CharField(_("nền tảng"), max_length=32, choices=Platform.choices)
    url = models.URLField(_("địa chỉ"))

    panels = [FieldPanel("platform"), FieldPanel("url")]
