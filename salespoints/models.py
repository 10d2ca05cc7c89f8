"""Showrooms and shops that sell OCOP products ("điểm giới thiệu và bán sản phẩm OCOP")."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from catalog.models import PlacedMixin
from editorial.forms import PlacedSnippetForm
from home.models import SectionIndexPage

from .forms import DistrictFilterForm
from .listing import grouped_by_district


class SalesPoint(PlacedMixin, index.Indexed, ClusterableModel):
    """A place where people can see and buy OCOP products. Proper names: not translated."""

    name = models.CharField(_("tên điểm bán"), max_length=255)
    address = models.CharField(_("địa chỉ"), max_length=500)
    opening_hours = models.CharField(
        _("giờ mở cửa"), max_length=255, blank=True, help_text=_("Ví dụ: 7:30–21:00 hằng ngày.")
    )
    phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    map_url = models.URLField(_("liên kết bản đồ"), blank=True, help_text=_("Ví dụ: liên kết Google Maps."))
    products = ParentalManyToManyField(
        "catalog.ProductPage",
        verbose_name=_("sản phẩm đang bán"),
        blank=True,
        related_name="sales_points",
        limit_choices_to={"locale__language_code": "vi"},
        help_text=_("Chọn bản tiếng Việt; bản dịch của sản phẩm tự hiện điểm bán này."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("address"), *PlacedMixin.place_panels()],
            heading=_("Địa chỉ"),
        ),
        FieldPanel("opening_hours"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("map_url"),
        FieldPanel("products", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("address"),
        index.AutocompleteField("name"),
        index.FilterField("district_id"),
    ]

    place_required = True
    base_form_class = PlacedSnippetForm

    class Meta:
        verbose_name = _("điểm bán sản phẩm OCOP")
        verbose_name_plural = pgettext_lazy("plural", "điểm bán sản phẩm OCOP")
        ordering = ["district__sort_order", "district__name", "name"]

    def __str__(self):
        return self.name


class SalesPointIndexPage(SectionIndexPage):
    """The public list of sales points, grouped by district."""

    subpage_types = []

    class Meta:
        verbose_name = _("trang điểm bán sản phẩm")

    def serve(self, request, *args, **kwargs):
        form = DistrictFilterForm(request.GET or None)
        response = super().serve(request, *args, form=form, **kwargs)
        if form.is_bound and not form.is_valid():
            response.status_code = 400
        return response

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = form if form is not None else DistrictFilterForm(request.GET or None)
        district = form.cleaned_data["district"] if form.is_bound and form.is_valid() else None
        context["form"] = form
        context["district"] = district
        context["groups"] = grouped_by_district(SalesPoint.objects.all(), district=district)
        return context
