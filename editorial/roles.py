"""Who edits what: the province's editors and one editor group per district."""

from django.contrib.auth.models import Group

PROVINCE_EDITORS = "Biên tập viên tỉnh"
DISTRICT_EDITORS_PREFIX = "Biên tập viên huyện"


def district_group_name(district):
    return f"{DISTRICT_EDITORS_PREFIX} {district.name}"


def is_province_editor(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=PROVINCE_EDITORS).exists())


def editor_districts(user):
    """Districts whose editor groups `user` belongs to (empty for everyone else)."""
    from catalog.models import District

    return District.objects.filter(editor_group__group__user=user)


def is_district_editor(user):
    """A district editor is restricted to their district(s); province editors are not."""
    if not user.is_authenticated or is_province_editor(user):
        return False
    return editor_districts(user).exists()


def province_editors_group():
    return Group.objects.filter(name=PROVINCE_EDITORS).first()
