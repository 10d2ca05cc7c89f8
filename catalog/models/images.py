"""An ordered image with the alt text and caption every gallery needs."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class DescribedImage(Orderable):
    """Alt text is required: a gallery is read aloud to people who cannot see it."""

    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("ảnh"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("văn bản thay thế"),
        max_length=255,
        help_text=_("Mô tả ảnh cho người không nhìn thấy ảnh (bắt buộc)."),
    )
    caption = models.CharField(_("chú thích"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True
