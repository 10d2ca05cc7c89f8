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
    """A former district-level unit (huyện, thị xã, thành phố), kept as the catalog's area.

    Districts were abolished on 1 July 2025, but people still place products by
    them and certificates issued before then name them, so the catalog keeps
    them as its area facet ("Khu vực (huyện cũ)"): each current commune belongs
    to one area (`Commune.district`), and former addresses name them.
    """

    class Kind(models.TextChoices):
        CITY = "city", _("Thành phố")
        TOWN = "town", _("Thị xã")
        DISTRICT = "district", _("Huyện")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.DISTRICT)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("khu vực (huyện cũ)")
        verbose_name_plural = pgettext_lazy("plural", "khu vực (huyện cũ)")
        constraints = [models.UniqueConstraint(fields=["slug"], name="unique_district_slug")]

    def successors(self):
        """Current communes formed (wholly or partly) from this district's former units, in order."""
        return Commune.objects.filter(former_units__district=self).distinct().order_by("sort_order", "name")

    @property
    def full_name(self):
        # Word order differs by language: "Huyện Tủa Chùa", "Tủa Chùa District".
        return _("%(kind)s %(name)s") % {"kind": self.get_kind_display(), "name": self.name}


class Commune(Taxonomy, index.Indexed):
    """A current commune-level unit (xã, phường) of the province, since 1 July 2025.

    `district` is its area: the former district most of its former units belonged
    to (catalog/data/communes_2025.csv says so for the eight that span two).
    Products and producers are filed under their commune, and its editors'
    group edits them (editorial).
    """

    class Kind(models.TextChoices):
        COMMUNE = "commune", _("Xã")
        WARD = "ward", _("Phường")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.COMMUNE)
    code = models.CharField(
        _("mã đơn vị hành chính"),
        max_length=8,
        blank=True,
        help_text=_("Mã của Tổng cục Thống kê (5 chữ số)."),
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("khu vực (huyện cũ)"),
        on_delete=models.PROTECT,
        related_name="communes",
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("district"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("district_id"),
        # The commune chooser narrows a commune editor's search to their own communes.
        index.FilterField("id"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("xã / phường")
        verbose_name_plural = pgettext_lazy("plural", "xã / phường")
        constraints = [models.UniqueConstraint(fields=["slug"], name="unique_commune_slug")]

    def __str__(self):
        return str(self.full_name)

    @property
    def full_name(self):
        return _("%(kind)s %(name)s") % {"kind": self.get_kind_display(), "name": self.name}


class FormerCommune(Taxonomy, index.Indexed):
    """A commune-level unit as it stood before 1 July 2025, and the current unit it became.

    The rows are the crosswalk of Resolution 1661/NQ-UBTVQH15 (16 June 2025),
    which merged Điện Biên's 129 units whole into 45: each former unit has
    exactly one successor. `source` cites the evidence for each row.
    """

    class Kind(models.TextChoices):
        COMMUNE = "commune", _("Xã")
        WARD = "ward", _("Phường")
        TOWNSHIP = "township", _("Thị trấn")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.COMMUNE)
    code = models.CharField(_("mã đơn vị hành chính cũ"), max_length=8, blank=True)
    district = models.ForeignKey(
        District, verbose_name=_("huyện cũ"), on_delete=models.PROTECT, related_name="former_communes"
    )
    successor = models.ForeignKey(
        Commune,
        verbose_name=_("nay thuộc"),
        on_delete=models.PROTECT,
        related_name="former_units",
        help_text=_("Xã / phường hiện nay (từ 1/7/2025) mà đơn vị này được sáp nhập vào."),
    )
    source = models.CharField(_("nguồn"), max_length=500, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    panels = [
        FieldPanel("district"),
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("successor"),
        FieldPanel("source"),
        FieldPanel("note"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("district_id"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("xã / phường / thị trấn cũ")
        verbose_name_plural = pgettext_lazy("plural", "xã / phường / thị trấn cũ")
        constraints = [
            models.UniqueConstraint(
                fields=["district", "slug"], name="unique_former_commune_slug_per_district"
            ),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.district.full_name})"

    @property
    def full_name(self):
        return _("%(kind)s %(name)s") % {"kind": self.get_kind_display(), "name": self.name}


class Standard(Taxonomy):
    """A quality or production standard a product holds (VietGAP, HACCP, …)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("tiêu chuẩn")
        verbose_name_plural = pgettext_lazy("plural", "tiêu chuẩn")
        constraints = [models.UniqueConstraint(fields=["slug"], name="unique_standard_slug")]
