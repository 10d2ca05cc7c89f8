"""Test support for the catalog's pages: the admin edit form as Wagtail posts it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def product_form(page, **changes):
    """The product edit form with `page`'s current values, then `changes` (field: value)."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "short_description": page.short_description,
        "category": page.category_id,
        "producer": page.producer_id,
        "former_district": page.former_district_id or "",
        "former_commune": page.former_commune_id or "",
        "description": rich_text("<p>Mô tả</p>"),
        "gallery_images": inline_formset([]),
        "story": streamfield([]),
        "stars": page.stars,
        "score": page.score,
        "certificate_number": page.certificate_number,
        "certifying_level": page.certifying_level,
        "certified_on": page.certified_on.isoformat(),
        "valid_until": "",
        "marketplace_links": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)
