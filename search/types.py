"""The catalog search contract shared by every backend.

Views build a `CatalogQuery` (through `search.forms`), call
`search.service.search_catalog(query)` and render the `CatalogResult`. Neither
knows which backend answered: the embedded Django ORM backend or Elasticsearch.

Facet keys are stable across languages: stars "3".."5", OCOP group codes
"1".."6", product-set codes such as "1.2.2", district and commune slugs,
producer-type values from `catalog.models.ProducerType`.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from catalog.places import AREA_LABEL, COMMUNE_LABEL

SORT_RELEVANCE = "relevance"
SORT_NEWEST = "newest"
SORT_STARS = "stars"
SORT_NAME = "name"
SORTS = (SORT_RELEVANCE, SORT_NEWEST, SORT_STARS, SORT_NAME)

DEFAULT_PER_PAGE = 24

# Every backend labels its facets with these, so the page reads the same whichever answered.
FACET_LABELS = {
    "stars": _("Hạng sao"),
    "group": _("Nhóm sản phẩm"),
    "category": _("Bộ sản phẩm"),
    "district": AREA_LABEL,
    "commune": COMMUNE_LABEL,
    "producer_type": _("Loại hình chủ thể"),
}


@dataclass(frozen=True)
class CatalogQuery:
    q: str = ""
    stars: tuple[int, ...] = ()
    groups: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()
    producer_types: tuple[str, ...] = ()
    # Expired certificates drop out of the default listing.
    include_expired: bool = False
    sort: str = SORT_RELEVANCE
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    language: str = "vi"


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str  # the URL parameter: stars, group, category, district, commune, producer_type
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def selected(self):
        return [value for value in self.values if value.selected]


class PagedFacetedResult:
    """Pagination and facet lookup for a result with `query` (page, per_page), `total` and `facets`."""

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.query.per_page))

    @property
    def page(self):
        return self.query.page

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def has_previous(self):
        return self.page > 1

    def facet(self, name):
        return next((f for f in self.facets if f.name == name), None)


@dataclass
class CatalogResult(PagedFacetedResult):
    query: CatalogQuery
    hits: list  # specific ProductPage objects, in result order
    total: int
    facets: list[Facet]
    backend: str = "database"


class BackendUnavailable(Exception):
    """The search server could not answer; the service falls back to the embedded backend."""
