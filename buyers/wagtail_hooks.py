"""Admin listing of buyers' inquiries: filter, change status, export CSV/XLSX."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Inquiry


class InquiryPermissionPolicy(ModelPermissionPolicy):
    """Inquiries come only from buyers' forms: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Inquiry, InquiryPermissionPolicy(Inquiry))


class InquiryViewSet(ModelViewSet):
    model = Inquiry
    name = "buyers_inquiries"
    url_prefix = "yeu-cau-nguoi-mua"
    icon = "mail"
    menu_label = _("Yêu cầu người mua")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True

    list_display = ["name", "company", "page_title", "quantity", "status", "created"]
    list_filter = ["status", "created"]
    search_fields = ["name", "company", "email", "phone", "page_title", "message"]
    search_backend_name = None
    list_export = [
        "created",
        "get_status_display",
        "page_title",
        "name",
        "company",
        "email",
        "phone",
        "quantity",
        "message",
        "staff_notes",
    ]
    export_headings = {
        "created": _("Ngày gửi"),
        "get_status_display": _("Trạng thái"),
        "page_title": _("Trang gửi"),
        "name": _("Họ và tên"),
        "company": _("Công ty / đơn vị"),
        "email": _("Email"),
        "phone": _("Điện thoại"),
        "quantity": _("Số lượng dự kiến"),
        "message": _("Nội dung"),
        "staff_notes": _("Ghi chú nội bộ"),
    }
    export_filename = "yeu-cau-nguoi-mua"  # cells neutralised by home.spreadsheets (BuyersConfig.ready)
    form_fields = ["status", "staff_notes"]


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return InquiryViewSet()
