from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from catalog.models import Commune, CriteriaSet, District, FormerCommune, ProductGroup, ProductSet, Standard

# No `search_fields` on these viewsets: restricting fields makes modelsearch's
# SQLite backend query columns its full-text table lacks (a 500); the models'
# own search fields (name, code) apply instead.


class ProductGroupViewSet(SnippetViewSet):
    model = ProductGroup
    icon = "folder-open-inverse"
    list_display = ["code", "name"]
    ordering = ["sort_order", "code"]


class ProductSetViewSet(SnippetViewSet):
    model = ProductSet
    icon = "tag"
    list_display = ["code", "name", "group"]
    list_filter = ["group"]
    ordering = ["sort_order", "code"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    list_display = ["name", "kind"]
    list_filter = ["kind"]


# Apps above the catalog narrow the commune chooser for a user by registering a function
# (user, communes) -> communes under this hook (editorial/wagtail_hooks.py: an editor's own communes).
FILTER_CHOOSABLE_COMMUNES_HOOK = "filter_choosable_communes"


class ChoosableCommunesMixin:
    """The commune chooser lists only the communes every registered filter lets the user choose."""

    def get_object_list(self):
        communes = super().get_object_list()
        for narrow in hooks.get_hooks(FILTER_CHOOSABLE_COMMUNES_HOOK):
            communes = narrow(self.request.user, communes)
        return communes


class CommuneChooseView(ChoosableCommunesMixin, snippet_chooser.ChooseView):
    pass


class CommuneChooseResultsView(ChoosableCommunesMixin, snippet_chooser.ChooseResultsView):
    pass


class CommuneChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = CommuneChooseView
    choose_results_view_class = CommuneChooseResultsView


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "home"
    chooser_viewset_class = CommuneChooserViewSet
    list_display = ["name", "kind", "code", "district"]
    list_filter = ["district", "kind"]


class FormerCommuneViewSet(SnippetViewSet):
    """The 2025 crosswalk: each former unit and the current commune it became."""

    model = FormerCommune
    icon = "history"
    list_display = ["name", "kind", "district", "successor"]
    list_filter = ["district", "kind"]


class StandardViewSet(SnippetViewSet):
    model = Standard
    icon = "success"
    list_display = ["name"]


class CriteriaSetViewSet(SnippetViewSet):
    """The decisions certificates were rated under; the latest in force on a date is its default."""

    model = CriteriaSet
    icon = "doc-full"
    list_display = ["decision_number", "title", "decided_on", "effective_from"]
    ordering = ["-effective_from"]


class CatalogTaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Danh mục OCOP")
    menu_icon = "list-ul"
    menu_order = 300
    items = (
        ProductGroupViewSet,
        ProductSetViewSet,
        DistrictViewSet,
        CommuneViewSet,
        FormerCommuneViewSet,
        StandardViewSet,
        CriteriaSetViewSet,
    )


register_snippet(CatalogTaxonomyGroup)
