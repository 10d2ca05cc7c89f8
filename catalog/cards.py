"""Loading result pages for display, shared by every catalog backend.

A backend decides which product pages match and in what order; this module
turns their ids into ProductPage objects with everything a product card needs
loaded in a fixed number of queries, whatever the page size.

Only the columns the card shows are read (`CARD_FIELDS`): a product row also holds
its description and story, and decoding those for 24 cards cost more than the
search that chose them. Reading any other field of a card page costs a query per
card, which the page query-count tests would catch.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from catalog.models import ProductGalleryImage, ProductPage

# What templates/components/product_card.html and its shortlist button read: the title,
# the address (url_path; the language comes from the site's root paths), stars, the
# producer's and district's names, the first photo's renditions.
CARD_RENDITIONS = ("fill-320x240|format-webp", "fill-640x480|format-webp")
CARD_FIELDS = (
    "title",
    "url_path",
    "path",
    "depth",
    "locale",
    "translation_key",
    "live",
    "stars",
    "district__name",
    "producer__title",
    "producer__url_path",
)


def load_product_pages(page_ids, renditions=CARD_RENDITIONS):
    """ProductPage objects for `page_ids`, in that order (ids no longer live are dropped)."""
    page_ids = list(page_ids)
    if not page_ids:
        return []
    images = get_image_model().objects.prefetch_renditions(*renditions)
    gallery = ProductGalleryImage.objects.select_related(None).prefetch_related(
        Prefetch("image", queryset=images)
    )
    pages = (
        ProductPage.objects.live()
        .filter(pk__in=page_ids)
        .order_by()  # result order comes from page_ids; Page's default path ordering costs a join
        .select_related("district", "producer")
        .only(*CARD_FIELDS)
        .prefetch_related(Prefetch("gallery_images", queryset=gallery))
    )
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in page_ids if pk in by_id]
