"""StreamField blocks for news articles: the shared story blocks plus a product card."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import StoryBlock


class ProductCardBlock(blocks.PageChooserBlock):
    """An OCOP product from the catalog, shown as its catalog card."""

    def __init__(self, **kwargs):
        super().__init__(page_type="catalog.ProductPage", **kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        product = value.specific if value is not None else None
        context["product"] = product if product is not None and product.live else None
        return context

    class Meta:
        icon = "tag"
        template = "news/blocks/product_card_block.html"
        label = _("Thẻ sản phẩm")
        description = _("Sản phẩm OCOP trong danh mục, hiện dưới dạng thẻ")


class NewsStoryBlock(StoryBlock):
    """An article body: paragraphs, images with captions, quotes, embeds and product cards."""

    product = ProductCardBlock()

    class Meta:
        label = _("Nội dung bài tin")
