"""The catalog's faceted search, as an elasticsearch-dsl `FacetedSearch`.

Facet counts are disjunctive the way elasticsearch-dsl builds them: the
selections narrow the hits through a `post_filter`, and each facet's
aggregation is filtered by every *other* selection, so picking "4 sao" still
shows how many 3- and 5-star products match.

Two facets are hierarchies and filter as one family, exactly like the embedded
backend: a product group and its product sets ("group"), a district and its
communes ("district"). Ticking a group and one of its sets narrows that group
to the set; another ticked group still counts whole.
"""

import re

from elasticsearch.dsl import FacetedSearch, Q, TermsFacet

from catalog.certification import today
from catalog.models import Commune
from catalog.text import fold
from search import synonyms
from search.types import SORT_NAME, SORT_NEWEST, SORT_STARS

from .documents import ProductDocument, alias_name, commune_key

# Larger than any vocabulary (the province has ~130 communes): every value comes back.
FACET_SIZE = 1000
MAX_TERMS = 8
MAX_TERM_LENGTH = 40

# Matching: every query word must start a word of `all_text` (through its edge-n-gram
# sub-field). Ranking: a match in the name outweighs one elsewhere, whole words outweigh prefixes.
MATCH_FIELD = "all_text.prefix"
RANKING_FIELDS = {"title": 6, "title.prefix": 3, "all_text": 1}

# Tie-breakers make every sort total, so pages never repeat or skip a product;
# they are the embedded backend's, so explicit sorts give the same order.
SORTS = {
    SORT_NEWEST: ["-certified_on", "name_sort", "page_id"],
    SORT_STARS: ["-stars", "name_sort", "page_id"],
    SORT_NAME: ["name_sort", "page_id"],
}
RELEVANCE_SORT = ["_score", "-stars", "name_sort", "page_id"]
LISTING_SORT = ["-stars", "-certified_on", "name_sort", "page_id"]  # relevance without words

# Facet → the filter family it belongs to (a facet's own family does not filter its counts).
FAMILIES = {
    "stars": "stars",
    "group": "group",
    "category": "group",
    "district": "district",
    "commune": "district",
    "producer_type": "producer_type",
}

_NON_WORD = re.compile(r"[^a-z0-9]+")


def words(text):
    """The query's folded words, without duplicates, at most MAX_TERMS: "Mật ong, hoa-ban" → mat ong hoa ban."""
    terms = []
    for word in _NON_WORD.sub(" ", fold(text)).split():
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def clause_query(clause):
    """One clause of `search.synonyms.expand`: the typed words (each a word prefix) or a synonym phrase."""
    typed, *others = clause
    match = Q("match", **{MATCH_FIELD: {"query": " ".join(typed), "operator": "and"}})
    if not others:
        return match
    phrases = [Q("match_phrase", all_text=" ".join(words)) for words in others]
    return Q("bool", should=[match, *phrases], minimum_should_match=1)


def clause_queries(clauses):
    """The `must` list: plain words in one match (every one required), each widened clause on its own."""
    plain = [word for clause in clauses if len(clause) == 1 for word in clause[0]]
    queries = [Q("match", **{MATCH_FIELD: {"query": " ".join(plain), "operator": "and"}})] if plain else []
    return queries + [clause_query(clause) for clause in clauses if len(clause) > 1]


def hierarchy_filter(parent_field, parents, child_field, children, child_parents):
    """Selected children, or selected parents none of whose children is selected."""
    clauses = []
    if children:
        clauses.append(Q("terms", **{child_field: list(children)}))
    narrowed = {parent for child in children for parent in child_parents.get(child, ())}
    whole = [parent for parent in parents if parent not in narrowed]
    if whole:
        clauses.append(Q("terms", **{parent_field: whole}))
    if not clauses:
        return Q("match_none")
    return clauses[0] if len(clauses) == 1 else Q("bool", should=clauses, minimum_should_match=1)


def family_filters(query):
    """{family: query} for the selections of a CatalogQuery."""
    filters = {}
    if query.stars:
        filters["stars"] = Q("terms", stars=list(query.stars))
    if query.groups or query.categories:
        set_groups = {code: (code.split(".")[0],) for code in query.categories}
        filters["group"] = hierarchy_filter("group", query.groups, "category", query.categories, set_groups)
    if query.districts or query.communes:
        # A commune slug is unique only within its district: pin it to the ticked districts
        # that have it (or to every district that has it, if none is ticked).
        districts_of = {}
        for district_slug, commune_slug in Commune.objects.filter(slug__in=query.communes).values_list(
            "district__slug", "slug"
        ):
            districts_of.setdefault(commune_slug, set()).add(district_slug)
        ticked = set(query.districts)
        keys = sorted(
            commune_key(district_slug, commune_slug)
            for commune_slug, district_slugs in districts_of.items()
            for district_slug in (district_slugs & ticked) or district_slugs
        )
        commune_parents = {key: (key.split("/")[0],) for key in keys}
        filters["district"] = hierarchy_filter(
            "district", query.districts, "commune_key", keys, commune_parents
        )
    if query.producer_types:
        filters["producer_type"] = Q("terms", producer_type=list(query.producer_types))
    return filters


class CatalogFacetedSearch(FacetedSearch):
    doc_types = [ProductDocument]
    facets = {
        "stars": TermsFacet(field="stars", size=FACET_SIZE),
        "group": TermsFacet(field="group", size=FACET_SIZE),
        "category": TermsFacet(field="category", size=FACET_SIZE),
        "district": TermsFacet(field="district", size=FACET_SIZE),
        "commune": TermsFacet(field="commune_key", size=FACET_SIZE),
        "producer_type": TermsFacet(field="producer_type", size=FACET_SIZE),
    }

    def __init__(self, catalog_query, using):
        # FacetedSearch.__init__ filters facet by facet; the hierarchies need families, so
        # this sets the same attributes itself and builds the search the base class's way.
        self.catalog_query = catalog_query
        self.index = alias_name(catalog_query.language)
        self.using = using
        self.terms = words(catalog_query.q)
        self._query = " ".join(self.terms) or None
        self._filters = family_filters(catalog_query)
        self.filter_values = {}
        if catalog_query.sort in SORTS:
            self._sort = SORTS[catalog_query.sort]
        else:
            self._sort = RELEVANCE_SORT if self.terms else LISTING_SORT
        self._s = self.build_search()
        start = (max(1, catalog_query.page) - 1) * catalog_query.per_page
        self._s = self._s[start : start + catalog_query.per_page].extra(track_total_hits=True)

    def search(self):
        search = super().search().source(False)
        if not self.catalog_query.include_expired:
            # Expired certificates drop out of hits and counts alike.
            search = search.filter("range", valid_until={"gte": today().isoformat()})
        return search

    def query(self, search, query):
        """Every word (or a synonym of it) must start a word somewhere: name, producer, set, group, place, descriptions."""
        clauses = synonyms.expand(self.catalog_query.q, self.catalog_query.language)
        return search.query(
            Q(
                "bool",
                must=clause_queries(clauses),
                should=[
                    Q("match", **{field: {"query": query, "boost": boost}})
                    for field, boost in RANKING_FIELDS.items()
                ],
            )
        )

    def aggregate(self, search):
        """Each facet counts under every selection but its own family's."""
        for name, facet in self.facets.items():
            others = [query for family, query in self._filters.items() if family != FAMILIES[name]]
            agg_filter = Q("bool", filter=others) if others else Q("match_all")
            search.aggs.bucket("_filter_" + name, "filter", filter=agg_filter).bucket(
                name, facet.get_aggregation()
            )
