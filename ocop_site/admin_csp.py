"""The Content-Security-Policy of the Wagtail admin, which django-csp leaves alone (see settings).

The admin runs inline scripts of its own, so it cannot have the public site's nonce-only
policy; it gets one it works with that still refuses plugins, other sites' scripts and
forms, a changed <base>, and framing by anyone but ourselves.
"""

from django.conf import settings

HEADER = "Content-Security-Policy"


class AdminContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # A preview already carries the public policy; it is kept.
        if request.path_info.startswith("/admin/") and HEADER not in response:
            response[HEADER] = settings.OCOP_ADMIN_CONTENT_SECURITY_POLICY
        return response
