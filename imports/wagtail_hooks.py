from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial.roles import is_province_editor
from imports.views import ImportView


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("ocop/nhap/", ImportView.as_view(), name="ocop_import")]


class ProvinceEditorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_province_editor(request.user)


@hooks.register("register_ocop_tools_menu_item")
def register_import_menu_item():
    return ProvinceEditorMenuItem(
        _("Nhập danh sách OCOP"), reverse("ocop_import"), icon_name="upload", order=100
    )
