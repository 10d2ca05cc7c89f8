from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from salespoints.models import SalesPoint


class SalesPointViewSet(SnippetViewSet):
    model = SalesPoint
    icon = "site"
    menu_label = _("Điểm bán OCOP")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "district", "address", "phone"]
    list_filter = ["district"]
    ordering = ["district__sort_order", "name"]


register_snippet(SalesPointViewSet)
