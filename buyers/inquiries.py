"""Taking a buyer's inquiry: rate limit per client address, storage, notification."""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from catalog.models import ProducerPage, ProductPage

logger = logging.getLogger(__name__)


class RateLimit:
    """At most `limit` inquiries per client address per `window` seconds.

    The count lives in Django's cache, which production shares between app
    servers, and is kept with `cache.add` only: it is atomic on every backend we
    use (Redis SET NX, the database cache's unique key, locmem's lock), whereas
    `incr` on the database cache is a read followed by a write, so two workers
    could both take the fifth place. The window opens with the address's first
    inquiry and holds `limit` numbered places; an inquiry is accepted only when
    it adds one of them. Each window has its own id, so an expired place is never
    re-added by two workers at once.
    """

    def __init__(self, limit=None, window=None):
        self.limit = settings.BUYERS_INQUIRY_RATE_LIMIT if limit is None else limit
        self.window = settings.BUYERS_INQUIRY_RATE_WINDOW if window is None else window

    def _window_key(self, address):
        return f"buyers:inquiry-rate:{address}"

    def _places(self, address, window_id):
        return [f"buyers:inquiry-rate:{address}:{window_id}:{place}" for place in range(self.limit)]

    def _open_window(self, address):
        key = self._window_key(address)
        for _attempt in range(3):
            window_id = uuid.uuid4().hex
            if cache.add(key, window_id, timeout=self.window):
                return window_id
            current = cache.get(key)
            if current is not None:  # another request opened it first
                return current
        return window_id

    def exceeded(self, address):
        """Whether every place of the address's current window is taken (read-only)."""
        window_id = cache.get(self._window_key(address))
        if window_id is None:
            return self.limit <= 0
        return len(cache.get_many(self._places(address, window_id))) >= self.limit

    def take(self, address):
        """Take a place for one inquiry; False when none is left (this request is refused)."""
        window_id = self._open_window(address)
        places = self._places(address, window_id)
        taken = cache.get_many(places)
        return any(cache.add(place, 1, timeout=self.window) for place in places if place not in taken)


def store(form, page):
    """Save a valid InquiryForm against a product or producer page."""
    inquiry = form.save(commit=False)
    inquiry.page_title = page.title
    if isinstance(page, ProductPage):
        inquiry.product = page
        inquiry.producer = page.producer
    elif isinstance(page, ProducerPage):
        inquiry.producer = page
    inquiry.save()
    return inquiry


def store_for_shortlist(form, products):
    """Save a valid InquiryForm covering every product of a buyer's shortlist."""
    inquiry = form.save(commit=False)
    titles = ", ".join(product.title for product in products)
    inquiry.page_title = Truncator(_("Danh sách mua: %(titles)s") % {"titles": titles}).chars(255)
    inquiry.save()
    inquiry.products.set(products)
    return inquiry


def recipients(inquiry):
    """The province office always; each producer asked about too, when it has an email."""
    addresses = [settings.OCOP_OFFICE_EMAIL]
    for producer in inquiry.covered_producers():
        if producer.email and producer.email not in addresses:
            addresses.append(producer.email)
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
