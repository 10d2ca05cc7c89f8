"""`/favicon.ico`: browsers and link previews ask for it at the root whatever the page says."""

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

ICON = "favicon.ico"


@require_safe
def favicon(request):
    # From the project's static folder, not STATIC_ROOT: it answers before (and without) collectstatic.
    path = finders.find(ICON)
    if path is None:
        raise Http404(ICON)
    response = FileResponse(open(path, "rb"), content_type="image/x-icon")  # noqa: SIM115 (FileResponse closes it)
    response["Cache-Control"] = "public, max-age=604800"
    return response
