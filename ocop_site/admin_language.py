"""The admin speaks the site's language (Vietnamese) to an editor who has not chosen another.

Wagtail falls back on the request's language when an editor has no preferred language, and
outside the /vi/… and /en/… prefixes that comes from the browser's Accept-Language: an editor
on an English-language browser would get an English admin. Here the admin starts from
LANGUAGE_CODE instead; a language chosen in the account settings still wins, because Wagtail
applies it around each admin view.
"""

from django.conf import settings
from django.utils import translation

ADMIN_PREFIX = "/admin/"


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
