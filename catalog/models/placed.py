"""Fields, panels and checks of everything placed in the province (products, producers, sales points, events)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from catalog import places

from .folders import commune_of_folder


class PlacedMixin(models.Model):
    """A current commune, its area, and the former address older certificates print.

    `district` (the area) is never typed: it follows the commune. Pages filed
    under a commune folder take their commune from the folder
    (`commune_is_fixed`); other placed models choose it, or let the former
    address fill it in through the crosswalk.
    """

    district = models.ForeignKey(
        "catalog.District",
        verbose_name=_("khu vực (huyện cũ)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="%(class)ss",
    )
    commune = models.ForeignKey(
        "catalog.Commune",
        verbose_name=_("xã / phường"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)ss",
        help_text=_("Đơn vị hành chính cấp xã hiện nay (từ 1/7/2025)."),
    )
    former_district = models.ForeignKey(
        "catalog.District",
        verbose_name=_("huyện cũ"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Như ghi trên giấy chứng nhận cấp trước 1/7/2025."),
    )
    former_commune = models.ForeignKey(
        "catalog.FormerCommune",
        verbose_name=_("xã / phường / thị trấn cũ"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Để trống xã hiện nay thì hệ thống tự điền theo xã cũ."),
    )

    commune_is_fixed = False
    #: Whether a current commune must be known (sales points) or may be empty (an event outside the province).
    place_required = False

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.commune_id:
            self.district_id = self.commune.district_id
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = self.place_errors()
        if errors:
            raise ValidationError(errors)

    @classmethod
    def place_panels(cls, *, commune_read_only=False):
        return [
            FieldPanel("commune", read_only=commune_read_only),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("former_district"), FieldPanel("former_commune")])],
                heading=_("Địa chỉ cũ (trước 1/7/2025)"),
            ),
        ]

    def place_errors(self):
        errors = places.place_errors(self, commune_is_fixed=self.commune_is_fixed)
        if self.place_required and not self.commune_id and "commune" not in errors:
            errors["commune"] = _("Chọn xã / phường, hoặc nhập địa chỉ cũ để hệ thống tự điền.")
        return errors


class FiledPlacedPage(PlacedMixin):
    """A placed page filed under its commune's folder (`catalog.CommuneFolderPage`).

    The folder is the single source of the page's commune: moving the page to
    another commune's folder changes it, and a former address must agree.
    """

    commune_is_fixed = True
    #: The index (catalog or producer list) whose folders hold this page type.
    index_page_type = None

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.take_commune_from_folder()
        return super().save(*args, **kwargs)

    def clean(self):
        self.take_commune_from_folder()
        super().clean()

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        grandparent = parent.get_parent()
        return grandparent is not None and grandparent.specific_class.__name__ == cls.index_page_type

    def take_commune_from_folder(self, parent=None):
        """Copy the folder's commune onto the page; the page's tree position decides."""
        if parent is None:
            if not self.path or self.depth is None or self.depth <= 1:
                return
            parent = self.get_parent()
        commune = commune_of_folder(parent)
        if commune is not None:
            self.commune = commune

    def get_index_page(self):
        """The catalog or producer index that lists this page (the parent of its commune folder)."""
        return self.get_ancestors().filter(depth=self.depth - 2).first().specific
