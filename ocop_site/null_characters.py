"""Addresses carrying a NUL character are refused with a 400 before any view reads them.

PostgreSQL text cannot hold NUL (0x00), so a query parameter with one (`?q=%00`) turned into
a 500 wherever a view passed it to the database: the catalog's filters, site search, Wagtail's
admin listings. Django's form fields refuse NUL in what they clean, but not every view reads
its parameters through a form. The path and the query string are checked here: a form's
body is read by its view, which bounds uploads before they are parsed.

A cookie holding NUL (a corrupted session cookie, say) is dropped instead: the browser sends it
on every page, so refusing it would lock the visitor out of the whole site; without it the
visitor is simply anonymous.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

NUL = "\x00"


class DropCookiesWithNullCharactersMiddleware:
    """Before the session middleware, which would look the cookie's session key up in the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name in [name for name, value in request.COOKIES.items() if NUL in name or NUL in value]:
            del request.COOKIES[name]
        return self.get_response(request)


class RefuseNullCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or any(
            NUL in key or NUL in value for key, values in request.GET.lists() for value in values
        ):
            response = TemplateResponse(
                request,
                "components/bad_request.html",
                {"message": _("Địa chỉ chứa ký tự không hợp lệ (NUL). Hãy sửa lại địa chỉ rồi thử lại.")},
                status=400,
            )
            return response.render()
        return self.get_response(request)
