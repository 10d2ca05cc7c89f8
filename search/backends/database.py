"""The embedded catalog search backend: Django ORM over `search.ProductSearchEntry`.

Works on SQLite and PostgreSQL alike. Text matching is word-prefix matching on
folded text (no diacritics, lower case), every word must match, and a match in
the product name outranks a match elsewhere. Facet counts are disjunctive:
each facet applies every other facet's selection but not its own.
"""

from collections import Counter

from django.db.models import CharField, Count, F, Q, Value
from django.db.models.functions import Cast

from catalog import certification, search_index
from catalog.cards import load_product_pages
from search import fulltext, synonyms, types
from search.facets import build_facets, family_selections, shown_facets
from search.indexing import fold_words
from search.models import ProductSearchEntry

MAX_TERMS = 8
MAX_TERM_LENGTH = 40


def search_terms(text):
    """Folded words of a query, without duplicates, at most MAX_TERMS."""
    terms = []
    for word in fold_words(text).split():
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def keys_q(facet, keys):
    """Entries holding any of `keys` in `facet`'s column."""
    if facet.multiple:
        q = Q(pk__in=[])
        for key in keys:
            q |= Q(**{f"{facet.column}__contains": f" {key} "})
        return q
    return Q(**{f"{facet.column}__in": list(keys)})


def family_q(selection):
    """One family's filter: its selected children, or its parents selected whole."""
    q = Q(pk__in=[])
    for child, keys in selection.children:
        q |= keys_q(child, keys)
    if selection.whole:
        q |= keys_q(selection.root, selection.whole)
    return q


class DatabaseCatalogBackend:
    name = "database"

    def search(self, query: types.CatalogQuery) -> types.CatalogResult:
        terms = search_terms(query.q)
        base = self._base(query, terms)
        filters = {name: family_q(selection) for name, selection in family_selections(query).items()}

        matching = base
        for q in filters.values():
            matching = matching.filter(q)

        shown = shown_facets(query)
        shown_names = {facet.name for facet, _options in shown}
        plans, unselected = [], []
        for root, children in search_index.families():
            if root.name not in shown_names:
                continue
            members = [root, *(child for child in children if child.name in shown_names)]
            others = base
            for name, q in filters.items():
                if name != root.name:
                    others = others.filter(q)
            plans.append((members, others))
            unselected.append(root.name not in filters)
        counts, total = {}, None
        for (family, rows), whole in zip(families_counts(plans), unselected, strict=True):
            counts.update(family)
            # Unselected, a family's counts cover exactly the matching entries.
            if whole:
                total = rows
        if total is None:
            total = matching.count()

        hits = []
        if not query.counts_only:
            offset = (max(1, query.page) - 1) * query.per_page
            ordered = self._ordered(matching, query, terms)
            page_ids = list(ordered.values_list("page_id", flat=True)[offset : offset + query.per_page])
            hits = load_product_pages(page_ids)

        facets = build_facets(query, shown, counts)
        return types.CatalogResult(query=query, hits=hits, total=total, facets=facets, backend=self.name)

    # Filtering

    def _base(self, query, terms):
        entries = ProductSearchEntry.objects.filter(language=query.language)
        if not query.include_expired:
            entries = entries.filter(valid_until__gte=certification.today())
        return fulltext.matching(entries, synonyms.expand(query.q, query.language))

    def _ordered(self, entries, query, terms):
        sort = search_index.SORT_BY_VALUE.get(query.sort)
        if sort and sort.order:
            return entries.order_by(*sort.order)
        if not terms:
            return entries.order_by(*search_index.LISTING_ORDER)
        return fulltext.ranked(entries, terms).order_by("-relevance", *search_index.RELEVANCE_TIEBREAK)


def _keys(facet, value):
    """The facet keys one column value holds."""
    if value is None or value == "":
        return ()
    return value.split() if facet.multiple else (str(value),)


def families_counts(plans):
    """[family_counts(facets, entries)] for each (facets, entries) of `plans`, in one statement.

    Each family is counted under the other families' selections, so each is its own grouped
    SELECT; they travel as one UNION ALL, one round trip instead of one per family. The
    columns line up as text (stars are numbers), padded with NULL for the shorter families.
    """
    if len(plans) <= 1:
        return [family_counts(facets, entries) for facets, entries in plans]
    width = max(len(facets) for facets, _entries in plans)
    names = [f"key{position}" for position in range(width)]
    parts = []
    for number, (facets, entries) in enumerate(plans):
        columns = {
            name: Cast(facet.column, CharField()) if facet.integer else F(facet.column)
            for name, facet in zip(names, facets, strict=False)
        }
        columns.update({name: Value(None, CharField()) for name in names[len(facets) :]})
        parts.append(
            entries.order_by()
            .annotate(family=Value(number), **columns)
            .values_list("family", *names)
            .annotate(n=Count("*"))
        )
    rows = [[] for _plan in plans]
    for number, *values, n in parts[0].union(*parts[1:], all=True):
        rows[number].append((*values[: len(plans[number][0])], n))
    return [_tally(facets, family_rows) for (facets, _entries), family_rows in zip(plans, rows, strict=True)]


def family_counts(facets, entries):
    """({facet name: {key: entries}}, number of entries) for facets of one family, in one query.

    Grouped by the family's columns, which lead the family's index (search.models), so the
    database counts in index order; a multiple-valued facet's groups are its combinations
    of keys, split here. Keys with no entry are left out. `COUNT(*)`, not of the key: a
    PostgreSQL index holds no primary key, so counting it would read every row.
    """
    rows = entries.order_by().values_list(*(facet.column for facet in facets)).annotate(n=Count("*"))
    return _tally(facets, rows)


def _tally(facets, rows):
    counts = {facet.name: Counter() for facet in facets}
    total = 0
    for *values, n in rows:
        total += n
        for facet, value in zip(facets, values, strict=True):
            for key in _keys(facet, value):
                counts[facet.name][key] += n
    return {name: dict(keys) for name, keys in counts.items()}, total


def facet_counts(facet, entries):
    """{key: number of `entries`} for one declared facet (keys with no entry left out)."""
    return family_counts([facet], entries)[0][facet.name]
