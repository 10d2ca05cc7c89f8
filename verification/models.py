"""The short code printed in a product's QR stamp."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class VerificationCode(models.Model):
    """One code per product, shared by its translations (keyed by `translation_key`).

    Codes never change once printed, so the stamps already on packages keep working.
    """

    translation_key = models.UUIDField(_("khoá bản dịch của sản phẩm"), unique=True)
    code = models.CharField(_("mã xác thực"), max_length=16, unique=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    class Meta:
        verbose_name = _("mã xác thực")
        verbose_name_plural = pgettext_lazy("plural", "mã xác thực")

    def __str__(self):
        return self.code
