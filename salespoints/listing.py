"""Sales points as visitors see them: grouped by district, products in the visitor's language."""

from itertools import groupby

from wagtail.models import Locale

from catalog.models import ProductPage


def _products_by_point(sales_points, points, locale):
    """{sales point id: [live products in `locale`]}, from the Vietnamese pages chosen in the admin."""
    through = sales_points.model.products.through.objects.filter(salespoint__in=points).values_list(
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


def grouped_by_district(sales_points, district=None, locale=None):
    """[(district, [sales points])] of the `sales_points` queryset, in district order; each has `.products_here`."""
    locale = locale or Locale.get_active()
    points = sales_points.select_related("district", "commune")
    if district is not None:
        points = points.filter(district=district)
    points = list(points)
    products = _products_by_point(sales_points, points, locale)
    for point in points:
        point.products_here = products.get(point.pk, [])
    return [(d, list(group)) for d, group in groupby(points, key=lambda p: p.district)]
