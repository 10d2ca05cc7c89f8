"""The zero-result report: what buyers searched for and did not find, for province editors."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Max, Sum
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from search.models import ZeroResultSearch

PER_PAGE = 50


def may_read_report(user):
    return user.is_active and user.has_perm("search.add_synonymgroup")


ORDERINGS = {"frequent": ("-total", "query"), "newest": ("-last_day", "-total", "query")}


class ZeroResultReportView(WagtailAdminTemplateMixin, View):
    template_name = "search/zero_result_report.html"
    page_title = _("Tìm kiếm không có kết quả")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        # Those who may add synonyms (the province's editors, migration 0005) read what to add.
        if not may_read_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request):
        order = request.GET.get("order")
        if order not in ORDERINGS:
            order = "frequent"
        rows = (
            ZeroResultSearch.objects.values("query", "language")
            .annotate(total=Sum("count"), last_day=Max("day"))
            .order_by(*ORDERINGS[order])
        )
        page = Paginator(rows, PER_PAGE).get_page(request.GET.get("p"))
        add_url = reverse("wagtailsnippets_search_synonymgroup:add")
        for row in page:
            row["add_synonym_url"] = (
                f"{add_url}?{urlencode({'terms': row['query'], 'language': row['language']})}"
            )
        context = self.get_context_data(page=page, order=order, orders=ORDERINGS)
        return TemplateResponse(request, self.template_name, context)
