"""The catalog's faceted search, as an elasticsearch-dsl `FacetedSearch`.

Facet counts are disjunctive the way elasticsearch-dsl builds them: the
selected values narrow the hits through a `post_filter`, and each facet's
aggregation is filtered by every *other* facet's selection, so picking "4 sao"
still shows how many 3- and 5-star products match.
"""

from elasticsearch.dsl import FacetedSearch, Q, TermsFacet

from catalog.certification import today
from catalog.text import fold
from search.types import SORT_NAME, SORT_NEWEST, SORT_STARS

from .documents import ProductDocument, alias_name

# Larger than any vocabulary (the province has ~130 communes): every value comes back.
FACET_SIZE = 1000

# Field → boost. A match in the product's name outweighs one in its description.
TEXT_FIELDS = [
    "title^6",
    "title.prefix^2",
    "producer_name^2",
    "producer_name.prefix",
    "category_name^2",
    "category_name.prefix",
    "district_name^2",
    "district_name.prefix",
    "commune_name",
    "commune_name.prefix",
    "short_description",
    "description",
    "ingredients",
]

# Tie-breakers make every sort total, so pages never repeat or skip a product.
SORTS = {
    SORT_NEWEST: ["-certified_on", "name_sort", "page_id"],
    SORT_STARS: ["-stars", "name_sort", "page_id"],
    SORT_NAME: ["name_sort", "page_id"],
}
RELEVANCE_SORT = ["_score", "name_sort", "page_id"]

# CatalogQuery attribute → facet name (the URL parameter).
FACET_FILTERS = {
    "stars": "stars",
    "groups": "group",
    "categories": "category",
    "districts": "district",
    "communes": "commune",
    "producer_types": "producer_type",
}


def words(text):
    """The query's words, folded: "Mật ong  hoa ban" → ["mat", "ong", "hoa", "ban"]."""
    return fold(text).split()


class CatalogFacetedSearch(FacetedSearch):
    doc_types = [ProductDocument]
    facets = {
        "stars": TermsFacet(field="stars", size=FACET_SIZE),
        "group": TermsFacet(field="group", size=FACET_SIZE),
        "category": TermsFacet(field="category", size=FACET_SIZE),
        "district": TermsFacet(field="district", size=FACET_SIZE),
        "commune": TermsFacet(field="commune", size=FACET_SIZE),
        "producer_type": TermsFacet(field="producer_type", size=FACET_SIZE),
    }

    def __init__(self, catalog_query, using):
        self.catalog_query = catalog_query
        self.index = alias_name(catalog_query.language)
        self.using = using
        filters = {
            facet: list(getattr(catalog_query, attribute))
            for attribute, facet in FACET_FILTERS.items()
            if getattr(catalog_query, attribute)
        }
        sort = SORTS.get(catalog_query.sort, RELEVANCE_SORT)
        super().__init__(catalog_query.q.strip() or None, filters, sort)
        start = (catalog_query.page - 1) * catalog_query.per_page
        self._s = self._s[start : start + catalog_query.per_page].extra(track_total_hits=True)

    def search(self):
        search = super().search().source(False)
        if not self.catalog_query.include_expired:
            # Expired certificates drop out of hits and counts alike.
            search = search.filter("range", valid_until={"gte": today().isoformat()})
        return search

    def query(self, search, query):
        """Every word must match somewhere (name, producer, set, place, description), prefixes included."""
        for word in words(query):
            search = search.query(Q("multi_match", query=word, fields=TEXT_FIELDS, type="best_fields"))
        return search
