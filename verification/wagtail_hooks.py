from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

import home.converters  # noqa: F401 — registers the <page_id:…> converter
from catalog.models import ProductPage
from verification import views


@hooks.register("register_admin_urls")
def register_verification_admin_urls():
    return [
        path("ocop/xac-thuc/<page_id:page_id>/qr.svg", views.admin_qr_svg, name="ocop_qr_svg"),
        path("ocop/xac-thuc/<page_id:page_id>/qr.png", views.admin_qr_png, name="ocop_qr_png"),
        path("ocop/xac-thuc/<page_id:page_id>/tem/", views.admin_stamp_sheet, name="ocop_stamp_sheet"),
    ]


@hooks.register("register_page_header_buttons")
def verification_header_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, ProductPage) or not page.permissions_for_user(user).can_edit():
        return []
    return [
        Button(_("Mã QR (SVG)"), reverse("ocop_qr_svg", args=[page.pk]), icon_name="download", priority=80),
        Button(_("Mã QR (PNG)"), reverse("ocop_qr_png", args=[page.pk]), icon_name="image", priority=81),
        Button(
            _("In tem QR (A4)"),
            reverse("ocop_stamp_sheet", args=[page.pk]),
            icon_name="doc-full",
            priority=82,
        ),
    ]
