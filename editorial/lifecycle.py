"""Certificates that need the office's attention: expiring within 90 days, or expired."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from catalog import certification
from catalog.models import ProductPage
from editorial.roles import PROVINCE_EDITORS


@dataclass
class Attention:
    expiring: list
    expired: list

    def __bool__(self):
        return bool(self.expiring or self.expired)


def attention(on=None, communes=None):
    """Live Vietnamese products whose certificate expires within 90 days of `on`, or has expired."""
    on = on or certification.today()
    products = (
        ProductPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .filter(Q(valid_until__lte=certification.expiring_window_end(on)) | Q(valid_until__isnull=True))
        .select_related("producer", "district")
        .order_by("valid_until", "title")
    )
    if communes is not None:
        products = products.filter(commune__in=communes)
    expiring, expired = [], []
    for product in products:
        product.days_left = certification.days_left(product.valid_until, on)
        status = certification.status(product.valid_until, on)
        (expired if status == certification.Status.EXPIRED else expiring).append(product)
    return Attention(expiring=expiring, expired=expired)


def report_recipients():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(is_superuser=True) | Q(groups__name=PROVINCE_EDITORS)).distinct()
    return sorted({user.email for user in users})


def send_certification_report(on=None, base_url=None):
    """Email the province editors the expiring and expired list; returns the recipients."""
    on = on or certification.today()
    recipients = report_recipients()
    if not recipients:
        return []
    items = attention(on)
    context = {
        "on": on,
        "items": items,
        "base_url": (base_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/"),
    }
    subject = _("OCOP: %(expiring)s sản phẩm sắp hết hạn, %(expired)s sản phẩm đã hết hạn chứng nhận") % {
        "expiring": len(items.expiring),
        "expired": len(items.expired),
    }
    body = render_to_string("editorial/certification_report.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    return recipients
