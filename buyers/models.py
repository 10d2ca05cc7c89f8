"""What buyers send us. Inquiries are private: only the admin lists them."""

from django.contrib import admin
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class InquiryStatus(models.TextChoices):
    NEW = "new", _("Mới")
    ANSWERED = "answered", _("Đã trả lời")
    CLOSED = "closed", _("Đã đóng")


class Inquiry(models.Model):
    """A buyer's question about a product or a producer, sent from its page,
    or about every product of their shortlist at once (`products`)."""

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
    products = models.ManyToManyField(
        "catalog.ProductPage",
        verbose_name=_("sản phẩm trong danh sách mua"),
        blank=True,
        related_name="+",
        help_text=_("Khi người mua gửi một yêu cầu cho cả danh sách mua."),
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

    # What the admin listing, detail and export show of the inquiry.

    def covered_products(self):
        """The product asked about, or every product of the shortlist sent."""
        if self.product_id:
            return [self.product]
        return list(self.products.all())

    def covered_producers(self):
        producers = [self.producer] if self.producer_id else []
        for product in self.covered_products():
            if product.producer is not None and product.producer not in producers:
                producers.append(product.producer)
        return producers

    @admin.display(description=_("sản phẩm"))
    def product_titles(self):
        return ", ".join(product.title for product in self.covered_products()) or "—"

    @admin.display(description=_("chủ thể"))
    def producer_titles(self):
        return ", ".join(producer.title for producer in self.covered_producers()) or "—"

    @admin.display(description=_("liên hệ"))
    def contact(self):
        return " · ".join(part for part in (self.name, self.email, self.phone) if part)

    @admin.display(description=_("nội dung"))
    def message_excerpt(self):
        return Truncator(self.message).chars(120)
