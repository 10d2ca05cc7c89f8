"""Which facets a result shows and every value each can take, from the taxonomies in the database.

Elasticsearch returns counts only for values that occur; the facets list every
value (zero counts included), in taxonomy order, exactly as the embedded
backend does: product sets only for the groups that are open (ticked, or
implied by a ticked set), communes only for the open districts.
"""

from catalog.certification import STAR_CHOICES
from catalog.models import Commune, District, ProducerType, ProductGroup, ProductSet

from .documents import commune_key


def facet_vocabulary(query):
    """[(facet name, [(key, aggregation key, label), …]), …] for a CatalogQuery, in display order."""
    language = query.language
    facets = [("stars", [(str(value), str(value), str(label)) for value, label in STAR_CHOICES])]

    groups = ProductGroup.objects.filter(locale__language_code=language).order_by("sort_order", "code")
    facets.append(("group", [(group.code, group.code, group.name) for group in groups]))

    open_groups = set(query.groups) | {code.split(".")[0] for code in query.categories}
    if open_groups:
        sets = ProductSet.objects.filter(locale__language_code=language, group__code__in=open_groups)
        facets.append(
            ("category", [(item.code, item.code, item.name) for item in sets.order_by("sort_order", "code")])
        )

    districts = District.objects.order_by("sort_order", "name")
    facets.append(("district", [(district.slug, district.slug, district.name) for district in districts]))

    open_districts = list(query.districts)
    if not open_districts and query.communes:
        open_districts = list(
            Commune.objects.filter(slug__in=query.communes).values_list("district__slug", flat=True)
        )
    if open_districts:
        communes = (
            Commune.objects.filter(district__slug__in=open_districts)
            .select_related("district")
            .order_by("district__sort_order", "sort_order", "name")
        )
        several = len(open_districts) > 1
        facets.append(
            (
                "commune",
                [
                    (
                        commune.slug,
                        commune_key(commune.district.slug, commune.slug),
                        f"{commune.name} ({commune.district.name})" if several else commune.name,
                    )
                    for commune in communes
                ],
            )
        )

    facets.append(("producer_type", [(value, value, str(label)) for value, label in ProducerType.choices]))
    return facets
