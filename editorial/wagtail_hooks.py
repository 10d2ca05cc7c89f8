from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component

from catalog.models import CommuneFolderPage
from catalog.wagtail_hooks import FILTER_CHOOSABLE_COMMUNES_HOOK
from editorial.areas import choosable_communes, editable_pages, visible_in_chooser, visible_media
from editorial.lifecycle import attention
from editorial.roles import editor_communes, is_commune_editor
from home.choosable_media import FILTER_CHOOSABLE_MEDIA_HOOK


@hooks.register("register_admin_menu_item")
def register_ocop_tools_menu():
    """The "Công cụ OCOP" submenu; apps add items through the `register_ocop_tools_menu_item` hook."""
    return SubmenuMenuItem(
        _("Công cụ OCOP"),
        Menu(register_hook_name="register_ocop_tools_menu_item"),
        icon_name="cogs",
        name="ocop-tools",
        order=250,
    )


# Commune editors are fenced by Wagtail's page permissions on their commune's
# folders (editorial.areas). Page choosers list pages regardless of
# permissions, so they are narrowed here to what the editor may work on.


@hooks.register("construct_page_chooser_queryset")
def only_reachable_pages_in_chooser(pages, request):
    return visible_in_chooser(request.user, pages)


# Image and document choosers list every item the user may "choose"; commune editors'
# grant is on the root collection, so they are narrowed to own uploads and shared collections.
# The image listing and edit views need nothing more: commune editors hold no "change"
# permission, so Wagtail shows and opens only the images they uploaded.


@hooks.register("construct_image_chooser_queryset")
def only_own_or_shared_images_in_chooser(images, request):
    return visible_media(request.user, images)


@hooks.register("construct_document_chooser_queryset")
def only_own_or_shared_documents_in_chooser(documents, request):
    return visible_media(request.user, documents)


@hooks.register("before_move_page")
def only_movable_pages(request, page, destination):
    # Wagtail's move confirmation renders the page before it checks the move is allowed.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


# --- The dashboard ---------------------------------------------------------------------------


class CommunePagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count for a commune editor: the pages in their communes' folders.

    Wagtail counts every page under the nearest page that holds all of an editor's folders,
    which for a commune is the site's home: every commune's pages, a number of no use to them.
    """

    template_name = "editorial/commune_pages_summary.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["total_pages"] = editable_pages(self.request.user).not_type(CommuneFolderPage).count()
        return context


# After Wagtail's own hook (order 0), which adds the item replaced here.
@hooks.register("construct_homepage_summary_items", order=100)
def count_a_commune_editors_own_pages(request, items):
    if is_commune_editor(request.user):
        items[:] = [
            CommunePagesSummaryItem(request) if type(item) is PagesSummaryItem else item for item in items
        ]


# --- Certification lifecycle on the dashboard --------------------------------------------


class CertificationPanel(Component):
    name = "ocop_certification"
    template_name = "editorial/certification_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        scope = editor_communes(user) if is_commune_editor(user) else None
        return {"items": attention(communes=scope)}


@hooks.register("construct_homepage_panels")
def add_certification_panel(request, panels):
    panels.append(CertificationPanel(request))


# The commune chooser (catalog/wagtail_hooks.py) offers a commune editor their own communes only.
hooks.register(FILTER_CHOOSABLE_COMMUNES_HOOK, choosable_communes)

# Admin forms (home/choosable_media.py) refuse a posted image or document id that the
# choosers would not have offered.
hooks.register(FILTER_CHOOSABLE_MEDIA_HOOK, visible_media)
