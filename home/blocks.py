"""StreamField blocks shared by product stories, producer stories and news."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Cấp"),
        choices=[("h2", "H2"), ("h3", "H3")],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        label = _("Tiêu đề")
        description = _("Tiêu đề mục trong bài")


class LabelledImageBlock(ImageBlock):
    """Wagtail's ImageBlock, whose chooser Wagtail labels "Image" in English (from the field name).

    It deconstructs as Wagtail's ImageBlock, so migrations do not see the difference.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.child_blocks["image"].label = _("Ảnh")


class CaptionedImageBlock(blocks.StructBlock):
    image = LabelledImageBlock(label=_("Ảnh"))
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "components/blocks/captioned_image_block.html"
        label = _("Ảnh có chú thích")
        description = _("Ảnh kèm văn bản thay thế và chú thích")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(label=_("Người nói"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        label = _("Trích dẫn")
        description = _("Lời kể của người sản xuất hoặc khách hàng")


class StoryBlock(blocks.StreamBlock):
    """The body of a product story, a producer story or an article."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        template="components/blocks/paragraph_block.html",
        description=_("Đoạn văn bản"),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Video nhúng"),
        icon="media",
        template="components/blocks/embed_block.html",
        description=_("Video YouTube hoặc nội dung nhúng khác"),
    )

    class Meta:
        label = _("Nội dung")
