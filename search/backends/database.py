"""The embedded catalog search backend: Django ORM over `search.ProductSearchEntry`.

Works on SQLite and PostgreSQL alike. Text matching is word-prefix matching on
folded text (no diacritics, lower case), every word must match, and a match in
the product name outranks a match elsewhere. Facet counts are disjunctive:
each facet applies every other facet's selection but not its own.
"""

from django.db.models import Count, Q

from catalog import certification
from catalog.models import Commune, District, ProducerType, ProductGroup, ProductSet
from search import fulltext, types
from search.facet_tally import FacetTally
from search.hits import load_product_pages
from search.indexing import fold_words
from search.models import ProductSearchEntry
from search.types import FACET_LABELS

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


def hierarchy_q(parent_field, parent_keys, child_field, child_keys, child_parent):
    """Match children selected, or parents selected with none of their children selected.

    `child_parent` maps each selected child key to its parents' keys, so ticking a
    group and one of its sets narrows that group to the set, while another ticked
    group still counts whole.
    """
    q = Q()
    if child_keys:
        q |= Q(**{f"{child_field}__in": child_keys})
    narrowed = {parent for key in child_keys for parent in child_parent.get(key, ())}
    whole = [key for key in parent_keys if key not in narrowed]
    if whole:
        q |= Q(**{f"{parent_field}__in": whole})
    return q


class DatabaseCatalogBackend:
    name = "database"

    def search(self, query: types.CatalogQuery) -> types.CatalogResult:
        terms = search_terms(query.q)
        base = self._base(query, terms)
        filters = self._facet_filters(query)

        matching = base
        for q in filters.values():
            matching = matching.filter(q)
        total = matching.count()

        page = max(1, query.page)
        offset = (page - 1) * query.per_page
        ordered = self._ordered(matching, query, terms)
        page_ids = list(ordered.values_list("page_id", flat=True)[offset : offset + query.per_page])
        hits = load_product_pages(page_ids)

        facets = self._facets(query, base, filters)
        return types.CatalogResult(query=query, hits=hits, total=total, facets=facets, backend=self.name)

    # Filtering

    def _base(self, query, terms):
        entries = ProductSearchEntry.objects.filter(language=query.language)
        if not query.include_expired:
            entries = entries.filter(valid_until__gte=certification.today())
        return fulltext.matching(entries, terms)

    def _facet_filters(self, query):
        """One Q per facet family (stars, group+category, district+commune, producer type)."""
        filters = {}
        if query.stars:
            filters["stars"] = Q(stars__in=query.stars)
        if query.groups or query.categories:
            set_groups = {code: (code.split(".")[0],) for code in query.categories}
            filters["group"] = hierarchy_q(
                "group_code", query.groups, "category_code", query.categories, set_groups
            )
        if query.districts or query.communes:
            commune_districts = {}
            for district_slug, commune_slug in Commune.objects.filter(slug__in=query.communes).values_list(
                "district__slug", "slug"
            ):
                commune_districts.setdefault(commune_slug, set()).add(district_slug)
            communes_q = Q()
            selected_districts = set(query.districts)
            for commune_slug, district_slugs in commune_districts.items():
                # A commune slug is unique only within its district: pin it to the
                # selected districts that have it (or any, if no district is ticked).
                in_districts = (district_slugs & selected_districts) or district_slugs
                communes_q |= Q(commune_slug=commune_slug, district_slug__in=in_districts)
            narrowed = {d for slugs in commune_districts.values() for d in slugs & selected_districts}
            whole = [slug for slug in query.districts if slug not in narrowed]
            q = communes_q
            if whole:
                q |= Q(district_slug__in=whole)
            if not q:
                q = Q(pk__in=[])
            filters["district"] = q
        if query.producer_types:
            filters["producer_type"] = Q(producer_type__in=query.producer_types)
        return filters

    def _ordered(self, entries, query, terms):
        sort = query.sort
        if sort == types.SORT_NEWEST:
            return entries.order_by("-certified_on", "name_sort_key", "pk")
        if sort == types.SORT_STARS:
            return entries.order_by("-stars", "name_sort_key", "pk")
        if sort == types.SORT_NAME:
            return entries.order_by("name_sort_key", "pk")
        if not terms:
            return entries.order_by("-stars", "-certified_on", "name_sort_key", "pk")
        return fulltext.ranked(entries, terms).order_by("-relevance", "-stars", "name_sort_key", "pk")

    # Facets

    def _tally(self, base, filters):
        # One read of the matching entries serves every facet of this search (search.facet_tally).
        cached = getattr(self, "_tally_of", None)
        if cached is None or cached[0] is not base or cached[1] is not filters:
            self._tally_of = (base, filters, FacetTally.build(base, filters))
        return self._tally_of[2]

    def _counts(self, base, filters, exclude, field):
        tally = self._tally(base, filters)
        if tally is not None:
            return tally.counts(exclude, field)
        entries = base
        for name, q in filters.items():
            if name != exclude:
                entries = entries.filter(q)
        return dict(entries.order_by().values_list(field).annotate(n=Count("pk")).values_list(field, "n"))

    def _facets(self, query, base, filters):
        facets = []

        counts = self._counts(base, filters, "stars", "stars")
        facets.append(
            types.Facet(
                "stars",
                str(FACET_LABELS["stars"]),
                [
                    types.FacetValue(str(stars), str(label), counts.get(stars, 0), stars in query.stars)
                    for stars, label in certification.STAR_CHOICES
                ],
            )
        )

        groups = list(
            ProductGroup.objects.filter(locale__language_code=query.language).order_by("sort_order", "code")
        )
        counts = self._counts(base, filters, "group", "group_code")
        facets.append(
            types.Facet(
                "group",
                str(FACET_LABELS["group"]),
                [
                    types.FacetValue(
                        group.code, group.name, counts.get(group.code, 0), group.code in query.groups
                    )
                    for group in groups
                ],
            )
        )

        # Product sets of the chosen groups (and of groups whose sets came in the URL alone).
        open_groups = set(query.groups) | {code.split(".")[0] for code in query.categories}
        if open_groups:
            sets = ProductSet.objects.filter(
                locale__language_code=query.language, group__code__in=open_groups
            ).order_by("sort_order", "code")
            counts = self._counts(base, filters, "group", "category_code")
            facets.append(
                types.Facet(
                    "category",
                    str(FACET_LABELS["category"]),
                    [
                        types.FacetValue(
                            item.code, item.name, counts.get(item.code, 0), item.code in query.categories
                        )
                        for item in sets
                    ],
                )
            )

        counts = self._counts(base, filters, "district", "district_slug")
        facets.append(
            types.Facet(
                "district",
                str(FACET_LABELS["district"]),
                [
                    types.FacetValue(
                        district.slug,
                        district.name,
                        counts.get(district.slug, 0),
                        district.slug in query.districts,
                    )
                    for district in District.objects.order_by("sort_order", "name")
                ],
            )
        )

        open_districts = list(query.districts)
        if not open_districts and query.communes:
            open_districts = list(
                Commune.objects.filter(slug__in=query.communes).values_list("district__slug", flat=True)
            )
        if open_districts:
            pairs = self._commune_counts(base, filters)
            communes = Commune.objects.filter(district__slug__in=open_districts).select_related("district")
            facets.append(
                types.Facet(
                    "commune",
                    str(FACET_LABELS["commune"]),
                    [
                        types.FacetValue(
                            commune.slug,
                            commune.name
                            if len(open_districts) == 1
                            else f"{commune.name} ({commune.district.name})",
                            pairs.get((commune.district.slug, commune.slug), 0),
                            commune.slug in query.communes,
                        )
                        for commune in communes.order_by("district__sort_order", "sort_order", "name")
                    ],
                )
            )

        counts = self._counts(base, filters, "producer_type", "producer_type")
        facets.append(
            types.Facet(
                "producer_type",
                str(FACET_LABELS["producer_type"]),
                [
                    types.FacetValue(value, str(label), counts.get(value, 0), value in query.producer_types)
                    for value, label in ProducerType.choices
                ],
            )
        )
        return facets

    def _commune_counts(self, base, filters):
        tally = self._tally(base, filters)
        if tally is not None:
            pairs = tally.counts("district", "district_slug", "commune_slug")
            return {pair: n for pair, n in pairs.items() if pair[1]}
        entries = base
        for name, q in filters.items():
            if name != "district":
                entries = entries.filter(q)
        rows = (
            entries.order_by()
            .exclude(commune_slug="")
            .values_list("district_slug", "commune_slug")
            .annotate(n=Count("pk"))
        )
        return {(district, commune): n for district, commune, n in rows}
