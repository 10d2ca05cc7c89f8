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
from wagtail.models import Page

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


def with_card_fields(pages, renditions=CARD_RENDITIONS):
    """`pages`, a ProductPage queryset, reading what a card shows: its own query and two more."""
    rendition_model = get_image_model().get_rendition_model()
    gallery = ProductGalleryImage.objects.select_related("image").prefetch_related(
        Prefetch("image__renditions", queryset=rendition_model.objects.filter(filter_spec__in=renditions))
    )
    return (
        pages.select_related("district", "producer")
        .only(*CARD_FIELDS)
        .prefetch_related(Prefetch("gallery_images", queryset=gallery))
    )


def load_product_pages(page_ids, renditions=CARD_RENDITIONS):
    """ProductPage objects for `page_ids`, in that order (ids no longer live are dropped)."""
    page_ids = list(page_ids)
    if not page_ids:
        return []
    # Result order comes from page_ids; Page's default path ordering costs a join.
    pages = with_card_fields(ProductPage.objects.live().filter(pk__in=page_ids).order_by(), renditions)
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in page_ids if pk in by_id]


def load_cards_in_locale(product_ids, locale_id):
    """Cards for the live products among `product_ids`, in order, each in the locale `locale_id` where it can be.

    An inline list copied to a translation (featured products, an event's products) still names the Vietnamese
    products; each is shown as its live translation in that locale when it has one. Costs the
    cards' queries, and more only when a listed product is in another one.
    """
    cards = load_product_pages(product_ids)
    keys = {card.translation_key for card in cards if card.locale_id != locale_id}
    if not keys:
        return cards
    translated = dict(
        Page.objects.live()
        .filter(locale_id=locale_id, translation_key__in=keys)
        .values_list("translation_key", "pk")
    )
    swapped = {
        card.pk: translated[card.translation_key] for card in cards if card.translation_key in translated
    }
    translations = {card.pk: card for card in load_product_pages(swapped.values())}
    return [translations.get(swapped.get(card.pk), card) for card in cards]
