from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    """Regional synonyms for catalog search; province editors hold the permissions (migration 0005)."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Từ đồng nghĩa tìm kiếm")
    add_to_admin_menu = False
    list_display = ["terms", "language", "note"]
    list_filter = ["language"]
    ordering = ["language", "terms"]


register_snippet(SynonymGroupViewSet)
