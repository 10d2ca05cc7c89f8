"""Supplier search: producers for buyers, faceted like the product catalog.

`search_suppliers(SupplierQuery) -> SupplierResult` follows the conventions of
`search.types`: facet keys are stable across languages (product-set and group
codes, district slugs, producer-type values, standard slugs, stars "3".."5"),
facet counts are disjunctive (a facet's counts ignore its own selection, so
choosing "VietGAP" still shows how many suppliers hold HACCP), every value is
listed even at zero, and text matches without diacritics ("dien bien" finds
"Điện Biên") at word starts, as in the catalog: "ang" finds "Mường Ảng" but not
"Phình Sáng", which matters now that every former place name is searchable.

A province has hundreds of producers, the national programme a few thousand:
a few `values()` queries load plain rows for the live producers of the language
and their live products, filtering and counting happen in Python over folded
text, and page objects are built only for the producers on the result page. A
producer matches a facet value when any of its live products does (a producer
with a 3★ tea and a 5★ honey is found under both 3★ and 5★).

Loading and folding the rows is most of the work (about 0.4 s at 3 750
producers), and they change only when content does, so each process keeps them
per language under the content generation they were read in
(home.content_generation), which any editor's write on any app server retires.
"""

import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection
from django.utils.translation import gettext_lazy as _

from catalog import crosswalk, places, search_index
from catalog.models import ProducerPage, ProductPage, Standard
from home import content_generation, shared_cache
from home.text import fold

from .facets import build_facets, family_selections, shown_facets
from .indexing import fold_words
from .models import ProductSearchEntry
from .types import FacetedQuery, PagedFacetedResult

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
# The catalog's facets that describe a supplier (catalog.search_index, `Facet.suppliers`).
FACETS = tuple(facet for facet in search_index.FACETS if facet.suppliers)


@dataclass(frozen=True, init=False)
class SupplierQuery(FacetedQuery):
    """What a buyer asked the directory: `SupplierQuery(q="mat ong", standards=("haccp",))`."""

    facets = FACETS
    default_sort = SORT_NAME
    default_per_page = DEFAULT_PER_PAGE

    q: str
    selected: tuple
    sort: str
    page: int
    per_page: int
    language: str


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
    keys: dict = field(default_factory=dict)  # {facet name: set of keys}, from its products or itself
    product_count: int = 0
    words: list = field(default_factory=list)
    text: str = ""


# {language: (content generation, time read, rows)}: this process's rows, read under that generation.
_kept_rows = {}
# Writes that bypass Django's signals (raw SQL, QuerySet.update()) advance no generation; rows
# are read again after this long anyway, as stored pages expire (OCOP_PAGE_CACHE_SECONDS).
KEEP_ROWS_SECONDS = 300


def _rows(language):
    """The rows of `_load_rows(language)`, read again only when the content generation has changed.

    Not kept inside a transaction, which may have written rows it could still roll back, nor
    when the shared cache cannot say which generation is current.
    """
    now = time.monotonic()
    if connection.in_atomic_block:
        return _load_rows(language)
    generation = shared_cache.attempt(content_generation.current, "read the content generation")
    if generation is None:
        return _load_rows(language)
    kept_generation, read_at, rows = _kept_rows.get(language, (None, 0, None))
    if kept_generation == generation and now - read_at < KEEP_ROWS_SECONDS:
        return rows
    # The generation read before the rows: an edit committed meanwhile has already retired it.
    rows = _load_rows(language)
    _kept_rows[language] = (generation, now, rows)
    return rows


def _load_rows(language):
    """Plain rows for every live producer of the language: a handful of `values()` queries."""
    own_fields = [facet.producer_field for facet in FACETS if facet.producer_field]
    producers = (
        ProducerPage.objects.live()
        .filter(locale__language_code=language)
        .values(
            "pk",
            "title",
            "summary",
            "representative",
            "address",
            "district__name",
            "commune_id",
            "commune__name",
            "former_district__name",
            "former_commune__name",
            *own_fields,
        )
    )
    merged_units = crosswalk.merged_units_by_commune()
    rows = {}
    for producer in producers:
        rows[producer["pk"]] = _Row(
            pk=producer["pk"],
            sort_name=_folded(producer["title"]),
            keys={
                facet.name: {producer[facet.producer_field]} - {None, ""} if facet.producer_field else set()
                for facet in FACETS
            },
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
    # A supplier holds the facet keys of its live products, read from the catalog's index.
    product_facets = [facet for facet in FACETS if not facet.producer_field]
    entries = ProductSearchEntry.objects.filter(page__producer_id__in=rows.keys()).values(
        "page__producer_id",
        "page__title",
        "page__short_description",
        "page__category__name",
        *(facet.column for facet in product_facets),
    )
    standard_names = dict(Standard.objects.values_list("slug", "name"))
    for entry in entries:
        row = rows[entry["page__producer_id"]]
        row.product_count += 1
        row.words += [entry["page__title"], entry["page__short_description"], entry["page__category__name"]]
        for facet in product_facets:
            value = entry[facet.column]
            keys = value.split() if facet.multiple else [str(value)] if value not in (None, "") else []
            row.keys[facet.name].update(keys)
        row.words += [standard_names.get(key, "") for key in entry["standards"].split()]
    for row in rows.values():
        # Padded so that a word start is a plain `" term" in text`.
        row.text = " " + " ".join(_folded_words(word) for word in row.words if word) + " "
        row.words = []  # kept rows hold only what searching reads
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


def _holds(row, selection):
    """Whether some product of the supplier's (or the supplier itself) meets one family's selection."""
    for child, keys in selection.children:
        if not row.keys[child.name].isdisjoint(keys):
            return True
    return not row.keys[selection.root.name].isdisjoint(selection.whole)


def _filter_and_count(rows, selections, shown):
    """(rows meeting every family's selection, {facet name: {key: suppliers}}) for the `shown` facets.

    Disjunctive: a facet counts the suppliers that meet every selection but its own family's.
    So a supplier failing no family counts in every facet, one failing a single family counts
    in that family's facets only, and one failing two counts nowhere; each supplier is tested
    once per selected family.
    """
    counts = {facet.name: Counter() for facet, _options in shown}
    by_family = {}
    for facet, _options in shown:
        by_family.setdefault(search_index.family_of(facet).name, []).append(facet.name)
    every_facet = list(counts)
    matching = []
    for row in rows:
        failed = [name for name, selection in selections.items() if not _holds(row, selection)]
        if not failed:
            matching.append(row)
            counted = every_facet
        elif len(failed) == 1:
            counted = by_family.get(failed[0], ())
        else:
            continue
        for name in counted:
            counts[name].update(row.keys[name])
    return matching, counts


def _sort(rows, sort):
    if sort == SORT_STARS:
        return sorted(rows, key=lambda row: (-max(map(int, row.keys["stars"]), default=0), row.sort_name))
    if sort == SORT_PRODUCTS:
        return sorted(rows, key=lambda row: (-row.product_count, row.sort_name))
    return sorted(rows, key=lambda row: row.sort_name)


def search_suppliers(query: SupplierQuery) -> SupplierResult:
    terms = fold_words(query.q).split()
    rows = [row for row in _rows(query.language) if _matches_text(row, terms)]
    shown = shown_facets(query, FACETS)
    matching, counts = _filter_and_count(rows, family_selections(query, FACETS), shown)
    matching = _sort(matching, query.sort)
    start = (query.page - 1) * query.per_page
    return SupplierResult(
        query=query,
        hits=_hits_for(matching[start : start + query.per_page]),
        total=len(matching),
        facets=build_facets(query, shown, counts),
    )


def facet_options(language="vi"):
    """Valid keys per supplier facet, for validating request parameters."""
    return {facet.name: [option.key for option in facet.options(language)] for facet in FACETS}
