"""Which Django group edits which district's products and producers."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class DistrictEditorGroup(models.Model):
    """Members of `group` may prepare products and producers of `district` only."""

    group = models.OneToOneField(
        Group, verbose_name=_("nhóm"), on_delete=models.CASCADE, related_name="district_scope"
    )
    district = models.OneToOneField(
        "catalog.District", verbose_name=_("huyện"), on_delete=models.CASCADE, related_name="editor_group"
    )

    class Meta:
        verbose_name = _("nhóm biên tập viên huyện")
        verbose_name_plural = _("nhóm biên tập viên huyện")

    def __str__(self):
        return self.group.name
