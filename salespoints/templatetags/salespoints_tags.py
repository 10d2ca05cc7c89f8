from django import template

from salespoints.models import SalesPoint

register = template.Library()


@register.inclusion_tag("salespoints/includes/sales_points_for_product.html")
def sales_points_for(product):
    """The "where to buy" list of showrooms and shops for a product page."""
    return {"product": product, "sales_points": list(sales_points_for_product(product))}


def sales_points_for_product(product):
    """Sales points that sell `product` in any of its translations."""
    return (
        SalesPoint.objects.filter(products__translation_key=product.translation_key)
        .select_related("district", "commune")
        .distinct()
    )
