"""Trade fairs and exhibitions where OCOP products are shown."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalog import cards
from catalog.certification import today
from catalog.models import PlacedMixin
from catalog.search_text import FoldedSearchTextMixin, with_folded_text
from editorial.forms import PlacedPageForm
from events import listings
from home.blocks import StoryBlock
from home.models import SectionIndexPage
from home.privacy import ViewRestrictionsInOneQueryMixin
from home.slugs import ReadableSlugMixin

PAST_EVENTS_PER_PAGE = 10


class EventIndexPage(SectionIndexPage):
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("trang sự kiện")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live().select_related("district")
        context["upcoming_events"] = listings.upcoming(events)
        # Paginator.get_page turns a missing, malformed or out-of-range number into a valid page.
        page_number = request.GET.get("page")
        context["past_events"] = Paginator(listings.past(events), PAST_EVENTS_PER_PAGE).get_page(page_number)
        return context


class EventPage(ViewRestrictionsInOneQueryMixin, ReadableSlugMixin, FoldedSearchTextMixin, PlacedMixin, Page):
    """A trade fair, exhibition or market where OCOP products take part."""

    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(
        _("ngày kết thúc"), null=True, blank=True, help_text=_("Để trống nếu sự kiện diễn ra trong một ngày.")
    )
    place = models.CharField(_("địa điểm"), max_length=255)
    summary = models.TextField(_("tóm tắt"), max_length=400, blank=True)
    description = StreamField(StoryBlock(), verbose_name=_("mô tả"), blank=True)

    base_form_class = PlacedPageForm
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Thời gian")),
        MultiFieldPanel([FieldPanel("place"), *PlacedMixin.place_panels()], heading=_("Địa điểm")),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("participating_products", heading=_("Sản phẩm tham gia"), label=_("sản phẩm")),
    ]
    search_fields = with_folded_text(
        Page.search_fields
        + [
            index.SearchField("summary"),
            index.SearchField("place"),
            index.FilterField("start_date"),
            index.FilterField("end_date"),
        ]
    )
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sự kiện")
        verbose_name_plural = pgettext_lazy("plural", "sự kiện")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.")})

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def is_upcoming(self):
        return self.last_day >= today()

    @cached_property
    def live_products(self):
        # Read through the inline list, which a preview holds in memory.
        product_ids = [item.product_id for item in self.participating_products.all()]
        return cards.load_cards_in_locale(product_ids, self.locale_id)


class EventProduct(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="participating_products")
    product = models.ForeignKey(
        "catalog.ProductPage", verbose_name=_("sản phẩm"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("sản phẩm tham gia")
