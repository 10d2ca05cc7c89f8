"""OCOP products and the catalog index that lists them."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from catalog import certification, criteria
from catalog.forms import FiledPageForm
from catalog.search_text import FoldedSearchTextMixin, with_folded_text
from home.blocks import StoryBlock
from home.models import SectionIndexPage
from home.privacy import ViewRestrictionsInOneQueryMixin
from home.slugs import ReadableSlugMixin

from .criteria import CriteriaSet
from .images import DescribedImage
from .placed import FiledPlacedPage, PlacedMixin

SERVE_CATALOG_INDEX_HOOK = "serve_catalog_index"


class CatalogIndexPage(SectionIndexPage):
    """The product catalog: its view is the faceted search over its products."""

    subpage_types = ["catalog.CommuneFolderPage"]

    class Meta:
        verbose_name = _("danh mục sản phẩm")

    def serve(self, request, *args, **kwargs):
        # The listing is the catalog search, which sits above the catalog: the search app
        # registers its view under the "serve_catalog_index" hook (search/wagtail_hooks.py).
        for serve_listing in hooks.get_hooks(SERVE_CATALOG_INDEX_HOOK):
            return serve_listing(self, request)
        return super().serve(request, *args, **kwargs)


class ProductPage(
    ViewRestrictionsInOneQueryMixin, ReadableSlugMixin, FoldedSearchTextMixin, FiledPlacedPage, Page
):
    """A certified OCOP product with its certificate, gallery and buyer facts."""

    short_description = models.TextField(
        _("mô tả ngắn"),
        max_length=300,
        help_text=_("Một hai câu hiện trên thẻ sản phẩm và kết quả tìm kiếm (tối đa 300 ký tự)."),
    )
    description = RichTextField(_("mô tả"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    story = StreamField(StoryBlock(), verbose_name=_("câu chuyện sản phẩm"), blank=True)
    category = models.ForeignKey(
        "catalog.ProductSet",
        verbose_name=_("bộ sản phẩm OCOP"),
        on_delete=models.PROTECT,
        null=True,
        blank=False,
        related_name="products",
        help_text=_("Bộ sản phẩm theo Quyết định 148/QĐ-TTg."),
    )
    producer = models.ForeignKey(
        "catalog.ProducerPage",
        verbose_name=_("chủ thể"),
        on_delete=models.PROTECT,
        null=True,
        blank=False,
        related_name="product_pages",
    )

    # OCOP certificate
    stars = models.PositiveSmallIntegerField(
        _("hạng sao"),
        choices=certification.STAR_CHOICES,
        validators=[MinValueValidator(3), MaxValueValidator(5)],
        help_text=_("3 sao 50–69 điểm, 4 sao 70–89 điểm, 5 sao 90–100 điểm."),
    )
    score = models.PositiveSmallIntegerField(
        _("điểm đánh giá"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Tổng điểm trên thang 100, phải nằm trong khung điểm của hạng sao."),
    )
    certificate_number = models.CharField(_("số quyết định / giấy chứng nhận"), max_length=100, blank=True)
    certified_on = models.DateField(_("ngày công nhận"))
    certifying_level = models.CharField(
        _("cấp công nhận"),
        max_length=16,
        choices=certification.CertifyingLevel.CHOICES,
        default=certification.CertifyingLevel.PROVINCE,
    )
    valid_until = models.DateField(
        _("hiệu lực đến"),
        null=True,
        blank=True,
        help_text=_("Để trống để tính tự động: 36 tháng kể từ ngày công nhận."),
    )
    criteria_set = models.ForeignKey(
        "catalog.CriteriaSet",
        verbose_name=_("bộ tiêu chí"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="products",
        help_text=_("Để trống để chọn tự động: bộ tiêu chí đang áp dụng vào ngày công nhận."),
    )

    # Buyer's facts
    ingredients = models.TextField(_("thành phần"), blank=True)
    packaging = models.TextField(_("quy cách đóng gói và thông số"), blank=True)
    shelf_life = models.CharField(_("hạn sử dụng"), max_length=120, blank=True)
    standards = ParentalManyToManyField(
        "catalog.Standard", verbose_name=_("tiêu chuẩn đạt được"), blank=True, related_name="products"
    )
    price_min = models.PositiveIntegerField(_("giá từ (đồng)"), null=True, blank=True)
    price_max = models.PositiveIntegerField(_("giá đến (đồng)"), null=True, blank=True)
    price_unit = models.CharField(
        _("đơn vị tính giá"), max_length=80, blank=True, help_text=_("Ví dụ: túi 2 kg, chai 500 ml.")
    )
    production_capacity = models.CharField(
        _("năng lực sản xuất"), max_length=120, blank=True, help_text=_("Ví dụ: 50 tấn/năm.")
    )
    minimum_order = models.CharField(_("đơn hàng tối thiểu"), max_length=120, blank=True)
    wholesale_contact = models.CharField(
        _("liên hệ bán buôn"),
        max_length=255,
        blank=True,
        help_text=_(
            "Người, số điện thoại hoặc email cho khách mua sỉ; để trống để dùng liên hệ của chủ thể."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("short_description"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("producer")]),
        MultiFieldPanel(PlacedMixin.place_panels(commune_read_only=True), heading=_("Nơi sản xuất")),
        FieldPanel("description"),
        InlinePanel("gallery_images", heading=_("Bộ ảnh"), label=_("ảnh"), min_num=0),
        FieldPanel("story"),
    ]
    certification_panels = [
        FieldRowPanel([FieldPanel("stars"), FieldPanel("score")]),
        FieldRowPanel([FieldPanel("certificate_number"), FieldPanel("certifying_level")]),
        FieldRowPanel([FieldPanel("certified_on"), FieldPanel("valid_until")]),
        FieldPanel("criteria_set"),
    ]
    trade_panels = [
        FieldPanel("ingredients"),
        FieldPanel("packaging"),
        FieldRowPanel([FieldPanel("shelf_life"), FieldPanel("production_capacity")]),
        FieldPanel("standards", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("price_min"), FieldPanel("price_max")]), FieldPanel("price_unit")],
            heading=_("Giá bán lẻ"),
        ),
        FieldRowPanel([FieldPanel("minimum_order"), FieldPanel("wholesale_contact")]),
        InlinePanel("marketplace_links", heading=_("Mua trực tuyến"), label=_("gian hàng")),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Sản phẩm")),
            ObjectList(certification_panels, heading=_("Chứng nhận OCOP")),
            ObjectList(trade_panels, heading=_("Thông tin thương mại")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )

    search_fields = with_folded_text(
        Page.search_fields
        + [
            index.SearchField("short_description"),
            index.SearchField("description"),
            index.SearchField("ingredients"),
            index.RelatedFields("producer", [index.SearchField("title")]),
            index.RelatedFields("category", [index.SearchField("name")]),
            index.FilterField("stars"),
            index.FilterField("category"),
            index.FilterField("district"),
            index.FilterField("commune"),
            index.FilterField("certified_on"),
        ]
    )

    parent_page_types = ["catalog.CommuneFolderPage"]
    subpage_types = []
    base_form_class = FiledPageForm
    index_page_type = "CatalogIndexPage"

    # Certificate facts and contacts are the same in every language; words
    # (name, descriptions, story, packaging…) are translated.
    override_translatable_fields = [
        SynchronizedField("certificate_number"),
        SynchronizedField("criteria_set"),
        SynchronizedField("wholesale_contact"),
        SynchronizedField("price_min"),
        SynchronizedField("price_max"),
    ]

    class Meta:
        verbose_name = _("sản phẩm OCOP")
        verbose_name_plural = pgettext_lazy("plural", "sản phẩm OCOP")

    def clean(self):
        errors = {}
        try:
            super().clean()  # the place checks
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        errors.update(certification.score_errors(self.stars, self.score))
        if self.valid_until is None:
            self.valid_until = certification.default_valid_until(self.certified_on)
        errors.update(certification.date_errors(self.certified_on, self.valid_until))
        errors.update(certification.level_errors(self.stars, self.certified_on, self.certifying_level))
        self.fill_criteria_set()
        errors.update(criteria.not_in_force_errors(self.criteria_set, self.certified_on))
        if self.price_min and self.price_max and self.price_max < self.price_min:
            errors["price_max"] = _("Giá đến phải lớn hơn hoặc bằng giá từ.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.valid_until is None:
            self.valid_until = certification.default_valid_until(self.certified_on)
        self.fill_criteria_set()
        return super().save(*args, **kwargs)

    def fill_criteria_set(self):
        if self.criteria_set_id is None:
            self.criteria_set = criteria.in_force_on(self.certified_on, CriteriaSet.objects)

    @classmethod
    def display_queryset(cls):
        """Products as their page shows them (home/routing.py): one query per kind of related row."""
        # Every rendition of the gallery's photos: the page, its share preview and its JSON-LD
        # each ask for their own sizes, and a photo has only a handful.
        gallery = ProductGalleryImage.objects.select_related("image").prefetch_related("image__renditions")
        return cls.objects.select_related(
            "producer__logo",
            "producer__district",
            "category__group",
            "criteria_set",
            "district",
            "commune",
            "former_district",
            "former_commune",
        ).prefetch_related(
            models.Prefetch("gallery_images", queryset=gallery),
            "producer__logo__renditions",
            "marketplace_links",
            "standards",
        )

    @property
    def certification_status(self):
        return certification.status(self.valid_until)

    @cached_property
    def main_image(self):
        first = self.gallery_images.first()
        return first.image if first else None


class ProductGalleryImage(DescribedImage):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="gallery_images")


class MarketplaceLink(Orderable):
    """Where to buy the product online."""

    class Platform(models.TextChoices):
        SHOPEE = "shopee", "Shopee"
        LAZADA = "lazada", "Lazada"
        TIKI = "tiki", "Tiki"
        TIKTOK_SHOP = "tiktok_shop", "TikTok Shop"
        POSTMART = "postmart", "Postmart"
        VOSO = "voso", "Voso"
        WEBSITE = "website", _("Trang web của chủ thể")
        OTHER = "other", _("Khác")

    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="marketplace_links")
    platform = models.CharField(_("sàn / kênh bán"), max_length=32, choices=Platform.choices)
    url = models.URLField(_("địa chỉ gian hàng"))

    panels = [FieldPanel("platform"), FieldPanel("url")]
