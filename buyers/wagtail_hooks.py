"""Admin listing of buyers' inquiries: filter, change status, export CSV/XLSX.

Who sees which inquiry is `buyers.inquiry_access`; every view of the viewset
(listing, its results and export, detail, edit, delete, history, usage) reads
its objects through it, so a commune editor reaches only their area's.
"""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from editorial.roles import is_province_editor

from .inquiry_access import COMMUNE_EDITOR_ACTIONS, handles_area_only, visible_inquiries
from .models import Inquiry


class InquiryPermissionPolicy(ModelPermissionPolicy):
    """Inquiries come only from buyers' forms: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add" or not user.is_active:
            return False
        if is_province_editor(user):
            return True
        if handles_area_only(user):
            return action in COMMUNE_EDITOR_ACTIONS
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action) and visible_inquiries(user).filter(pk=instance.pk).exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return Inquiry.objects.none()
        return visible_inquiries(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Inquiry.objects.none()
        return visible_inquiries(user)


register_permission_policy(Inquiry, InquiryPermissionPolicy(Inquiry))


class VisibleObjectMixin:
    """A view of one inquiry answers 404 for an inquiry outside the user's area."""

    def get_object(self, *args, **kwargs):
        inquiry = super().get_object(*args, **kwargs)
        if not visible_inquiries(self.request.user).filter(pk=inquiry.pk).exists():
            raise Http404
        return inquiry


class InquiryIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("product", "producer")
        return visible_inquiries(self.request.user, queryset.prefetch_related("products__producer"))


class InquiryEditView(VisibleObjectMixin, generic.EditView):
    pass


class InquiryDeleteView(VisibleObjectMixin, generic.DeleteView):
    pass


class InquiryInspectView(VisibleObjectMixin, generic.InspectView):
    pass


class InquiryHistoryView(VisibleObjectMixin, history.HistoryView):
    pass


class InquiryUsageView(VisibleObjectMixin, usage.UsageView):
    pass


# What the buyer wrote is shown, never edited: staff change only the status and their notes.
BUYER_FIELDS = ["created", "name", "company", "email", "phone", "quantity", "message"]


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

    index_view_class = InquiryIndexView
    edit_view_class = InquiryEditView
    delete_view_class = InquiryDeleteView
    inspect_view_class = InquiryInspectView
    history_view_class = InquiryHistoryView
    usage_view_class = InquiryUsageView

    list_display = ["contact", "message_excerpt", "product_titles", "producer_titles", "status", "created"]
    inspect_view_fields = [
        *BUYER_FIELDS,
        "product_titles",
        "producer_titles",
        "page_title",
        "status",
        "staff_notes",
    ]
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
        "product_titles",
        "producer_titles",
        "staff_notes",
    ]
    export_headings = {
        "created": _("Ngày gửi"),
        "get_status_display": _("Trạng thái"),
        "page_title": _("Trang gửi"),
        "product_titles": _("Sản phẩm"),
        "producer_titles": _("Chủ thể"),
        "name": _("Họ và tên"),
        "company": _("Công ty / đơn vị"),
        "email": _("Email"),
        "phone": _("Điện thoại"),
        "quantity": _("Số lượng dự kiến"),
        "message": _("Nội dung"),
        "staff_notes": _("Ghi chú nội bộ"),
    }
    export_filename = "yeu-cau-nguoi-mua"  # cells neutralised by home.spreadsheets (BuyersConfig.ready)
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name", read_only=True), FieldPanel("company", read_only=True)]),
                FieldRowPanel([FieldPanel("email", read_only=True), FieldPanel("phone", read_only=True)]),
                FieldPanel("quantity", read_only=True),
                FieldPanel("message", read_only=True),
                FieldRowPanel(
                    [FieldPanel("product", read_only=True), FieldPanel("producer", read_only=True)]
                ),
                FieldPanel("products", read_only=True),
                FieldPanel("created", read_only=True),
            ],
            heading=_("Người mua đã gửi"),
        ),
        FieldPanel("status"),
        FieldPanel("staff_notes"),
    ]


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return InquiryViewSet()
