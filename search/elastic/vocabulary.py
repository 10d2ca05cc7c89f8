"""Every value each catalog facet can take, with its label, from the taxonomies in the database.

Elasticsearch returns counts only for values that occur; the facets list every
value of the vocabulary (zero counts included), in taxonomy order, like the
embedded backend. Product sets are listed for the chosen group(s), communes
for the chosen district(s); a selected value is always listed.
"""

from django.utils.translation import gettext_lazy as _

from catalog.certification import STAR_CHOICES
from catalog.models import Commune, District, ProducerType, ProductGroup, ProductSet

FACET_LABELS = {
    "stars": _("Hạng sao"),
    "group": _("Nhóm sản phẩm"),
    "category": _("Bộ sản phẩm"),
    "district": _("Huyện / thị xã / thành phố"),
    "commune": _("Xã / phường / thị trấn"),
    "producer_type": _("Loại hình chủ thể"),
}


def facet_vocabulary(query):
    """{facet name: [(key, label), …]} for `query` (a CatalogQuery), in display order."""
    language = query.language
    groups = ProductGroup.objects.filter(locale__language_code=language).order_by("sort_order", "code")
    sets = ProductSet.objects.filter(locale__language_code=language).select_related("group")
    if query.groups:
        sets = sets.filter(group__code__in=query.groups) | sets.filter(code__in=query.categories)
    else:
        sets = sets.filter(code__in=query.categories)
    communes = Commune.objects.select_related("district")
    if query.districts:
        communes = communes.filter(district__slug__in=query.districts) | communes.filter(
            slug__in=query.communes
        )
    else:
        communes = communes.filter(slug__in=query.communes)
    return {
        "stars": [(str(value), str(label)) for value, label in STAR_CHOICES],
        "group": [(group.code, group.name) for group in groups],
        "category": [
            (product_set.code, product_set.name)
            for product_set in sets.order_by("group__sort_order", "sort_order", "code")
        ],
        "district": [
            (district.slug, district.name) for district in District.objects.order_by("sort_order", "name")
        ],
        "commune": _unique(
            (commune.slug, commune.name)
            for commune in communes.order_by("district__sort_order", "sort_order", "name")
        ),
        "producer_type": [(value, str(label)) for value, label in ProducerType.choices],
    }


def _unique(pairs):
    """Commune slugs are unique within a district only: keep the first of each key."""
    seen = {}
    for key, label in pairs:
        seen.setdefault(key, label)
    return list(seen.items())
