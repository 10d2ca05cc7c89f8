"""Setting up a commune's editors: its group, and that group's permissions on the commune's folders.

Called from editorial/signals.py when a commune or a commune folder is saved; the
fences these permissions build are read by editorial/areas.py.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from editorial.areas import COMMUNE_IMAGE_PERMISSIONS, COMMUNE_PAGE_PERMISSIONS
from editorial.models import CommuneEditorGroup
from editorial.roles import commune_group_name


def ensure_commune_group(commune):
    """The editors' group of `commune`, created with admin access and image upload."""
    scope = CommuneEditorGroup.objects.filter(commune=commune).select_related("group").first()
    if scope is not None:
        return scope.group
    group, _ = Group.objects.get_or_create(name=commune_group_name(commune))
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for codename in COMMUNE_IMAGE_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(content_type__app_label="wagtailimages", codename=codename),
            )
    CommuneEditorGroup.objects.create(group=group, commune=commune)
    return group


def grant_folder(folder):
    """Give `folder`'s commune editors add and change on it (and so on every page filed there)."""
    group = ensure_commune_group(folder.commune)
    for codename in COMMUNE_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=folder.page_ptr if hasattr(folder, "page_ptr") else folder,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
