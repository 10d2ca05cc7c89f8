"""The buyer's facts about a product and how a price reads, in one place.

The product page's facts block, the printable sheet and the buyers' CSV/XLSX
exports (buyers/facts.py `export_row`) all read products through these, so a
buyer sees the same facts, in the same words, everywhere.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


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
