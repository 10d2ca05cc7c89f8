"""The decisions whose criteria and procedure an OCOP certificate was rated under.

Each certificate names the set in force on its date (catalog/criteria.py picks
it); the sets are the Prime Minister's decisions, loaded from
catalog/data/criteria_sets.csv, and editors add later ones in the admin.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index


class CriteriaSet(index.Indexed, models.Model):
    """A decision setting the OCOP criteria and rating procedure, e.g. 148/QĐ-TTg."""

    decision_number = models.CharField(
        _("số quyết định"),
        max_length=120,
        help_text=_("Ví dụ: 148/QĐ-TTg, hoặc “148/QĐ-TTg, sửa đổi bởi 1489/QĐ-TTg” cho bản đã sửa đổi."),
    )
    title = models.CharField(_("trích yếu"), max_length=500)
    decided_on = models.DateField(_("ngày ban hành"))
    effective_from = models.DateField(
        _("áp dụng từ"),
        unique=True,
        help_text=_("Chứng nhận từ ngày này trở đi mặc định theo bộ tiêu chí này, đến khi có bộ mới hơn."),
    )
    amended_by = models.TextField(
        _("sửa đổi, bổ sung / ghi chú"),
        blank=True,
        help_text=_("Ví dụ: sửa đổi, bổ sung bởi Quyết định 1489/QĐ-TTg ngày 06/07/2025."),
    )
    source_url = models.URLField(_("nguồn (đường dẫn văn bản)"), max_length=500, blank=True)

    panels = [
        FieldPanel("decision_number"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("decided_on"), FieldPanel("effective_from")]),
        FieldPanel("amended_by"),
        FieldPanel("source_url"),
    ]
    search_fields = [
        index.SearchField("decision_number"),
        index.AutocompleteField("decision_number"),
        index.SearchField("title"),
    ]

    class Meta:
        verbose_name = _("bộ tiêu chí OCOP")
        verbose_name_plural = pgettext_lazy("plural", "bộ tiêu chí OCOP")
        ordering = ["-effective_from"]

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        """How a certificate names it: "Quyết định 148/QĐ-TTg (24/02/2023)"."""
        return _("Quyết định %(number)s (%(date)s)") % {
            "number": self.decision_number,
            "date": self.decided_on.strftime("%d/%m/%Y"),
        }
