import dataclasses

from django.core.paginator import Paginator
from django.http import HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from .forms import CatalogSearchForm
from .presentation import present
from .service import search_catalog

MAX_QUERY_LENGTH = 200


def search(request):
    """Site-wide search over every page type, in the current language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().filter(locale=Locale.get_active()).specific()
        # Answered by the database index while Elasticsearch is out (search/elastic/wagtail_backend.py).
        results = pages.search(query)
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "search_results": page})


def serve_catalog(page, request):
    """The catalog index page: validate the URL, ask the search service, render.

    Invalid parameters answer 400 with the message and the results of the valid
    ones; a page number past the end shows the last page; a former commune's
    slug redirects (301) to the same state in today's keys.
    """
    form = CatalogSearchForm(request.GET or None, language=page.locale.language_code)
    if form.moved_to is not None:
        # An old URL with a former commune: one canonical address per state, and bookmarks keep working.
        return HttpResponsePermanentRedirect(f"{page.get_url(request)}?{form.moved_to.urlencode()}")
    valid = form.is_valid() if request.GET else True
    query = form.catalog_query()
    result = search_catalog(query)
    if result.page > result.num_pages:
        result = search_catalog(dataclasses.replace(query, page=result.num_pages))
    base_url = page.get_url(request)
    catalog = present(result, base_url, absolute_base_url=page.get_full_url(request))
    context = page.get_context(request)
    context.update(
        {"catalog": catalog, "form": form, "errors": form.error_messages_list() if not valid else []}
    )
    return TemplateResponse(request, page.get_template(request), context, status=200 if valid else 400)
