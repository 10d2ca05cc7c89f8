"""Reading the 2025 crosswalk from the database: former units by current commune, old URL keys.

The rules about places are in catalog/places.py, which the models use; this
module queries the models, so nothing below it imports it.
"""

from catalog.models import Commune, FormerCommune


def merged_units_by_commune():
    """{current commune id: [(former unit name, its former district's name), …]} for the whole province."""
    units = {}
    for successor_id, name, district in FormerCommune.objects.order_by("sort_order", "name").values_list(
        "successor_id", "name", "district__name"
    ):
        units.setdefault(successor_id, []).append((name, district))
    return units


def current_place_keys(district_slugs, commune_slugs):
    """(area slugs, commune slugs) of a URL's place filters, in today's keys.

    Catalog URLs from before July 2025 name a former commune by its slug, which
    is unique only within its former district (`?district=dien-bien&commune=pa-thom`).
    Such a slug becomes its successor's (xã Thanh Yên), and the former district
    that it narrowed gives way to the successor's area, so the URL still lists
    exactly the products it meant. A current commune's slug stays, unless its
    area is not chosen and a chosen former district had a unit of that name: then
    the URL is an old one (`?district=muong-cha&commune=muong-cha` was thị trấn
    Mường Chà, now in xã Na Sang; xã Mường Chà today lies in area Nậm Pồ).
    Unknown slugs are kept for the caller to reject.
    """
    districts = list(dict.fromkeys(district_slugs))
    commune_slugs = list(dict.fromkeys(commune_slugs))
    current_area = dict(Commune.objects.filter(slug__in=commune_slugs).values_list("slug", "district__slug"))
    formers = {}
    for slug, district, successor, area in FormerCommune.objects.filter(slug__in=commune_slugs).values_list(
        "slug", "district__slug", "successor__slug", "successor__district__slug"
    ):
        formers.setdefault(slug, []).append((district, successor, area))

    communes, left, added = [], set(), []
    for slug in commune_slugs:
        area = current_area.get(slug)
        if area is not None and (not districts or area in districts):
            communes.append(slug)
            continue
        units = formers.get(slug, [])
        if districts:
            units = [unit for unit in units if unit[0] in districts]
        elif len(units) > 1:
            units = []  # a former slug alone, used in several former districts: ambiguous
        if not units:
            communes.append(slug)
            continue
        for district, successor, successor_area in units:
            communes.append(successor)
            if district in districts:
                left.add(district)
                added.append(successor_area)
    communes = list(dict.fromkeys(communes))
    # A former district goes once its communes have moved, unless a commune still lies in it.
    still_narrowed = {current_area.get(slug) for slug in communes} | set(added)
    kept = [slug for slug in districts if slug not in left or slug in still_narrowed]
    return list(dict.fromkeys(kept + added)), communes
