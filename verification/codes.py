"""Short, unambiguous verification codes and the products they point to.

Codes are 8 characters of Crockford base32 (no I, L, O, U), random, so they
cannot be guessed from a product's id. Lookups forgive what people mistype
when copying a code by hand: lower case, hyphens, spaces, O for 0, I/L for 1.
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import get_language

from catalog.models import ProductPage
from verification.models import VerificationCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(text):
    text = "".join((text or "").upper().split()).replace("-", "").translate(_CONFUSABLE)
    return text if len(text) == LENGTH and all(char in ALPHABET for char in text) else None


def code_for(page):
    """The product's code, created on first use (on publish, or when an editor asks for the QR)."""
    existing = VerificationCode.objects.filter(translation_key=page.translation_key).first()
    if existing:
        return existing.code
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return VerificationCode.objects.create(
                    translation_key=page.translation_key, code=new_code()
                ).code
        except IntegrityError:
            existing = VerificationCode.objects.filter(translation_key=page.translation_key).first()
            if existing:
                return existing.code
    raise RuntimeError("Could not allocate a unique verification code.")


def product_for(code, language=None):
    """The live product with this code, in `language` when translated, else Vietnamese; or None."""
    code = normalise(code)
    if code is None:
        return None
    entry = VerificationCode.objects.filter(code=code).first()
    if entry is None:
        return None
    pages = ProductPage.objects.live().filter(translation_key=entry.translation_key)
    pages = pages.select_related("producer", "locale", "category", "district", "criteria_set")
    by_language = {page.locale.language_code: page for page in pages}
    return (
        by_language.get(language or get_language())
        or by_language.get("vi")
        or next(iter(by_language.values()), None)
    )


def verify_path(code):
    return reverse("verify_short", args=[code])


def verify_url(code):
    """Absolute URL printed in the QR code: language-neutral, so one stamp serves every visitor.

    From the configured public address, never the request's: a stamp printed from an admin
    reached at an internal address must still work on the street.
    """
    return settings.OCOP_VERIFY_BASE_URL + verify_path(code)
