"""Who edits what: the province's editors, and one editors' group per current commune.

Since Decision 1489/QĐ-TTg (July 2025) the commune receives and pre-assesses
OCOP dossiers and the province rates them, so commune staff prepare their
commune's products and producers and the province approves.
"""

from django.contrib.auth.models import Group

from catalog.models import Commune

PROVINCE_EDITORS = "Biên tập viên tỉnh"
COMMUNE_EDITORS_PREFIX = "Biên tập viên"
# Group names are Vietnamese whatever the admin's language ("Biên tập viên xã Mường Nhé").
COMMUNE_KIND_WORDS = {"commune": "xã", "ward": "phường"}


def commune_group_name(commune):
    return f"{COMMUNE_EDITORS_PREFIX} {COMMUNE_KIND_WORDS[commune.kind]} {commune.name}"


def is_province_editor(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=PROVINCE_EDITORS).exists())


def editor_communes(user):
    """Current communes whose editors' groups `user` belongs to (empty for everyone else)."""
    return Commune.objects.filter(editor_group__group__user=user)


def is_commune_editor(user):
    """A commune editor works on their commune(s) only; province editors are not restricted."""
    if not user.is_authenticated or is_province_editor(user):
        return False
    return editor_communes(user).exists()


def province_editors_group():
    return Group.objects.filter(name=PROVINCE_EDITORS).first()
