"""`/healthz/`: what a load balancer asks every few seconds to know an app server can answer."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request):
    # Neither the database nor the cache: when the shared database stalls, the balancer must not
    # take every app server out at once, and a probe must cost next to nothing.
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
