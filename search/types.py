"""The catalog search contract shared by every backend.

Views build a `CatalogQuery` (through `search.forms`), call
`search.service.search_catalog(query)` and render the `CatalogResult`. Neither
knows which backend answered: the embedded Django ORM backend or Elasticsearch.

Which facets exist, their keys, labels and hierarchy are declared once in
`catalog.search_index`; keys are stable across languages.
"""

import dataclasses
from dataclasses import dataclass, field

from catalog import search_index
from catalog.search_index import SORT_NAME, SORT_NEWEST, SORT_RELEVANCE, SORT_STARS  # noqa: F401

SORTS = tuple(sort.value for sort in search_index.SORTS)

DEFAULT_PER_PAGE = 24


class FacetedQuery:
    """Words, a selection per declared facet, sort and page: the base of the catalog and supplier queries.

    Selections are keyword arguments named by `Facet.attribute`
    (`CatalogQuery(stars=(4,), districts=("tua-chua",))`) and read back the same
    way (`query.stars`) or by facet name (`query.keys("stars")`). Subclasses are
    frozen dataclasses whose fields `__init__` fills.
    """

    facets = search_index.FACETS
    default_sort = SORT_RELEVANCE
    default_per_page = DEFAULT_PER_PAGE

    def __init__(self, q="", *, selected=(), sort=None, page=1, per_page=None, language="vi", **others):
        attributes = {facet.attribute: facet.name for facet in self.facets}
        chosen = dict(selected)
        fields = {field.name for field in dataclasses.fields(self)}
        extra = {}
        for name, value in others.items():
            if name in attributes:
                chosen[attributes[name]] = tuple(value)
            elif name in fields:
                extra[name] = value
            else:
                raise TypeError(f"{type(self).__name__} has no facet or field {name!r}")
        values = {
            "q": q,
            "selected": tuple(
                (facet.name, tuple(chosen[facet.name])) for facet in self.facets if chosen.get(facet.name)
            ),
            "sort": sort or self.default_sort,
            "page": page,
            "per_page": per_page or self.default_per_page,
            "language": language,
            **extra,
        }
        for name in fields:
            object.__setattr__(self, name, values.get(name, getattr(type(self), name, None)))

    def selection(self, name):
        """The keys chosen in facet `name`, as given (integers for integer facets)."""
        return dict(self.selected).get(name, ())

    def keys(self, name):
        """The keys chosen in facet `name`, as strings."""
        return tuple(str(value) for value in self.selection(name))

    def __getattr__(self, attribute):
        for facet in self.facets:
            if facet.attribute == attribute:
                return self.selection(facet.name)
        raise AttributeError(attribute)


@dataclass(frozen=True, init=False)
class CatalogQuery(FacetedQuery):
    """What a visitor asked the catalog."""

    q: str
    selected: tuple  # ((facet name, (key, …)), …) in declaration order, empty selections left out
    sort: str
    page: int
    per_page: int
    language: str
    include_expired: bool = False  # expired certificates drop out of the default listing
    counts_only: bool = False  # facets and total, no hits (the home page's overview)


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str  # the facet's name in catalog.search_index, also its URL parameter
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
