"""Sales points as visitors see them: grouped by district, products in the visitor's language."""

from itertools import groupby

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from catalog.models import District, ProductPage
from catalog.places import AREA_LABEL
from salespoints.models import SalesPoint


class DistrictFilterForm(forms.Form):
    district = forms.ModelChoiceField(
        label=AREA_LABEL,
        queryset=District.objects.filter(salespoints__isnull=False).distinct(),
        to_field_name="slug",
        required=False,
        empty_label=_("Tất cả"),
    )


def _products_by_point(points, locale):
    """{sales point id: [live products in `locale`]}, from the Vietnamese pages chosen in the admin."""
    through = SalesPoint.products.through.objects.filter(salespoint__in=points).values_list(
        "salespoint_id", "productpage__translation_key"
    )
    keys_by_point = {}
    for point_id, key in through:
        keys_by_point.setdefault(point_id, set()).add(key)
    all_keys = set().union(*keys_by_point.values()) if keys_by_point else set()
    products = {
        product.translation_key: product
        for product in ProductPage.objects.live()
        .filter(locale=locale, translation_key__in=all_keys)
        .order_by("title")
    }
    return {
        point_id: sorted((products[k] for k in keys if k in products), key=lambda p: p.title)
        for point_id, keys in keys_by_point.items()
    }


def grouped_by_district(district=None, locale=None):
    """[(district, [sales points])] in district order; each point has `.products_here`."""
    locale = locale or Locale.get_active()
    points = SalesPoint.objects.select_related("district", "commune")
    if district is not None:
        points = points.filter(district=district)
    points = list(points)
    products = _products_by_point(points, locale)
    for point in points:
        point.products_here = products.get(point.pk, [])
    return [(d, list(group)) for d, group in groupby(points, key=lambda p: p.district)]


def sales_points_for_product(product):
    """Sales points that sell `product` in any of its translations."""
    return (
        SalesPoint.objects.filter(products__translation_key=product.translation_key)
        .select_related("district", "commune")
        .distinct()
    )
