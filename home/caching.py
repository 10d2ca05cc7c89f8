"""Cache headers that respect who is looking.

A signed-in editor's copy of a public page holds the Wagtail userbar (and may show
drafts in previews): it must never be stored by a shared cache or served to others.
"""

from django.utils.cache import patch_cache_control, patch_vary_headers


def cache_publicly_unless_signed_in(request, response, max_age):
    """`public, max-age` for anonymous visitors; `private, no-cache` for anyone signed in."""
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=max_age)
    # The two copies differ by the session cookie: a cache must not hand one for the other.
    patch_vary_headers(response, ["Cookie"])
    return response
