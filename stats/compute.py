"""The OCOP programme's figures, computed live from the published catalog.

Two populations, said on the page:
- the current figures (totals; by stars, area (former district), current
  commune, group, product set, producer type) count live products of one language whose certificate is still valid on
  the day (`valid_until` >= today). That is what the catalog's default listing and
  facets count (`CatalogQuery.include_expired` is False by default);
- the history (by certification year, cumulative) counts every live certified
  product, expired or not: a certificate issued in 2020 was still issued in 2020.
"""

import datetime
from dataclasses import dataclass, field
from itertools import accumulate

from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from catalog import certification, search_index
from catalog.models import ProductPage
from search.backends.database import facet_counts
from search.facets import labelled_options
from search.models import ProductSearchEntry

# How the page presents some breakdowns; the breakdowns themselves are the catalog's
# facets (catalog.search_index), counted as the catalog's default listing counts them.
NOTES = {
    "commune": gettext_lazy("Xã / phường hiện nay (từ 1/7/2025), xếp theo khu vực (huyện cũ)."),
    "category": gettext_lazy("Chỉ liệt kê các bộ sản phẩm có sản phẩm."),
    "producer_type": gettext_lazy("Số sản phẩm theo loại hình của chủ thể sản xuất."),
}
# Facets with many values list only those with products, most products first, code beside the name.
ONLY_WITH_PRODUCTS = {"category"}


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    count: int


@dataclass
class Breakdown:
    name: str  # stable identifier: stars, district, group, category, producer_type, year, cumulative
    title: str
    rows: list[Row]
    note: str = ""

    @property
    def total(self):
        return sum(row.count for row in self.rows)

    @property
    def max_count(self):
        return max((row.count for row in self.rows), default=0)


@dataclass
class Statistics:
    language: str
    on: datetime.date
    product_count: int
    producer_count: int
    certified_ever: int
    expired_count: int
    breakdowns: list[Breakdown] = field(default_factory=list)

    def breakdown(self, name):
        return next((b for b in self.breakdowns if b.name == name), None)

    def counts(self, name):
        """{key: count} of one breakdown, for comparisons and tests."""
        return {row.key: row.count for row in self.breakdown(name).rows}


def certified_products(language):
    """Every live product page of `language` (each one carries an OCOP certificate)."""
    return ProductPage.objects.live().filter(locale__language_code=language)


def valid_products(language, on):
    return certified_products(language).filter(valid_until__gte=on)


def facet_breakdown(facet, language, on):
    """One declared facet's counts over the products the catalog lists by default."""
    entries = ProductSearchEntry.objects.filter(language=language, valid_until__gte=on)
    counts = facet_counts(facet, entries)
    rows = [
        Row(option.key, option.label, counts.get(option.key, 0))
        for option in labelled_options(facet, language)
    ]
    if facet.name in ONLY_WITH_PRODUCTS:
        rows = sorted(
            (Row(row.key, f"{row.key} {row.label}", row.count) for row in rows if row.count),
            key=lambda row: (-row.count, row.key),
        )
    title = _("Theo %(facet)s") % {"facet": str(facet.label).lower()}
    return Breakdown(facet.name, title, rows, note=str(NOTES.get(facet.name, "")))


def _count_by(products, field_name):
    return {
        value: count
        for value, count in products.order_by().values_list(field_name).annotate(n=Count("pk", distinct=True))
        if value is not None
    }


def compute(language=None, on=None):
    language = language or translation.get_language() or "vi"
    on = on or certification.today()
    with translation.override(language):
        return _compute(language, on)


def _compute(language, on):
    valid = valid_products(language, on)
    certified = certified_products(language)

    product_count = valid.count()
    producer_count = valid.filter(producer__isnull=False).values("producer").distinct().count()
    certified_ever = certified.count()

    facets = [facet_breakdown(facet, language, on) for facet in search_index.FACETS if facet.statistics]

    years = _count_by(certified, "certified_on__year")
    year_range = range(min(years), max(years) + 1) if years else range(0)
    year_counts = [years.get(year, 0) for year in year_range]
    by_year = Breakdown(
        "year",
        _("Theo năm công nhận"),
        [Row(str(y), str(y), c) for y, c in zip(year_range, year_counts, strict=True)],
        note=_("Mọi sản phẩm từng được công nhận, kể cả giấy chứng nhận đã hết hiệu lực."),
    )
    cumulative = Breakdown(
        "cumulative",
        _("Lũy kế theo năm"),
        [Row(str(y), str(y), c) for y, c in zip(year_range, accumulate(year_counts), strict=True)],
        note=_("Tổng số sản phẩm đã được công nhận tính đến hết mỗi năm."),
    )

    return Statistics(
        language=language,
        on=on,
        product_count=product_count,
        producer_count=producer_count,
        certified_ever=certified_ever,
        expired_count=certified.filter(Q(valid_until__lt=on) | Q(valid_until__isnull=True)).count(),
        breakdowns=[*facets, by_year, cumulative],
    )
