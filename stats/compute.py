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

from catalog import certification
from catalog.models import Commune, District, ProducerType, ProductGroup, ProductPage, ProductSet


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


def _label_map(model, language, key="code"):
    """{code: name} in `language`, falling back to Vietnamese for untranslated rows."""
    labels = {}
    for lang in ("vi", language):
        for obj in model.objects.filter(locale__language_code=lang):
            labels[getattr(obj, key)] = obj.name
    return labels


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

    by_stars = _count_by(valid, "stars")
    stars = Breakdown(
        "stars",
        _("Theo hạng sao"),
        [Row(str(s), _("%(stars)s sao") % {"stars": s}, by_stars.get(s, 0)) for s in (3, 4, 5)],
    )

    by_district = _count_by(valid, "district__slug")
    districts = Breakdown(
        "district",
        _("Theo khu vực (huyện cũ)"),
        [
            Row(d.slug, d.name, by_district.get(d.slug, 0))
            for d in District.objects.order_by("sort_order", "name")
        ],
    )

    # The catalog's commune facet keys and labels, every current commune listed
    # area by area; the area in brackets tells apart a commune from its namesake
    # area (xã Mường Chà lies in area Nậm Pồ).
    by_commune = _count_by(valid, "commune__slug")
    communes = Breakdown(
        "commune",
        _("Theo xã / phường"),
        [
            Row(c.slug, f"{c.name} ({c.district.name})", by_commune.get(c.slug, 0))
            for c in Commune.objects.select_related("district").order_by(
                "district__sort_order", "sort_order", "name"
            )
        ],
        note=_("Xã / phường hiện nay (từ 1/7/2025), xếp theo khu vực (huyện cũ)."),
    )

    group_labels = _label_map(ProductGroup, language)
    by_group = _count_by(valid, "category__group__code")
    groups = Breakdown(
        "group",
        _("Theo nhóm sản phẩm"),
        [Row(code, name, by_group.get(code, 0)) for code, name in sorted(group_labels.items())],
    )

    set_labels = _label_map(ProductSet, language)
    by_set = _count_by(valid, "category__code")
    sets = Breakdown(
        "category",
        _("Theo bộ sản phẩm"),
        [
            Row(code, f"{code} {set_labels.get(code, '')}".strip(), count)
            for code, count in sorted(by_set.items(), key=lambda item: (-item[1], item[0]))
        ],
        note=_("Chỉ liệt kê các bộ sản phẩm có sản phẩm."),
    )

    by_type = _count_by(valid, "producer__producer_type")
    producer_types = Breakdown(
        "producer_type",
        _("Theo loại hình chủ thể"),
        [Row(value, str(label), by_type.get(value, 0)) for value, label in ProducerType.choices],
        note=_("Số sản phẩm theo loại hình của chủ thể sản xuất."),
    )

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
        breakdowns=[stars, districts, communes, groups, sets, producer_types, by_year, cumulative],
    )
