"""A product as one row of the buyers' spreadsheets (shortlist, catalog and supplier exports).

The facts themselves are the catalog's (catalog/facts.py), so the exports say what the
product page says. Nothing here ever touches inquiries.
"""

from django.utils.translation import gettext_lazy as _

from catalog.facts import price_range, standard_names, wholesale_contact
from catalog.places import AREA_LABEL, COMMUNE_LABEL

EXPORT_COLUMNS = [
    ("product", _("Sản phẩm")),
    ("stars", _("Hạng sao")),
    ("category", _("Bộ sản phẩm OCOP")),
    ("district", AREA_LABEL),
    ("commune", COMMUNE_LABEL),
    ("producer", _("Chủ thể")),
    ("producer_type", _("Loại hình chủ thể")),
    ("phone", _("Điện thoại")),
    ("email", _("Email")),
    ("address", _("Địa chỉ")),
    ("packaging", _("Quy cách đóng gói")),
    ("shelf_life", _("Hạn sử dụng")),
    ("capacity", _("Năng lực sản xuất")),
    ("minimum_order", _("Đơn hàng tối thiểu")),
    ("standards", _("Tiêu chuẩn")),
    ("wholesale_contact", _("Liên hệ bán buôn")),
    ("price", _("Giá bán lẻ")),
    ("certificate_number", _("Số quyết định / giấy chứng nhận")),
    ("certifying_level", _("Cấp công nhận")),
    ("certified_on", _("Ngày công nhận")),
    ("valid_until", _("Hiệu lực đến")),
    ("status", _("Tình trạng chứng nhận")),
    ("url", _("Đường dẫn")),
    ("verification_url", _("Đường dẫn xác thực")),
]
#: Columns holding a URL: written as clickable links in XLSX.
LINK_COLUMNS = ("url", "verification_url")


def export_row(product, request=None, verification_url=""):
    """One spreadsheet row per product, keyed like EXPORT_COLUMNS.

    Dates stay dates, so a spreadsheet sorts and filters them as dates.
    """
    producer = product.producer
    return {
        "product": product.title,
        "stars": product.stars,
        "category": str(product.category) if product.category else "",
        "district": product.district.name if product.district else "",
        "commune": product.commune.name if product.commune else "",
        "producer": producer.title if producer else "",
        "producer_type": producer.get_producer_type_display() if producer else "",
        "phone": producer.phone if producer else "",
        "email": producer.email if producer else "",
        "address": producer.address if producer else "",
        "packaging": product.packaging,
        "shelf_life": product.shelf_life,
        "capacity": product.production_capacity,
        "minimum_order": product.minimum_order,
        "standards": ", ".join(standard_names(product)),
        "wholesale_contact": wholesale_contact(product),
        "price": price_range(product),
        "certificate_number": product.certificate_number,
        "certifying_level": product.get_certifying_level_display(),
        "certified_on": product.certified_on,
        "valid_until": product.valid_until,
        "status": str(product.certification_status.label),
        "url": product.get_full_url(request) or "",
        "verification_url": verification_url,
    }
