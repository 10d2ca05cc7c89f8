"""Taking a buyer's inquiry: rate limit per client address, storage, notification."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse

logger = logging.getLogger(__name__)


def client_address(request):
    """The client's address as the app server sees it.

    Behind a reverse proxy, have the proxy set REMOTE_ADDR (e.g. uvicorn/gunicorn
    `--forwarded-allow-ips`), never trust a client-supplied header here.
    """
    return request.META.get("REMOTE_ADDR", "") or "unknown"


class RateLimit:
    """At most `limit` inquiries per client address per `window` seconds (Django's cache)."""

    def __init__(self, limit=None, window=None):
        self.limit = settings.BUYERS_INQUIRY_RATE_LIMIT if limit is None else limit
        self.window = settings.BUYERS_INQUIRY_RATE_WINDOW if window is None else window

    def key(self, address):
        return f"buyers:inquiry-rate:{address}"

    def exceeded(self, address):
        return cache.get(self.key(address), 0) >= self.limit

    def record(self, address):
        key = self.key(address)
        if not cache.add(key, 1, timeout=self.window):
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.add(key, 1, timeout=self.window)


def store(form, page):
    """Save a valid InquiryForm against a product or producer page."""
    from catalog.models import ProducerPage, ProductPage

    inquiry = form.save(commit=False)
    inquiry.page_title = page.title
    if isinstance(page, ProductPage):
        inquiry.product = page
        inquiry.producer = page.producer
    elif isinstance(page, ProducerPage):
        inquiry.producer = page
    inquiry.save()
    return inquiry


def recipients(inquiry):
    """The province office always; the producer too when it has an email."""
    addresses = [settings.OCOP_OFFICE_EMAIL]
    if inquiry.producer and inquiry.producer.email and inquiry.producer.email not in addresses:
        addresses.append(inquiry.producer.email)
    return [address for address in addresses if address]


def notify(inquiry):
    """Email the inquiry to each recipient separately. A mail failure is logged, not raised:
    the inquiry is already stored and listed in the admin."""
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "buyers_inquiries:edit", args=[inquiry.pk]
    )
    context = {"inquiry": inquiry, "province": settings.OCOP_PROVINCE_NAME}
    subject = render_to_string("buyers/email/inquiry_subject.txt", context).strip()
    reply_to = [inquiry.email] if inquiry.email else []
    messages = []
    for address in recipients(inquiry):
        is_office = address == settings.OCOP_OFFICE_EMAIL
        body = render_to_string(
            "buyers/email/inquiry_body.txt",
            {**context, "admin_url": admin_url if is_office else "", "to_office": is_office},
        )
        messages.append(EmailMessage(subject, body, to=[address], reply_to=reply_to))
    try:
        get_connection().send_messages(messages)
    except Exception:
        logger.exception("Could not email inquiry %s", inquiry.pk)
    return messages
