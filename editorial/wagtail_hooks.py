from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.ui.components import Component

from editorial import districts
from editorial.lifecycle import attention
from editorial.responses import refused
from editorial.roles import editor_districts, is_district_editor


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


# --- District editors: their own district only -------------------------------------------


@hooks.register("before_edit_page")
def only_own_district_on_edit(request, page):
    reason = districts.page_refusal(request.user, page)
    if reason is None and request.method == "POST":
        reason = districts.submitted_district_refusal(request.user, request.POST)
    return refused(request, reason) if reason else None


@hooks.register("before_create_page")
def only_own_district_on_create(request, parent_page, page_class):
    reason = districts.create_refusal(request.user, page_class)
    if reason is None and request.method == "POST":
        reason = districts.submitted_district_refusal(request.user, request.POST)
    return refused(request, reason) if reason else None


@hooks.register("before_delete_page")
@hooks.register("before_copy_page")
@hooks.register("before_unpublish_page")
def only_own_district(request, page):
    reason = districts.page_refusal(request.user, page)
    return refused(request, reason) if reason else None


@hooks.register("before_move_page")
def only_own_district_on_move(request, page, destination):
    return only_own_district(request, page)


@hooks.register("construct_explorer_page_queryset")
def hide_other_districts_in_explorer(parent_page, pages, request):
    return districts.visible_pages(request.user, pages)


@hooks.register("construct_page_chooser_queryset")
def hide_other_districts_in_chooser(pages, request):
    return districts.visible_pages(request.user, pages)


# --- Certification lifecycle on the dashboard --------------------------------------------


class CertificationPanel(Component):
    name = "ocop_certification"
    template_name = "editorial/certification_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        scope = editor_districts(user) if is_district_editor(user) else None
        return {"items": attention(districts=scope)}


@hooks.register("construct_homepage_panels")
def add_certification_panel(request, panels):
    panels.append(CertificationPanel(request))
