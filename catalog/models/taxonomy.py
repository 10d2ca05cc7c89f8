"""The catalog's taxonomies: OCOP product groups and sets, places, standards.

Groups and sets carry words, so they are translatable (one row per locale,
tied by `translation_key`); their `code` from Decision 148/QĐ-TTg is the stable
key used in URLs and search facets across languages. Places and standards are
proper names and stay as written.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Taxonomy(models.Model):
    """Name, slug and sort order shared by every taxonomy."""

    name = models.CharField(_("tên"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, allow_unicode=False)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ProductGroup(TranslatableMixin, Taxonomy, index.Indexed):
    """One of the six OCOP product groups (Decision 148/QĐ-TTg, appendix I)."""

    code = models.CharField(
        _("mã nhóm"),
        max_length=8,
        help_text=_("Mã nhóm theo Quyết định 148/QĐ-TTg, ví dụ 1 (Thực phẩm)."),
    )
    description = models.TextField(_("mô tả"), blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("nhóm sản phẩm OCOP")
        verbose_name_plural = pgettext_lazy("plural", "nhóm sản phẩm OCOP")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "code"], name="unique_product_group_code_per_locale"),
        ]

    def __str__(self):
        return f"{self.code}. {self.name}"


class ProductSet(TranslatableMixin, Taxonomy, index.Indexed):
    """A product set within a group, e.g. 1.2.2 "Mật ong…". Products belong to a set."""

    group = models.ForeignKey(
        ProductGroup,
        verbose_name=_("nhóm"),
        on_delete=models.PROTECT,
        related_name="product_sets",
    )
    code = models.CharField(
        _("mã bộ sản phẩm"),
        max_length=16,
        help_text=_("Mã bộ sản phẩm theo Quyết định 148/QĐ-TTg, ví dụ 1.2.2."),
    )
    subgroup = models.CharField(_("phân nhóm"), max_length=255, blank=True)
    description = models.TextField(_("mô tả"), blank=True)

    panels = [
        FieldPanel("group"),
        FieldPanel("code"),
        FieldPanel("subgroup"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("subgroup"),
        index.SearchField("code"),
        index.AutocompleteField("code"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("bộ sản phẩm OCOP")
        verbose_name_plural = pgettext_lazy("plural", "bộ sản phẩm OCOP")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "code"], name="unique_product_set_code_per_locale"),
        ]

    def __str__(self):
        return f"{self.code} {self.name}"


class District(Taxonomy, index.Indexed):
    """A district-level area of the province (huyện, thị xã, thành phố).

    Districts were abolished on 1 July 2025, but certificates issued before
    name them and people still place products by them, so the catalog keeps
    them as its district facet, with the communes under each.
    """

    class Kind(models.TextChoices):
        CITY = "city", _("Thành phố")
        TOWN = "town", _("Thị xã")
        DISTRICT = "district", _("Huyện")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.DISTRICT)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("huyện / thị xã / thành phố")
        verbose_name_plural = pgettext_lazy("plural", "huyện / thị xã / thành phố")
        constraints = [models.UniqueConstraint(fields=["slug"], name="unique_district_slug")]

    @property
    def full_name(self):
        # Word order differs by language: "Huyện Tủa Chùa", "Tủa Chùa District".
        return _("%(kind)s %(name)s") % {"kind": self.get_kind_display(), "name": self.name}


class Commune(Taxonomy, index.Indexed):
    """A commune (xã, phường, thị trấn) within a district-level area."""

    class Kind(models.TextChoices):
        COMMUNE = "commune", _("Xã")
        WARD = "ward", _("Phường")
        TOWNSHIP = "township", _("Thị trấn")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.COMMUNE)
    district = models.ForeignKey(
        District,
        verbose_name=_("huyện / thị xã / thành phố"),
        on_delete=models.PROTECT,
        related_name="communes",
    )

    panels = [
        FieldPanel("district"),
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("district_id"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("xã / phường / thị trấn")
        verbose_name_plural = pgettext_lazy("plural", "xã / phường / thị trấn")
        constraints = [
            models.UniqueConstraint(fields=["district", "slug"], name="unique_commune_slug_per_district"),
        ]

    def __str__(self):
        return f"{self.name} ({self.district.name})"

    @property
    def full_name(self):
        return _("%(kind)s %(name)s") % {"kind": self.get_kind_display(), "name": self.name}


class Standard(Taxonomy):
    """A quality or production standard a product holds (VietGAP, HACCP, …)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("tiêu chuẩn")
        verbose_name_plural = pgettext_lazy("plural", "tiêu chuẩn")
        constraints = [models.UniqueConstraint(fields=["slug"], name="unique_standard_slug")]
