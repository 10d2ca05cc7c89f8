"""Commune editors' areas: the folders their group may edit, and what they may see.

Wagtail's own page permissions do the fencing: each commune's group holds
"add" and "change" on its commune's folders (catalog.CommuneFolderPage), in
every language, so every admin view, API action, bulk action, revision,
preview and translation screen that asks Wagtail refuses other communes'
pages. The functions here keep those grants in step and narrow the few
listings Wagtail does not filter by permission (page choosers).
"""

from django.db.models import Q
from wagtail.models import Collection, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial.roles import is_province_editor

COMMUNE_PAGE_PERMISSIONS = ("add_page", "change_page")
COMMUNE_IMAGE_PERMISSIONS = ("add_image", "choose_image")


def editable_pages(user):
    """Pages `user` may change, as Wagtail's permission policy decides."""
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def is_restricted(user):
    """Restricted users (commune editors) see only the pages they may edit in admin listings."""
    return user.is_authenticated and not is_province_editor(user)


def visible_in_chooser(user, pages):
    """`pages` narrowed, for a restricted user, to the pages their permissions reach."""
    if not is_restricted(user):
        return pages
    roots = permission_roots(user)
    if not roots:
        return pages.none()
    reach = Q()
    for path in roots:
        reach |= Q(path__startswith=path)
    return pages.filter(reach)


def visible_media(user, media):
    """Images or documents a chooser offers `user`: all of them, or for a restricted user (a
    commune editor) their own uploads and the shared collections (every collection below the
    root, which province editors curate); others' uploads in the root stay out of sight."""
    if not is_restricted(user):
        return media
    root = Collection.get_first_root_node()
    return media.filter(Q(uploaded_by_user=user) | ~Q(collection=root))


def choosable_communes(user, communes):
    """Current communes `user` may place a record in: a commune editor's own, else every one."""
    from editorial.roles import editor_communes, is_commune_editor

    if not is_commune_editor(user):
        return communes
    return communes.filter(pk__in=editor_communes(user).values("pk"))


def permission_roots(user):
    """Paths of the pages where `user`'s groups hold page permissions."""
    return {perm.page.path for perm in PagePermissionPolicy().get_cached_permissions_for_user(user)}


def may_browse(user, page):
    """Whether a chooser may show `page` to `user`: a page on the way down to, or inside, their reach."""
    if not is_restricted(user):
        return True
    return any(root.startswith(page.path) or page.path.startswith(root) for root in permission_roots(user))


def may_review(user, page):
    """Whether `user` may act on the commune step for `page`: its commune's editors, or the province.

    Asked from inside Wagtail's own permission checks (a task can lock the
    editor), so it reads the permission grants directly instead of asking
    `page.permissions_for_user`, which would ask the task again.
    """
    if user.is_superuser or is_province_editor(user):
        return True
    return isinstance(page, Page) and any(page.path.startswith(root) for root in permission_roots(user))
