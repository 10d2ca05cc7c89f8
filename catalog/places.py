"""Where things are: current communes, former addresses and the 2025 crosswalk between them.

Since 1 July 2025 a place is a current commune-level unit (`Commune`, 45 in
Điện Biên). Certificates issued before then name a former district and commune
(`District`, `FormerCommune`); Resolution 1661/NQ-UBTVQH15 merged every former
unit whole into one current unit, so a former commune always has exactly one
successor, while a former district alone may lead to several.
"""

from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

# How every listing, filter, statistic and export names the two levels of place.
AREA_LABEL = _("Khu vực (huyện cũ)")
COMMUNE_LABEL = _("Xã / phường")


def names(communes):
    return ", ".join(str(c.full_name) for c in communes)


def resolve(former_district, former_commune):
    """(current commune or None, candidate communes) for a former address.

    The answer is None with several candidates when only the district is known
    and it became more than one commune.
    """
    if former_commune is not None:
        return former_commune.successor, [former_commune.successor]
    if former_district is not None:
        candidates = list(former_district.successors())
        return (candidates[0] if len(candidates) == 1 else None), candidates
    return None, []


def place_errors(obj, *, commune_is_fixed=False):
    """Check and complete `obj`'s place fields; return errors keyed by field.

    Fills `former_district` from `former_commune`, and — unless the commune is
    fixed by where the page is filed — the current commune from the former
    address when the crosswalk gives one answer. A former address that
    contradicts the current commune is an error on the former address.
    """
    errors = {}
    former_commune = obj.former_commune if obj.former_commune_id else None
    former_district = obj.former_district if obj.former_district_id else None
    if former_commune is not None:
        if former_district is None:
            obj.former_district = former_district = former_commune.district
        elif former_commune.district_id != former_district.pk:
            errors["former_commune"] = _("%(commune)s không thuộc %(district)s.") % {
                "commune": former_commune.full_name,
                "district": former_district.full_name,
            }
            return errors
    successor, candidates = resolve(former_district, former_commune)
    commune = obj.commune if obj.commune_id else None
    if commune is None and not commune_is_fixed:
        if successor is not None:
            obj.commune = successor
        elif candidates:
            errors["commune"] = format_lazy(
                "{}{}",
                _("Huyện cũ này nay gồm nhiều xã; chọn xã / phường hiện nay: "),
                names(candidates),
            )
        return errors
    if commune is not None and candidates and commune not in candidates:
        field = "former_commune" if former_commune is not None else "former_district"
        errors[field] = _(
            "Địa chỉ cũ này nay thuộc %(successors)s, không phải %(commune)s. Sửa địa chỉ cũ hoặc xã hiện nay."
        ) % {"successors": names(candidates), "commune": commune.full_name}
    return errors


def search_names(*, area="", commune="", former_district="", former_commune="", merged_units=()):
    """The place names a text search finds something by, in order, without repeats.

    Its current commune and area, the former address it was given, and every
    former unit merged into its commune with that unit's former district
    (`merged_units`: (unit name, district name) pairs). So a product in xã Thanh
    Yên is found by "pa thom", one in xã Na Sang by "muong cha" (the former thị
    trấn), and a former district's name finds everything in every commune that
    took at least one of its units: the crosswalk merged units whole, and most
    products do not record which former commune they came from.
    """
    names = [area, commune, former_district, former_commune]
    for unit, district in merged_units:
        names += [unit, district]
    return list(dict.fromkeys(name for name in names if name))


def search_names_of(obj):
    """`search_names` of a placed object; load `commune__former_units__district` to keep it to no query."""
    commune = obj.commune if obj.commune_id else None
    return search_names(
        area=obj.district.name if obj.district_id else "",
        commune=commune.name if commune else "",
        former_district=obj.former_district.name if obj.former_district_id else "",
        former_commune=obj.former_commune.name if obj.former_commune_id else "",
        merged_units=[(unit.name, unit.district.name) for unit in commune.former_units.all()]
        if commune
        else (),
    )


def products_named_by(place):
    """Q of the placed things whose `search_names` carry the name of `place` (a District, Commune or FormerCommune)."""
    kind = place._meta.model_name
    if kind == "district":
        return Q(district=place) | Q(former_district=place) | Q(commune__former_units__district=place)
    if kind == "commune":
        return Q(commune=place)
    return Q(former_commune=place) | Q(commune__former_units=place)
