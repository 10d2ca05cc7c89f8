"""Supplier search: producers for buyers, faceted like the product catalog.

`search_suppliers(SupplierQuery) -> SupplierResult` follows the conventions of
`search.types`: facet keys are stable across languages (product-set and group
codes, district slugs, producer-type values, standard slugs, stars "3".."5"),
facet counts are disjunctive (a facet's counts ignore its own selection, so
choosing "VietGAP" still shows how many suppliers hold HACCP), every value is
listed even at zero, and text matches without diacritics ("dien bien" finds
"Điện Biên") at word starts, as in the catalog: "ang" finds "Mường Ảng" but not
"Phình Sáng", which matters now that every former place name is searchable.

A province has hundreds of producers, not millions: a few `values()` queries
load plain rows for the live producers of the language and their live
products, filtering and counting happen in Python over folded text, and page
objects are built only for the producers on the result page. A producer matches a facet value
when any of its live products does (a producer with a 3★ tea and a 5★ honey is
found under both 3★ and 5★).
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

from catalog import places
from catalog.models import (
    District,
    ProducerPage,
    ProducerType,
    ProductGroup,
    ProductPage,
    ProductSet,
    Standard,
)
from catalog.places import AREA_LABEL
from catalog.text import fold

from .indexing import fold_words
from .types import Facet, FacetValue, PagedFacetedResult

SORT_NAME = "name"
SORT_STARS = "stars"
SORT_PRODUCTS = "products"
SORTS = (SORT_NAME, SORT_STARS, SORT_PRODUCTS)
SORT_LABELS = {
    SORT_NAME: _("Tên A–Z"),
    SORT_STARS: _("Hạng sao cao nhất"),
    SORT_PRODUCTS: _("Nhiều sản phẩm nhất"),
}
DEFAULT_PER_PAGE = 20

# Folding (anyascii) costs more than the queries; the same titles and addresses
# come back on every request, so their folded forms are remembered.
_folded = lru_cache(maxsize=8192)(fold)
_folded_words = lru_cache(maxsize=8192)(fold_words)
STARS = (3, 4, 5)


@dataclass(frozen=True)
class SupplierQuery:
    q: str = ""
    categories: tuple[str, ...] = ()  # product-set codes, e.g. "1.2.2"
    groups: tuple[str, ...] = ()  # OCOP group codes "1".."6"
    districts: tuple[str, ...] = ()  # district slugs
    stars: tuple[int, ...] = ()
    producer_types: tuple[str, ...] = ()
    standards: tuple[str, ...] = ()  # standard slugs
    sort: str = SORT_NAME
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    language: str = "vi"


@dataclass
class SupplierHit:
    """A producer and what a buyer wants to see at a glance."""

    producer: ProducerPage
    products: list = field(default_factory=list)  # live ProductPages, best stars first
    categories: set = field(default_factory=set)
    groups: set = field(default_factory=set)
    stars: set = field(default_factory=set)
    standards: list = field(default_factory=list)  # Standard objects, in taxonomy order

    @property
    def best_stars(self):
        return max(self.stars) if self.stars else None

    @property
    def capacities(self):
        return [
            (product.title, product.production_capacity)
            for product in self.products
            if product.production_capacity
        ]

    @property
    def category_names(self):
        seen = []
        for product in self.products:
            if product.category and product.category.name not in seen:
                seen.append(product.category.name)
        return seen


@dataclass
class SupplierResult(PagedFacetedResult):
    query: SupplierQuery
    hits: list  # SupplierHit, this page only
    total: int
    facets: list


@dataclass
class _Row:
    """A producer reduced to what filtering, counting and sorting need (no model instances)."""

    pk: int
    sort_name: str
    district: str
    producer_type: str
    categories: set = field(default_factory=set)
    groups: set = field(default_factory=set)
    stars: set = field(default_factory=set)
    standards: set = field(default_factory=set)
    product_count: int = 0
    words: list = field(default_factory=list)
    text: str = ""


def _load_rows(language):
    """Plain rows for every live producer of the language: a handful of `values()` queries."""
    producers = (
        ProducerPage.objects.live()
        .filter(locale__language_code=language)
        .values(
            "pk",
            "title",
            "summary",
            "representative",
            "address",
            "producer_type",
            "district__slug",
            "district__name",
            "commune_id",
            "commune__name",
            "former_district__name",
            "former_commune__name",
        )
    )
    merged_units = places.merged_units_by_commune()
    rows = {}
    for producer in producers:
        rows[producer["pk"]] = _Row(
            pk=producer["pk"],
            sort_name=_folded(producer["title"]),
            district=producer["district__slug"] or "",
            producer_type=producer["producer_type"],
            words=[
                producer["title"],
                producer["summary"],
                producer["representative"],
                producer["address"],
                *places.search_names(
                    area=producer["district__name"],
                    commune=producer["commune__name"],
                    former_district=producer["former_district__name"],
                    former_commune=producer["former_commune__name"],
                    merged_units=merged_units.get(producer["commune_id"], ()),
                ),
            ],
        )
    products = (
        ProductPage.objects.live()
        .filter(producer_id__in=rows.keys())
        .values(
            "pk",
            "producer_id",
            "title",
            "short_description",
            "stars",
            "category__code",
            "category__name",
            "category__group__code",
        )
    )
    product_producer = {}
    for product in products:
        row = rows[product["producer_id"]]
        product_producer[product["pk"]] = row
        row.product_count += 1
        row.stars.add(product["stars"])
        row.words += [product["title"], product["short_description"], product["category__name"]]
        if product["category__code"]:
            row.categories.add(product["category__code"])
            row.groups.add(product["category__group__code"])
    held = ProductPage.standards.through.objects.filter(
        productpage_id__in=product_producer.keys()
    ).values_list("productpage_id", "standard__slug", "standard__name")
    for product_id, slug, name in held:
        row = product_producer[product_id]
        if slug not in row.standards:
            row.standards.add(slug)
            row.words.append(name)
    for row in rows.values():
        # Padded so that a word start is a plain `" term" in text`.
        row.text = " " + " ".join(_folded_words(word) for word in row.words if word) + " "
    return list(rows.values())


def _hits_for(rows):
    """Full SupplierHits (pages, products, standards) for the rows of one result page."""
    ids = [row.pk for row in rows]
    producers = (
        ProducerPage.objects.filter(pk__in=ids).select_related("district", "commune", "logo").in_bulk()
    )
    hits = {pk: SupplierHit(producer=producers[pk]) for pk in ids if pk in producers}
    products = (
        ProductPage.objects.live()
        .filter(producer_id__in=hits.keys())
        .select_related("category__group", "district")
        .prefetch_related("standards")
        .order_by("-stars", "title")
    )
    standard_order = {pk: index for index, pk in enumerate(Standard.objects.values_list("pk", flat=True))}
    for product in products:
        hit = hits[product.producer_id]
        hit.products.append(product)
        hit.stars.add(product.stars)
        if product.category:
            hit.categories.add(product.category.code)
            hit.groups.add(product.category.group.code)
        for standard in product.standards.all():
            if standard not in hit.standards:
                hit.standards.append(standard)
    for hit in hits.values():
        hit.standards.sort(key=lambda standard: standard_order.get(standard.pk, 0))
    return [hits[pk] for pk in ids if pk in hits]


def _matches_text(row, terms):
    return all(f" {term}" in row.text for term in terms)


# Each facet: its URL name, the query attribute holding its selection, and how
# to read a row's values for it.
_FACETS = (
    ("category", "categories", lambda row: row.categories),
    ("group", "groups", lambda row: row.groups),
    ("district", "districts", lambda row: {row.district} if row.district else set()),
    ("stars", "stars", lambda row: {str(star) for star in row.stars}),
    ("producer_type", "producer_types", lambda row: {row.producer_type}),
    ("standard", "standards", lambda row: row.standards),
)


def _selection(query):
    return {name: {str(value) for value in getattr(query, attribute)} for name, attribute, _values in _FACETS}


def _passes(row, selection, skip=None):
    for name, _attribute, values in _FACETS:
        chosen = selection[name]
        if name != skip and chosen and not (values(row) & chosen):
            return False
    return True


def _facet_options(language):
    """Every value of every facet, in display order: (name, label, [(key, label)])."""
    sets = ProductSet.objects.filter(locale__language_code=language).order_by("sort_order", "code")
    groups = ProductGroup.objects.filter(locale__language_code=language).order_by("sort_order", "code")
    return [
        ("category", _("Bộ sản phẩm"), [(s.code, f"{s.code} {s.name}") for s in sets]),
        ("group", _("Nhóm sản phẩm"), [(g.code, g.name) for g in groups]),
        ("district", AREA_LABEL, [(d.slug, d.name) for d in District.objects.all()]),
        ("stars", _("Hạng sao"), [(str(star), _("%(stars)s sao") % {"stars": star}) for star in STARS]),
        ("producer_type", _("Loại hình chủ thể"), [(value, label) for value, label in ProducerType.choices]),
        ("standard", _("Tiêu chuẩn"), [(s.slug, s.name) for s in Standard.objects.all()]),
    ]


def facet_options(language="vi"):
    """Valid keys per facet, for validating request parameters."""
    return {name: [key for key, _label in options] for name, _label, options in _facet_options(language)}


def _sort(rows, sort):
    if sort == SORT_STARS:
        return sorted(rows, key=lambda row: (-max(row.stars, default=0), row.sort_name))
    if sort == SORT_PRODUCTS:
        return sorted(rows, key=lambda row: (-row.product_count, row.sort_name))
    return sorted(rows, key=lambda row: row.sort_name)


def search_suppliers(query: SupplierQuery) -> SupplierResult:
    terms = fold_words(query.q).split()
    rows = [row for row in _load_rows(query.language) if _matches_text(row, terms)]
    selection = _selection(query)

    facets = []
    reader = {name: values for name, _attribute, values in _FACETS}
    for name, label, options in _facet_options(query.language):
        counts = {}
        for row in rows:
            if _passes(row, selection, skip=name):
                for key in reader[name](row):
                    counts[key] = counts.get(key, 0) + 1
        facets.append(
            Facet(
                name=name,
                label=label,
                values=[
                    FacetValue(
                        key=key,
                        label=str(value_label),
                        count=counts.get(key, 0),
                        selected=key in selection[name],
                    )
                    for key, value_label in options
                ],
            )
        )

    matching = _sort([row for row in rows if _passes(row, selection)], query.sort)
    start = (query.page - 1) * query.per_page
    return SupplierResult(
        query=query,
        hits=_hits_for(matching[start : start + query.per_page]),
        total=len(matching),
        facets=facets,
    )
