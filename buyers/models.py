"""What buyers send us. Inquiries are private: only the admin lists them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class InquiryStatus(models.TextChoices):
    NEW = "new", _("Mới")
    ANSWERED = "answered", _("Đã trả lời")
    CLOSED = "closed", _("Đã đóng")


class Inquiry(models.Model):
    """A buyer's question about a product or a producer, sent from its page."""

    product = models.ForeignKey(
        "catalog.ProductPage",
        verbose_name=_("sản phẩm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    producer = models.ForeignKey(
        "catalog.ProducerPage",
        verbose_name=_("chủ thể"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as written when sent, so the inquiry still reads well if the page is deleted.
    page_title = models.CharField(_("trang gửi"), max_length=255)

    name = models.CharField(_("họ và tên"), max_length=120)
    company = models.CharField(_("công ty / đơn vị"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    quantity = models.CharField(_("số lượng dự kiến"), max_length=120, blank=True)
    message = models.TextField(_("nội dung"), max_length=2000)

    status = models.CharField(
        _("trạng thái"), max_length=16, choices=InquiryStatus.choices, default=InquiryStatus.NEW
    )
    staff_notes = models.TextField(
        _("ghi chú nội bộ"), blank=True, help_text=_("Chỉ cán bộ quản trị nhìn thấy.")
    )
    created = models.DateTimeField(_("ngày gửi"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("yêu cầu của người mua")
        verbose_name_plural = pgettext_lazy("plural", "yêu cầu của người mua")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.name} — {self.page_title}"
