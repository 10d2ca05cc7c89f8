"""The search app's part in Wagtail: the catalog listing, synonyms and the zero-result report."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from catalog.models.products import SERVE_CATALOG_INDEX_HOOK
from search.admin_views import ZeroResultReportView, may_read_report
from search.models import SynonymGroup
from search.views import serve_catalog


class SynonymGroupCreateView(CreateView):
    """Prefilled from the zero-result report's link (?terms=…&language=…); the editor still saves."""

    def get_initial(self):
        initial = super().get_initial()
        terms = self.request.GET.get("terms", "")[:255]
        if terms:
            initial["terms"] = terms
        if self.request.GET.get("language") in dict(settings.LANGUAGES):
            initial["language"] = self.request.GET["language"]
        return initial


class SynonymGroupViewSet(SnippetViewSet):
    """Regional synonyms for catalog search; province editors hold the permissions (migration 0005)."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Từ đồng nghĩa tìm kiếm")
    add_to_admin_menu = False
    list_display = ["terms", "language", "note"]
    list_filter = ["language"]
    ordering = ["language", "terms"]
    add_view_class = SynonymGroupCreateView


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def register_zero_result_report_url():
    return [path("ocop/tim-kiem-khong-ket-qua/", ZeroResultReportView.as_view(), name="ocop_zero_results")]


class ProvinceEditorMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_report(request.user)


@hooks.register("register_ocop_tools_menu_item")
def register_zero_result_report_menu_item():
    return ProvinceEditorMenuItem(
        _("Tìm kiếm không có kết quả"), reverse("ocop_zero_results"), icon_name="search", order=300
    )


@hooks.register("register_ocop_tools_menu_item")
def register_synonyms_menu_item():
    return ProvinceEditorMenuItem(
        _("Từ đồng nghĩa tìm kiếm"),
        reverse("wagtailsnippets_search_synonymgroup:list"),
        icon_name="search",
        order=310,
    )


# The catalog index page's listing is the catalog search (catalog/models/products.py).
hooks.register(SERVE_CATALOG_INDEX_HOOK, serve_catalog)
