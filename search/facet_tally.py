"""Every disjunctive facet count of one catalog search from one read of the matching entries.

The database backend's facets each apply every other facet's selection but not their own:
asked one at a time, that is one GROUP BY over the matching entries per facet, each one
re-running the text match. Here the matching entries are read once, as narrow rows of the
facet columns, collapsed to distinct combinations, and each facet filter (the backend's
own `Q`, evaluated here on those columns) is decided once per distinct value of the
columns it reads. A filter this module cannot evaluate (a lookup other than exact or `in`
on a facet column) makes `FacetTally.build` answer None, and the backend counts in SQL.
"""

from collections import Counter

from django.db import connections
from django.db.models import Q

COLUMNS = ("stars", "group_code", "category_code", "district_slug", "commune_slug", "producer_type")


class Unsupported(Exception):
    pass


def _compile(q):
    """(columns read, predicate over a row tuple of COLUMNS) for a Q of exact/`in` lookups."""
    parts = []
    for child in q.children:
        if isinstance(child, Q):
            parts.append(_compile(child))
            continue
        lookup, value = child
        field, _, kind = lookup.partition("__")
        if kind not in ("", "exact", "in"):
            raise Unsupported(lookup)
        if field not in COLUMNS:
            if kind == "in" and not list(value):  # Q(pk__in=[]): matches nothing, whatever the field
                parts.append(((), lambda row: False))
                continue
            raise Unsupported(lookup)
        index = COLUMNS.index(field)
        if kind == "in":
            values = frozenset(value)
            parts.append(((field,), lambda row, i=index, v=values: row[i] in v))
        else:
            parts.append(((field,), lambda row, i=index, v=value: row[i] == v))
    columns = tuple(sorted({column for read, _ in parts for column in read}))
    tests = [test for _, test in parts]
    if q.connector == Q.OR:
        predicate = lambda row: any(test(row) for test in tests)  # noqa: E731
    else:
        predicate = lambda row: all(test(row) for test in tests)  # noqa: E731
    if q.negated:
        return columns, lambda row: not predicate(row)
    return columns, predicate


def _memoised(columns, predicate):
    """The predicate decided once per distinct value of the columns it reads."""
    indexes = [COLUMNS.index(column) for column in columns]
    seen = {}

    def decide(row):
        key = tuple(row[i] for i in indexes)
        if key not in seen:
            seen[key] = predicate(row)
        return seen[key]

    return decide


class FacetTally:
    def __init__(self, combos, filters):
        # Combinations that pass every filter count in every facet; those failing exactly
        # one filter count in that filter's own facet only; the rest count nowhere.
        self.everywhere = []
        self.all_but = {name: [] for name in filters}
        tests = [(name, _memoised(*_compile(q))) for name, q in filters.items()]
        for row, n in combos.items():
            failed = None
            for name, test in tests:
                if not test(row):
                    if failed is not None:
                        break
                    failed = name
            else:
                (self.everywhere if failed is None else self.all_but[failed]).append((row, n))

    @classmethod
    def build(cls, entries, filters):
        """The tally of `entries` (text and language already applied) under `filters`, or None."""
        try:
            for q in filters.values():
                _compile(q)
        except Unsupported:
            return None
        sql, params = entries.order_by().values_list(*COLUMNS).query.sql_with_params()
        with connections[entries.db].cursor() as cursor:
            cursor.execute(sql, params)
            combos = Counter(map(tuple, cursor.fetchall()))
        return cls(combos, filters)

    def counts(self, exclude, *fields):
        """{value: count} of `fields` (one field: its value; several: a tuple) over the entries
        passing every filter but `exclude`."""
        indexes = [COLUMNS.index(field) for field in fields]
        counts = Counter()
        for rows in (self.everywhere, self.all_but.get(exclude, ())):
            if len(indexes) == 1:
                (i,) = indexes
                for row, n in rows:
                    counts[row[i]] += n
            else:
                for row, n in rows:
                    counts[tuple(row[i] for i in indexes)] += n
        return counts
