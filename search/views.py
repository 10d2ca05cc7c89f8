import dataclasses

from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from wagtail.models import Locale, Page

from home.text import fold

from . import suggestions, zero_results
from .forms import CatalogSearchForm
from .presentation import present, state_url
from .service import search_catalog

MAX_QUERY_LENGTH = 200
# Fewer hits than this, and the catalog offers a corrected query when it knows one.
FEW_RESULTS = 3
SUGGEST_MAX_AGE = 5 * 60


def search(request):
    """Site-wide search over every page type, in the current language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().filter(locale=Locale.get_active()).specific()
        # Folded, the query matches the folded copy pages index (catalog.search_text) on every
        # backend: "mat ong" finds "Mật ong". Answered by the database index while Elasticsearch
        # is out (search/elastic/wagtail_backend.py).
        results = pages.search(fold(query))
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    response = TemplateResponse(
        request, "search/search.html", {"search_query": query, "search_results": page}
    )
    if query and page.paginator.count == 0:
        zero_results.record(query, Locale.get_active().language_code)
        # Counted per search: no shared cache may answer the next one in its place.
        patch_cache_control(response, private=True)
    return response


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
        {
            "catalog": catalog,
            "form": form,
            "errors": form.error_messages_list() if not valid else [],
            "suggestion": corrected_query(query, result, base_url),
        }
    )
    response = TemplateResponse(request, page.get_template(request), context, status=200 if valid else 400)
    if query.q and result.total == 0:
        # Each search that finds nothing is counted (search.zero_results): no shared cache
        # may answer the next one in its place.
        patch_cache_control(response, private=True)
    return response


def corrected_query(query, result, base_url):
    """{"text", "url"} of a "did you mean" query when the words found little; None otherwise.

    A text search that found nothing with no facet narrowing it is counted for the
    zero-result report (search.zero_results).
    """
    if not query.q or result.total >= FEW_RESULTS:
        return None
    narrowed = any(
        (query.stars, query.groups, query.categories, query.districts, query.communes, query.producer_types)
    )
    if result.total == 0 and not narrowed:
        zero_results.record(query.q, query.language)
    text = suggestions.did_you_mean(query.q, query.language)
    if not text:
        return None
    return {"text": text, "url": state_url(base_url, dataclasses.replace(query, q=text, page=1))}


class HtmlSafeJSONEncoder(DjangoJSONEncoder):
    """JSON with <, > and & written as \\u escapes (as django.utils.html.json_script does)."""

    def encode(self, o):
        return super().encode(o).replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


@cache_control(public=True, max_age=SUGGEST_MAX_AGE)
def suggest(request):
    """As-you-type suggestions: {"query", "suggestions": [{"label", "url", "kind"}]} (JSON)."""
    query = request.GET.get("q", "")[: suggestions.MAX_QUERY_LENGTH]
    found = suggestions.as_you_type(query, get_language(), request)
    # Escaped like json_script: what was typed never comes back as markup, even if the
    # answer is opened as a page (JSON readers see the same text).
    return JsonResponse({"query": query, "suggestions": found}, encoder=HtmlSafeJSONEncoder)
