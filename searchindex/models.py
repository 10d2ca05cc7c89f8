"""Index changes that could not reach Elasticsearch, kept until they are replayed."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PendingIndexChange(models.Model):
    """A product page whose document must be brought in line with the database.

    Replaying does not trust `action`: it reads the page's current state and
    indexes it if it is live, deletes its document otherwise. `action` records
    what triggered the change, for the status report and for people reading it.
    """

    class Action(models.TextChoices):
        INDEX = "index", _("Cập nhật")
        DELETE = "delete", _("Xoá")

    page_id = models.PositiveIntegerField(_("trang sản phẩm"), unique=True)
    action = models.CharField(_("thao tác"), max_length=16, choices=Action.choices)
    reason = models.CharField(_("lý do"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("ghi lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    attempts = models.PositiveIntegerField(_("số lần thử"), default=1)

    class Meta:
        verbose_name = _("thay đổi chỉ mục đang chờ")
        verbose_name_plural = pgettext_lazy("plural", "thay đổi chỉ mục đang chờ")
        ordering = ["updated_at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} #{self.page_id}"
