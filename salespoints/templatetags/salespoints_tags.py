from django import template

from salespoints.listing import sales_points_for_product

register = template.Library()


@register.inclusion_tag("salespoints/includes/sales_points_for_product.html")
def sales_points_for(product):
    """The "where to buy" list of showrooms and shops for a product page."""
    return {"product": product, "sales_points": list(sales_points_for_product(product))}
