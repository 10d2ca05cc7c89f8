"""Public verification page for a scanned stamp, and the admin's QR images and stamp sheet."""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.models import Page

from catalog import certification
from catalog.models import ProductPage
from catalog.qr import qr_inline, qr_png, qr_svg
from home.caching import cache_publicly_unless_signed_in
from home.responses import refused
from verification.codes import code_for, normalise, product_for, verify_url
from verification.forms import CodeForm

# A revoked or expired certificate must show on a scanned stamp within minutes.
VERIFY_PAGE_MAX_AGE = 300
STAMPS_PER_SHEET = 24  # 4 × 6 stamps of about 46 × 44 mm on A4
# The QR's printed side, quiet zone included: what a 44 mm stamp leaves beside its title and code.
STAMP_QR_MM = 29


@require_safe
def redirect_to_language(request, code):
    """`/xac-thuc/<code>/` (what the QR holds) → the page in the visitor's language."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        return HttpResponseRedirect(reverse("verification:verify", args=[code]))


@require_safe
def lookup(request):
    """A form for visitors who type the code printed under the QR."""
    if "ma" not in request.GET:
        return TemplateResponse(request, "verification/lookup.html", {"form": CodeForm()})
    form = CodeForm(request.GET)
    if not form.is_valid():
        return TemplateResponse(request, "verification/lookup.html", {"form": form}, status=400)
    return HttpResponseRedirect(reverse("verification:verify", args=[form.cleaned_data["ma"]]))


@require_safe
def verify(request, code):
    product = product_for(code)
    context = {"code": normalise(code) or code, "form": CodeForm()}
    if product is None:
        return TemplateResponse(request, "verification/not_found.html", context, status=404)
    status = certification.status(product.valid_until)
    context.update(
        {
            "product": product,
            "status": status,
            "days_left": certification.days_left(product.valid_until),
        }
    )
    response = TemplateResponse(request, "verification/verify.html", context)
    return cache_publicly_unless_signed_in(request, response, max_age=VERIFY_PAGE_MAX_AGE)


def _editable_product(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ProductPage):
        raise Http404("Not an OCOP product")
    if not page.permissions_for_user(request.user).can_edit():
        return None
    return page


def _refused(request):
    return refused(request, _("Bạn không có quyền sửa sản phẩm này."))


def admin_qr_svg(request, page_id):
    page = _editable_product(request, page_id)
    if page is None:
        return _refused(request)
    code = code_for(page)
    response = HttpResponse(qr_svg(verify_url(code)), content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="ocop-{code}.svg"'
    return response


def admin_qr_png(request, page_id):
    page = _editable_product(request, page_id)
    if page is None:
        return _refused(request)
    code = code_for(page)
    response = HttpResponse(qr_png(verify_url(code)), content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="ocop-{code}.png"'
    return response


def admin_stamp_sheet(request, page_id):
    """A printable A4 sheet of identical stamps for one product."""
    page = _editable_product(request, page_id)
    if page is None:
        return _refused(request)
    code = code_for(page)
    url = verify_url(code)
    context = {
        "product": page,
        "code": code,
        "url": url,
        "qr": qr_inline(url, STAMP_QR_MM),
        "stamps": range(STAMPS_PER_SHEET),
    }
    return TemplateResponse(request, "verification/stamp_sheet.html", context)
