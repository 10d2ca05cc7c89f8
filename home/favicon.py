"""`/favicon.ico`: browsers and link previews ask for it at the root whatever the page says."""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

ICON = "favicon.ico"


@require_safe
def favicon(request):
    # From the project's static folder, not STATIC_ROOT: it answers before (and without) collectstatic.
    path = finders.find(ICON)
    if path is None:
        raise Http404(ICON)
    # A few kilobytes: one plain response, no file handle left open.
    response = HttpResponse(Path(path).read_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=604800"
    return response
