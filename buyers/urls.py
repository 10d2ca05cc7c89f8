from django.urls import path

import home.converters  # noqa: F401 — registers the <page_id:…> converter

from . import exports, views

app_name = "buyers"

urlpatterns = [
    path("nha-cung-cap/", views.supplier_directory, name="suppliers"),
    path("nguoi-mua/lien-he/<page_id:page_id>/", views.inquiry_submit, name="inquiry"),
    path("nguoi-mua/lien-he/<page_id:page_id>/da-gui/", views.inquiry_sent, name="inquiry_sent"),
    path("nguoi-mua/danh-sach/", views.shortlist, name="shortlist"),
    path("nguoi-mua/danh-sach/them/", views.shortlist_add, name="shortlist_add"),
    path("nguoi-mua/danh-sach/bo/", views.shortlist_remove, name="shortlist_remove"),
    path("nguoi-mua/danh-sach/xoa-het/", views.shortlist_clear, name="shortlist_clear"),
    path("nguoi-mua/danh-sach/lien-he/", views.shortlist_inquiry, name="shortlist_inquiry"),
    path("nguoi-mua/danh-sach/lien-he/da-gui/", views.shortlist_inquiry_sent, name="shortlist_inquiry_sent"),
    path("san-pham-in/<page_id:page_id>/", views.product_sheet, name="product_sheet"),
]
for fmt in exports.FORMATS:
    urlpatterns += [
        path(f"nguoi-mua/danh-sach.{fmt}", views.shortlist_export, {"fmt": fmt}, name=f"shortlist_{fmt}"),
        path(f"nguoi-mua/danh-muc.{fmt}", views.catalog_export, {"fmt": fmt}, name=f"catalog_{fmt}"),
        path(f"nha-cung-cap.{fmt}", views.supplier_export, {"fmt": fmt}, name=f"suppliers_{fmt}"),
    ]
