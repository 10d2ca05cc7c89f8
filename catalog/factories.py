"""factory_boy factories for catalog pages and taxonomies, for tests and benchmarks.

Page factories need a `parent`: `ProductPageFactory(parent=catalog_index)`
files the product under its commune's folder in that index (created when
missing), as the admin does. Give `commune=` (a current commune), or
`district=` alone for the area's first commune. Taxonomies come from the data
migration; the factories look them up by code or slug rather than creating
duplicates.
"""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from catalog import certification
from catalog.models import (
    CatalogIndexPage,
    Commune,
    District,
    FormerCommune,
    ProducerIndexPage,
    ProducerPage,
    ProductPage,
    ProductSet,
)
from home.models import HomePage


def vietnamese_locale():
    return Locale.objects.get(language_code="vi")


def product_set(code="1.2.1", language="vi"):
    return ProductSet.objects.get(code=code, locale__language_code=language)


def district(slug="dien-bien"):
    return District.objects.get(slug=slug)


def commune(district_slug="dien-bien", slug="thanh-yen"):
    """A current commune of the area `district_slug` (xã Thanh Yên by default)."""
    return Commune.objects.get(district__slug=district_slug, slug=slug)


def former_commune(district_slug, slug):
    """A commune-level unit as it stood before July 2025."""
    return FormerCommune.objects.get(district__slug=district_slug, slug=slug)


class FiledPageFactory(wagtail_factories.PageFactory):
    """Files the page under its commune's folder when `parent` is the catalog or producer index."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        from catalog.filing import folder_for

        place = kwargs.get("commune")
        if place is None:
            area = kwargs.get("district")
            place = area.communes.order_by("sort_order", "name").first() if area else commune()
            kwargs["commune"] = place
        if isinstance(parent, (CatalogIndexPage, ProducerIndexPage)):
            parent = folder_for(parent, place)
        return super()._create(model_class, *args, parent=parent, **kwargs)


def home_page():
    return HomePage.objects.get(locale__language_code="vi")


class CatalogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Sản phẩm"
    slug = "san-pham"

    class Meta:
        model = CatalogIndexPage


class ProducerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Chủ thể OCOP"
    slug = "chu-the"

    class Meta:
        model = ProducerIndexPage


class ProducerPageFactory(FiledPageFactory):
    title = factory.Sequence(lambda n: f"Hợp tác xã Nông nghiệp số {n}")
    slug = factory.Sequence(lambda n: f"hop-tac-xa-{n}")
    producer_type = "cooperative"
    phone = "0215 3800 000"

    class Meta:
        model = ProducerPage


class ProductPageFactory(FiledPageFactory):
    title = factory.Sequence(lambda n: f"Sản phẩm thử {n}")
    slug = factory.Sequence(lambda n: f"san-pham-thu-{n}")
    short_description = "Đặc sản vùng cao Tây Bắc."
    category = factory.LazyFunction(product_set)
    stars = 3
    score = 60
    certificate_number = factory.Sequence(lambda n: f"DEMO-2024-{n:03d}")
    certified_on = datetime.date(2024, 6, 1)
    certifying_level = factory.LazyAttribute(lambda o: certification.default_level(o.stars, o.certified_on))

    class Meta:
        model = ProductPage


def build_catalog():
    """Home → catalog index + producer index, the tree most tests need."""
    home = home_page()
    catalog = CatalogIndexPage.objects.child_of(home).first() or CatalogIndexPageFactory(parent=home)
    producers = ProducerIndexPage.objects.child_of(home).first() or ProducerIndexPageFactory(parent=home)
    return catalog, producers
