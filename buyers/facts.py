"""The buyer's facts about a product, in one place.

The product page's facts block, the printable sheet and the CSV/XLSX exports
all read products through `product_facts` and `export_row`, so a buyer sees the
same facts everywhere. Nothing here ever touches inquiries.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from catalog.places import AREA_LABEL, COMMUNE_LABEL


@dataclass(frozen=True)
class Fact:
    key: str
    label: str
    value: str
    multiline: bool = False


def dong(amount):
    """Vietnamese money: 150000 → "150.000" (dots group thousands)."""
    return f"{amount:,}".replace(",", ".")


def price_range(product):
    """ "25.000–40.000 đ / túi 2 kg", or "" when the product has no price."""
    low, high = product.price_min, product.price_max
    if not low and not high:
        return ""
    if low and high and low != high:
        text = f"{dong(low)}–{dong(high)} đ"
    else:
        text = f"{dong(low or high)} đ"
    if product.price_unit:
        text = f"{text} / {product.price_unit}"
    return text


def standard_names(product):
    return [standard.name for standard in product.standards.all()]


def wholesale_contact(product):
    """The product's wholesale contact, or its producer's phone and email."""
    if product.wholesale_contact:
        return product.wholesale_contact
    producer = product.producer
    if producer is None:
        return ""
    return " · ".join(part for part in (producer.phone, producer.email) if part)


def product_facts(product):
    """The buyer's facts a product has, in reading order; empty facts are left out."""
    facts = [
        Fact("packaging", _("Quy cách đóng gói và thông số"), product.packaging, multiline=True),
        Fact("shelf_life", _("Hạn sử dụng"), product.shelf_life),
        Fact("capacity", _("Năng lực sản xuất"), product.production_capacity),
        Fact("minimum_order", _("Đơn hàng tối thiểu"), product.minimum_order),
        Fact("standards", _("Tiêu chuẩn đạt được"), ", ".join(standard_names(product))),
        Fact("price", _("Giá bán lẻ"), price_range(product)),
        Fact("wholesale_contact", _("Liên hệ bán buôn"), wholesale_contact(product)),
    ]
    return [fact for fact in facts if fact.value]


TRADE_FACTS = ("packaging", "shelf_life", "capacity", "minimum_order")


def lacks_trade_facts(facts):
    """True when none of packaging, shelf life, capacity or minimum order is known."""
    return not any(fact.key in TRADE_FACTS for fact in facts)


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
