"""Public views for buyers: supplier directory, inquiries, shortlist, exports, product sheet."""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from catalog.models import ProducerPage, ProductPage
from catalog.qr import qr_inline
from home.client_address import client_address
from search.forms import CatalogSearchForm
from search.suppliers import SORT_LABELS, search_suppliers
from verification.codes import code_for, verify_url

from . import exports, inquiries
from .catalog_export import catalog_products
from .forms import InquiryForm, ShortlistForm, SupplierFilterForm
from .shortlist import Shortlist
from .supplier_export import supplier_products


def _language():
    return (get_language() or "vi").split("-")[0]


def _bad_request(request, message):
    """A 400 page; the message may quote what the visitor typed, so it goes through autoescaping."""
    return TemplateResponse(request, "components/bad_request.html", {"message": message}, status=400)


# Supplier directory


def _active_filters(request, result):
    """One removable chip per selected facet value: its label and the URL without it."""
    chips = []
    for facet in result.facets:
        for value in facet.selected:
            params = request.GET.copy()
            params.setlist(facet.name, [key for key in params.getlist(facet.name) if key != value.key])
            params.pop("page", None)
            chips.append({"label": value.label, "facet": facet.label, "url": f"?{params.urlencode()}"})
    return chips


@require_GET
def supplier_directory(request):
    form = SupplierFilterForm(request.GET or None, language=_language())
    if request.GET and not form.is_valid():
        context = {"form": form, "result": None, "sort_labels": SORT_LABELS}
        return TemplateResponse(request, "buyers/supplier_directory.html", context, status=400)
    query = form.to_query() if form.is_bound else SupplierFilterForm.default_query(_language())
    result = search_suppliers(query)
    context = {
        "form": form,
        "result": result,
        "sort_labels": SORT_LABELS,
        "active_filters": _active_filters(request, result),
    }
    return TemplateResponse(request, "buyers/supplier_directory.html", context)


@require_GET
def supplier_export(request, fmt):
    # The directory's own form, so the export accepts exactly the directory's parameters.
    form = SupplierFilterForm(request.GET, language=_language())
    if not form.is_valid():
        errors = "; ".join(
            f"{form.fields[name].label}: {' '.join(messages)}" if name in form.fields else " ".join(messages)
            for name, messages in form.errors.items()
        )
        return _bad_request(request, _("Tham số tìm kiếm không hợp lệ: %(errors)s") % {"errors": errors})
    products = supplier_products(form.to_query())
    return exports.download(products, fmt, "danh-ba-nha-cung-cap-ocop", request, title=_("Nhà cung cấp"))


# Inquiries


def _inquiry_target(page_id):
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not isinstance(page, ProductPage | ProducerPage):
        raise Http404("Inquiries are taken on product and producer pages only.")
    return page


def _render_page_with_form(request, page, form, status):
    """The product or producer page itself, showing the form with its errors and the typed data."""
    context = page.get_context(request)
    context["inquiry_form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _refuse_over_rate_limit(form, render_with_form):
    form.is_valid()
    form.add_error(
        None,
        _(
            "Bạn đã gửi nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau một giờ "
            "hoặc gọi trực tiếp số điện thoại của chủ thể. Nội dung bạn nhập vẫn được giữ bên dưới."
        ),
    )
    return render_with_form(form, 429)


def _take_inquiry(request, form, render_with_form, store, refused):
    """Check, rate-limit, store and send one inquiry; None when it was taken.

    `render_with_form(form, status)` shows the form again with what was typed.
    """
    address = client_address(request)
    rate_limit = inquiries.RateLimit()
    if form.is_spam:
        return refused()
    if rate_limit.exceeded(address):
        return _refuse_over_rate_limit(form, render_with_form)
    if not form.is_valid():
        return render_with_form(form, 400)
    # Taken only now, so a form sent back for corrections does not use up a place; a
    # concurrent request from the same address may have taken the last one meanwhile.
    if not rate_limit.take(address):
        return _refuse_over_rate_limit(form, render_with_form)
    inquiries.notify(store(form))
    return None


@require_POST
def inquiry_submit(request, page_id):
    page = _inquiry_target(page_id)
    refusal = _take_inquiry(
        request,
        InquiryForm(request.POST),
        lambda form, status: _render_page_with_form(request, page, form, status),
        lambda form: inquiries.store(form, page),
        lambda: TemplateResponse(request, "buyers/inquiry_refused.html", {"page": page}, status=400),
    )
    return refusal or redirect("buyers:inquiry_sent", page_id=page.pk)


@require_GET
def inquiry_sent(request, page_id):
    page = _inquiry_target(page_id)
    return TemplateResponse(request, "buyers/inquiry_sent.html", {"target": page})


# Shortlist


def _back(request, fallback):
    """Back to the page the buyer came from: a path on this site, else `fallback`.

    Only absolute paths: `redirect()` would try a bare word such as "san-pham" as a view name.
    """
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(fallback)


def _shortlist_change(request, change):
    form = ShortlistForm(request.POST)
    if not form.is_valid():
        return _bad_request(request, _("Thiếu hoặc sai mã sản phẩm."))
    product = ProductPage.objects.live().filter(pk=form.cleaned_data["product"]).first()
    if product is None:
        raise Http404(_("Không tìm thấy sản phẩm."))
    if not change(Shortlist(request.session), product.pk):
        return TemplateResponse(
            request, "buyers/shortlist_full.html", {"max": settings.BUYERS_SHORTLIST_MAX}, status=400
        )
    return _back(request, reverse("buyers:shortlist"))


@require_POST
def shortlist_add(request):
    return _shortlist_change(request, lambda shortlist, pk: shortlist.add(pk))


@require_POST
def shortlist_remove(request):
    def remove(shortlist, pk):
        shortlist.remove(pk)
        return True

    return _shortlist_change(request, remove)


@require_POST
def shortlist_clear(request):
    Shortlist(request.session).clear()
    return redirect("buyers:shortlist")


def _render_shortlist(request, products, inquiry_form=None, status=200):
    context = {"products": products, "inquiry_form": inquiry_form}
    return TemplateResponse(request, "buyers/shortlist.html", context, status=status)


@require_GET
def shortlist(request):
    return _render_shortlist(request, Shortlist(request.session).products())


@require_POST
def shortlist_inquiry(request):
    """One inquiry about every product on the buyer's shortlist, under the same rate limit."""
    products = Shortlist(request.session).products()
    if not products:
        return _bad_request(request, _("Danh sách mua đang trống: chưa có sản phẩm nào để hỏi."))
    refusal = _take_inquiry(
        request,
        InquiryForm(request.POST),
        lambda form, status: _render_shortlist(request, products, form, status),
        lambda form: inquiries.store_for_shortlist(form, products),
        lambda: TemplateResponse(request, "buyers/inquiry_refused.html", {"page": None}, status=400),
    )
    return refusal or redirect("buyers:shortlist_inquiry_sent")


@require_GET
def shortlist_inquiry_sent(request):
    return TemplateResponse(request, "buyers/inquiry_sent.html", {"target": None})


@require_GET
def shortlist_export(request, fmt):
    products = Shortlist(request.session).products()
    return exports.download(products, fmt, "danh-sach-san-pham-ocop", request, title=_("Danh sách"))


@require_GET
def catalog_export(request, fmt):
    # The catalog's own form, so the export accepts exactly the catalog's parameters.
    form = CatalogSearchForm(request.GET, language=_language())
    if not form.is_valid():
        errors = "; ".join(form.error_messages_list())
        return _bad_request(request, _("Tham số tìm kiếm không hợp lệ: %(errors)s") % {"errors": errors})
    products = catalog_products(form.catalog_query(per_page=100))
    return exports.download(products, fmt, "danh-muc-san-pham-ocop", request, title=_("Danh mục"))


# Printable product sheet

SHEET_QR_MM = 30


@require_GET
def product_sheet(request, page_id):
    product = get_object_or_404(
        ProductPage.objects.live().select_related("producer", "category__group", "district", "commune"),
        pk=page_id,
    )
    # The stamp's own URL, so the sheet leads where a scanned stamp does, on the public address.
    url = verify_url(code_for(product))
    context = {"page": product, "verify_url": url, "qr": qr_inline(url, SHEET_QR_MM)}
    return TemplateResponse(request, "buyers/product_sheet.html", context)
