"""Admin views that Wagtail does not fence by page permission, narrowed for commune editors.

Page choosers and wagtail-localize's translations report list pages whatever the
viewer's permissions. They are mounted in front of Wagtail's own routes
(editorial/admin_urls.py) and narrowed with the same rule as every chooser
(`editorial.areas.visible_in_chooser`); province editors see what Wagtail shows.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView, ExternalLinkView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents import get_document_model
from wagtail.documents.views.chooser import viewset as document_chooser
from wagtail.images import get_image_model
from wagtail.images.views.chooser import viewset as image_chooser
from wagtail.models import Page
from wagtail_localize.views.report import TranslationsReportView

from editorial.areas import is_restricted, may_browse, visible_in_chooser, visible_media


class FencedBrowseView(BrowseView):
    """The page chooser's browse step: a commune editor browses only down to and inside their folders."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None and is_restricted(request.user):
            parent = Page.objects.filter(pk=parent_page_id).first()
            if parent is None or not may_browse(request.user, parent):
                raise Http404
        return super().get(request, parent_page_id)


class FencedChosenMultipleView(ChosenMultipleView):
    """Hands back only pages the editor may choose, whatever ids were asked for."""

    def get(self, request):
        if is_restricted(request.user):
            wanted = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
            allowed = visible_in_chooser(request.user, Page.objects.filter(pk__in=wanted))
            request.GET = request.GET.copy()
            request.GET.setlist("id", [str(pk) for pk in allowed.values_list("pk", flat=True)])
        return super().get(request)


class FencedTranslationsReportView(TranslationsReportView):
    """wagtail-localize's translations report, listing a commune editor's own pages only."""

    def get_queryset(self):
        translations = super().get_queryset()
        if not is_restricted(self.request.user):
            return translations
        keys = visible_in_chooser(self.request.user, Page.objects.all()).values("translation_key")
        return translations.filter(source__object_id__in=keys).order_by("-created_at", "pk")


def page_view_within_reach(view_name):
    """Wagtail's page view `view_name`, answering 404 for a page outside a commune editor's reach.

    Wagtail's workflow views name the page (its latest, possibly unpublished, title) in
    their messages before they check that the viewer may act on it.
    """
    view = page_viewset_registry.as_view(view_name, page_id_kwarg="page_id")

    def fenced(request, *args, page_id, **kwargs):
        page = get_object_or_404(Page, pk=page_id)
        if is_restricted(request.user) and not visible_in_chooser(
            request.user, Page.objects.filter(pk=page.pk)
        ):
            raise Http404
        return view(request, *args, page_id=page_id, **kwargs)

    return fenced


class CompleteExternalLinkView(ExternalLinkView):
    """Wagtail's external-link chooser; a submission without the URL field is an empty URL.

    Wagtail's validator reads the missing value as None and fails with a 500; an empty
    field gets the form's own "required" message instead.
    """

    def post(self, request):
        field = f"{self.form_prefix}-url"
        if field not in request.POST:
            request.POST = request.POST.copy()
            request.POST[field] = ""
        return super().post(request)


def media_view_within_reach(view, model, pk_kwarg):
    """Wagtail's image or document chooser step `view`, answering 404 to a commune editor for an
    item outside `visible_media` (as if it did not exist): Wagtail's own steps check only the
    "choose" permission, so an id read elsewhere would hand over its details."""

    def fenced(request, *args, **kwargs):
        if is_restricted(request.user):
            pk = str(kwargs[pk_kwarg])
            if not pk.isdigit() or not visible_media(request.user, model.objects.filter(pk=pk)).exists():
                raise Http404
        return view(request, *args, **kwargs)

    return fenced


def media_chosen_multiple_within_reach(view, model):
    """Wagtail's "chosen multiple" step `view`, handing a commune editor back only the items
    `visible_media` lets them choose, whatever ids were asked for."""

    def fenced(request, *args, **kwargs):
        if is_restricted(request.user):
            wanted = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
            allowed = visible_media(request.user, model.objects.filter(pk__in=wanted))
            request.GET = request.GET.copy()
            request.GET.setlist("id", [str(pk) for pk in allowed.values_list("pk", flat=True)])
        return view(request, *args, **kwargs)

    return fenced


fenced_image_chosen = media_view_within_reach(image_chooser.chosen_view, get_image_model(), "pk")
fenced_image_select_format = media_view_within_reach(
    image_chooser.select_format_view, get_image_model(), "image_id"
)
fenced_image_chosen_multiple = media_chosen_multiple_within_reach(
    image_chooser.chosen_multiple_view, get_image_model()
)
fenced_document_chosen = media_view_within_reach(document_chooser.chosen_view, get_document_model(), "pk")
fenced_document_chosen_multiple = media_chosen_multiple_within_reach(
    document_chooser.chosen_multiple_view, get_document_model()
)
