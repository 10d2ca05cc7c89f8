"""Validation shared by pages that sit in a district and commune."""

from django.utils.translation import gettext_lazy as _


def check_commune_in_district(district, commune):
    """Errors keyed by field when `commune` is not inside `district`."""
    if commune is not None and district is not None and commune.district_id != district.pk:
        return {
            "commune": _("Xã %(commune)s không thuộc %(district)s.")
            % {"commune": commune.name, "district": district.full_name}
        }
    return {}
