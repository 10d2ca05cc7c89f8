"""The catalog's search, declared once: its facets, their order and hierarchy, and its sorts.

Everything that filters or counts products is derived from `FACETS`:
- the catalog's URL parameters, form and links (search.forms, search.presentation);
- the embedded backend's filters and disjunctive counts over `search.ProductSearchEntry`,
  whose column for a facet is `Facet.column` (search.backends.database);
- the Elasticsearch mapping (`facets.<name>` keyword fields) and aggregations (search.elastic);
- the supplier directory's facets (search.suppliers) and the statistics page (stats.compute).

Keys are stable across languages (codes and slugs); labels come from the taxonomies
in the visitor's language. A facet with a `parent` narrows it: ticking a product
group and one of its sets narrows that group to the set, while another ticked
group still counts whole; the child's values are listed only under open parents.

Adding a facet (README, "Adding a catalog facet"): declare it here, give
`ProductSearchEntry` its column (a migration), and rebuild the indexes.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from catalog import certification, facet_options
from catalog.models import Commune, District, ProducerType, ProductGroup, ProductSet, Standard
from catalog.places import AREA_LABEL, COMMUNE_LABEL


@dataclass(frozen=True)
class Option:
    key: str
    label: str
    parent: str = ""  # the parent facet's key this value belongs to, for child facets


@dataclass(frozen=True)
class Facet:
    name: str  # URL parameter and facet key: ?stars=4
    attribute: str  # the query's attribute holding the selection (CatalogQuery, SupplierQuery)
    label: object
    column: str  # ProductSearchEntry column; padded " a b " text when `multiple`
    keys_of: Callable  # product page (relations loaded) -> its keys
    # (language, open parent keys or None) -> [Option], every value in display order; those read
    # from the taxonomies are cached (catalog/facet_options.py).
    options: Callable
    parent: str = ""  # the facet this one narrows
    parents_of: Callable = None  # child keys -> {key: parent key}
    multiple: bool = False  # a product may hold several values
    integer: bool = False  # keys are whole numbers (URL "4" is the value 4)
    qualify: bool = False  # with several parents open, name the parent beside the value
    producer_field: str = ""  # a supplier's key is its own page's value (a values() path), not its products'
    suppliers: bool = True  # also a facet of the supplier directory
    statistics: bool = True  # also a breakdown of the statistics page

    def as_key(self, value):
        return str(value)


def _in_language(model, language):
    return model.objects.filter(locale__language_code=language).order_by("sort_order", "code")


def _star_options(language, parents=None):
    return [Option(str(value), str(label)) for value, label in certification.STAR_CHOICES]


@facet_options.cached
def _group_options(language):
    return [Option(group.code, group.name) for group in _in_language(ProductGroup, language)]


@facet_options.cached
def _set_options(language):
    sets = _in_language(ProductSet, language).select_related("group")
    return [Option(item.code, item.name, item.group.code) for item in sets]


@facet_options.cached
def _district_options(language):
    return [
        Option(district.slug, district.name) for district in District.objects.order_by("sort_order", "name")
    ]


@facet_options.cached
def _commune_options(language):
    communes = Commune.objects.select_related("district").order_by(
        "district__sort_order", "sort_order", "name"
    )
    return [Option(commune.slug, commune.name, commune.district.slug) for commune in communes]


def _producer_type_options(language, parents=None):
    return [Option(value, str(label)) for value, label in ProducerType.choices]


@facet_options.cached
def _standard_options(language):
    return [
        Option(standard.slug, standard.name) for standard in Standard.objects.order_by("sort_order", "name")
    ]


def _group_of_sets(keys):
    return {key: key.split(".")[0] for key in keys}


def _area_of_communes(keys):
    return dict(Commune.objects.filter(slug__in=keys).values_list("slug", "district__slug"))


def _one(value):
    return [value] if value else []


FACETS = (
    Facet(
        name="stars",
        attribute="stars",
        label=_("Hạng sao"),
        column="stars",
        keys_of=lambda page: _one(page.stars and str(page.stars)),
        options=_star_options,
        integer=True,
    ),
    Facet(
        name="group",
        attribute="groups",
        label=_("Nhóm sản phẩm"),
        column="group_code",
        keys_of=lambda page: _one(page.category and page.category.group.code),
        options=_group_options,
    ),
    Facet(
        name="category",
        attribute="categories",
        label=_("Bộ sản phẩm"),
        column="category_code",
        keys_of=lambda page: _one(page.category and page.category.code),
        options=_set_options,
        parent="group",
        parents_of=_group_of_sets,
    ),
    Facet(
        name="district",
        attribute="districts",
        label=AREA_LABEL,
        column="district_slug",
        keys_of=lambda page: _one(page.district and page.district.slug),
        options=_district_options,
        producer_field="district__slug",
    ),
    Facet(
        name="commune",
        attribute="communes",
        label=COMMUNE_LABEL,
        column="commune_slug",
        keys_of=lambda page: _one(page.commune and page.commune.slug),
        options=_commune_options,
        parent="district",
        parents_of=_area_of_communes,
        qualify=True,
        producer_field="commune__slug",
        suppliers=False,
    ),
    Facet(
        name="producer_type",
        attribute="producer_types",
        label=_("Loại hình chủ thể"),
        column="producer_type",
        keys_of=lambda page: _one(page.producer and page.producer.producer_type),
        options=_producer_type_options,
    ),
    Facet(
        name="standard",
        attribute="standards",
        label=_("Tiêu chuẩn"),
        column="standards",
        keys_of=lambda page: [standard.slug for standard in page.standards.all()],
        options=_standard_options,
        multiple=True,
    ),
)

BY_NAME = {facet.name: facet for facet in FACETS}


def facet(name):
    return BY_NAME[name]


def children_of(parent_name, facets=FACETS):
    return [facet for facet in facets if facet.parent == parent_name]


def family_of(facet_):
    """The facet at the top of `facet_`'s hierarchy: one filter per family."""
    while facet_.parent:
        facet_ = BY_NAME[facet_.parent]
    return facet_


def families(facets=FACETS):
    """[(root facet, [its child facets])] of `facets`, in declaration order."""
    return [(root, children_of(root.name, facets)) for root in facets if not root.parent]


def padded_keys(keys):
    """A multiple-valued facet's column: " vietgap haccp " (a key is a whole word of it)."""
    return f" {' '.join(keys)} " if keys else ""


# Sorts: (URL value, label, order of index fields). Every order ends in tie-breakers so that
# pages never repeat or skip a product, and both backends give the same order.
SORT_RELEVANCE = "relevance"
SORT_NEWEST = "newest"
SORT_STARS = "stars"
SORT_NAME = "name"


@dataclass(frozen=True)
class Sort:
    value: str
    label: object
    order: tuple  # ProductSearchEntry / document fields, "-" for descending; () = by relevance


SORTS = (
    Sort(SORT_RELEVANCE, _("Phù hợp nhất"), ()),
    Sort(SORT_NEWEST, _("Mới công nhận"), ("-certified_on", "name_sort", "page_id")),
    Sort(SORT_STARS, _("Hạng sao cao nhất"), ("-stars", "name_sort", "page_id")),
    Sort(SORT_NAME, _("Tên A–Z"), ("name_sort", "page_id")),
)
# Relevance with no words to rank by: best stars, then the newest certificates.
LISTING_ORDER = ("-stars", "-certified_on", "name_sort", "page_id")
RELEVANCE_TIEBREAK = ("-stars", "name_sort", "page_id")
SORT_BY_VALUE = {sort.value: sort for sort in SORTS}
