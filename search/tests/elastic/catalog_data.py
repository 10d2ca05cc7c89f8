"""A small catalog for the search contract tests: every facet has values, one certificate is expired."""

import datetime

from catalog.factories import (
    ProducerPageFactory,
    ProductPageFactory,
    build_catalog,
    commune,
    district,
    product_set,
)
from catalog.models import Standard

# title, stars, set code, district, commune, producer, certified_on, short description
PRODUCTS = [
    (
        "Gạo Séng Cù",
        4,
        "1.2.1",
        "dien-bien",
        "thanh-yen",
        "htx",
        datetime.date(2024, 6, 1),
        "Gạo dẻo thơm của cánh đồng Mường Thanh.",
    ),
    (
        "Mật ong hoa ban",
        3,
        "1.2.2",
        "tuan-giao",
        None,
        "ho",
        datetime.date(2024, 5, 1),
        "Mật ong rừng vùng cao.",
    ),
    (
        "Cà phê Mường Ảng",
        4,
        "1.6.1",
        "muong-ang",
        "bung-lao",  # took xã Chiềng Đông of huyện Tuần Giáo in 2025
        "dn",
        datetime.date(2025, 1, 10),
        "Cà phê arabica rang mộc.",
    ),
    (
        "Chè Shan tuyết Tủa Chùa",
        5,
        "1.5.1",
        "tua-chua",
        "tua-chua",  # took xã Nà Tòng of huyện Tuần Giáo in 2025
        "dn",
        datetime.date(2025, 3, 1),
        "Chè cổ thụ trên núi cao.",
    ),
    (
        "Rượu nếp Điện Biên",
        3,
        "2.1.1",
        "dien-bien-phu",
        None,
        "htx",
        datetime.date(2024, 9, 15),
        "Rượu nấu từ gạo nếp nương.",
    ),
    (
        "Ớt Mường Chà",
        3,
        "1.4.2",
        "muong-cha",
        "na-sang",
        "ho",
        datetime.date(2024, 2, 20),
        "Ớt khô cay nồng.",
    ),
    (
        "Măng khô Mường Nhé",
        3,
        "1.3.3",
        "muong-nhe",
        None,
        "ho",
        datetime.date(2019, 1, 1),
        "Măng rừng phơi khô.",
    ),
]
EXPIRED = {"Măng khô Mường Nhé"}
# Standard slugs a product holds (catalog.Standard rows from the reference data).
STANDARDS = {
    "Gạo Séng Cù": ["vietgap"],
    "Chè Shan tuyết Tủa Chùa": ["vietgap", "huu-co-tcvn-11041"],
    "Mật ong hoa ban": ["haccp"],
    "Măng khô Mường Nhé": ["vietgap"],
}
PRODUCERS = {
    "htx": ("Hợp tác xã Nông nghiệp Thanh Yên", "cooperative", "dien-bien"),
    "ho": ("Hộ kinh doanh Lò Văn Pọm", "household", "tuan-giao"),
    "dn": ("Công ty Cổ phần Sản vật Tây Bắc", "enterprise", "dien-bien-phu"),
}


def build_products():
    """Create the producers and live products; returns {title: ProductPage}."""
    catalog, producer_index = build_catalog()
    producers = {
        key: ProducerPageFactory(
            parent=producer_index, title=title, producer_type=kind, district=district(slug)
        )
        for key, (title, kind, slug) in PRODUCERS.items()
    }
    products = {}
    for title, stars, code, district_slug, commune_slug, producer, certified_on, summary in PRODUCTS:
        products[title] = ProductPageFactory(
            parent=catalog,
            title=title,
            stars=stars,
            score={3: 60, 4: 80, 5: 95}[stars],
            category=product_set(code),
            district=district(district_slug),
            commune=commune(district_slug, commune_slug) if commune_slug else None,
            producer=producers[producer],
            certified_on=certified_on,
            short_description=summary,
        )
        if title in STANDARDS:
            products[title].standards.set(Standard.objects.filter(slug__in=STANDARDS[title]))
            products[title].save_revision().publish()
    return products
