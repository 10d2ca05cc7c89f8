"""The catalog's faceted search, as an elasticsearch-dsl `FacetedSearch`.

Facet counts are disjunctive the way elasticsearch-dsl builds them: the
selections narrow the hits through a `post_filter`, and each facet's
aggregation is filtered by every *other* selection, so picking "4 sao" still
shows how many 3- and 5-star products match.

The facets, their families and sorts come from `catalog.search_index`, and the
family rules from `search.facets`, exactly as the embedded backend uses them: each
facet is a terms aggregation on its `facets.<name>` keyword field.
"""

import re

from elasticsearch.dsl import FacetedSearch, Q, TermsFacet

from catalog import search_index
from catalog.certification import today
from home.text import fold
from search import synonyms
from search.facets import family_selections

from .documents import ProductDocument, alias_name

# Larger than any vocabulary (the province has ~130 communes): every value comes back.
FACET_SIZE = 1000
MAX_TERMS = 8
MAX_TERM_LENGTH = 40

# Matching: every query word must start a word of `all_text` (through its edge-n-gram
# sub-field). Ranking: a match in the name outweighs one elsewhere, whole words outweigh prefixes.
MATCH_FIELD = "all_text.prefix"
RANKING_FIELDS = {"title": 6, "title.prefix": 3, "all_text": 1}

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


def facet_field(facet):
    return f"facets.{facet.name}"


def family_filter(selection):
    """One family's filter: its selected children, or its parents selected whole."""
    clauses = [Q("terms", **{facet_field(child): list(keys)}) for child, keys in selection.children]
    if selection.whole:
        clauses.append(Q("terms", **{facet_field(selection.root): list(selection.whole)}))
    if not clauses:
        return Q("match_none")
    return clauses[0] if len(clauses) == 1 else Q("bool", should=clauses, minimum_should_match=1)


def family_filters(query):
    """{family (root facet name): query} for the selections of a CatalogQuery."""
    return {name: family_filter(selection) for name, selection in family_selections(query).items()}


class CatalogFacetedSearch(FacetedSearch):
    doc_types = [ProductDocument]
    facets = {
        facet.name: TermsFacet(field=facet_field(facet), size=FACET_SIZE) for facet in search_index.FACETS
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
        sort = search_index.SORT_BY_VALUE.get(catalog_query.sort)
        if sort and sort.order:
            self._sort = list(sort.order)
        elif self.terms:
            self._sort = ["_score", *search_index.RELEVANCE_TIEBREAK]
        else:
            self._sort = list(search_index.LISTING_ORDER)
        self._s = self.build_search()
        start = (max(1, catalog_query.page) - 1) * catalog_query.per_page
        size = 0 if catalog_query.counts_only else catalog_query.per_page
        self._s = self._s[start : start + size].extra(track_total_hits=True)

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
            family = search_index.family_of(search_index.facet(name)).name
            others = [query for other, query in self._filters.items() if other != family]
            agg_filter = Q("bool", filter=others) if others else Q("match_all")
            search.aggs.bucket("_filter_" + name, "filter", filter=agg_filter).bucket(
                name, facet.get_aggregation()
            )
