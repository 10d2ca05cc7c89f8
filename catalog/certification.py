"""OCOP certification rules, in one place.

Decision 148/QĐ-TTg scores a product out of 100 and maps the score to a star
rating; a certificate is valid for 36 months from the decision date. Status
(valid / expiring / expired) is always derived from the dates, never stored.
"""

import datetime
import enum

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

VALIDITY_MONTHS = 36
EXPIRING_WITHIN_DAYS = 90

# Inclusive score bands per star rating.
STAR_SCORE_BANDS = {3: (50, 69), 4: (70, 89), 5: (90, 100)}
STAR_CHOICES = [(3, _("3 sao")), (4, _("4 sao")), (5, _("5 sao"))]


class CertifyingLevel:
    DISTRICT = "district"
    PROVINCE = "province"
    NATIONAL = "national"
    CHOICES = [
        (DISTRICT, _("Cấp huyện")),
        (PROVINCE, _("Cấp tỉnh")),
        (NATIONAL, _("Cấp quốc gia")),
    ]


class Status(enum.StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"

    @property
    def label(self):
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.VALID: _("Còn hiệu lực"),
    Status.EXPIRING: _("Sắp hết hạn"),
    Status.EXPIRED: _("Hết hiệu lực"),
}


def add_months(day, months):
    """`day` plus whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    next_month_first = datetime.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month_first - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last_day))


def default_valid_until(certified_on):
    """A certificate runs 36 months from its decision date."""
    if certified_on is None:
        return None
    return add_months(certified_on, VALIDITY_MONTHS)


def today():
    return timezone.localdate()


def status(valid_until, on=None):
    """Status of a certificate valid until `valid_until` (inclusive) on day `on`.

    The certificate is valid through its last day; it is "expiring" when 90 or
    fewer days remain, and "expired" from the day after `valid_until`.
    """
    on = on or today()
    if valid_until is None or on > valid_until:
        return Status.EXPIRED
    if (valid_until - on).days <= EXPIRING_WITHIN_DAYS:
        return Status.EXPIRING
    return Status.VALID


def days_left(valid_until, on=None):
    on = on or today()
    return (valid_until - on).days if valid_until else None


def score_band(stars):
    return STAR_SCORE_BANDS.get(stars)


def score_errors(stars, score):
    """Messages for a score that does not fit its star rating, keyed by field."""
    errors = {}
    if stars not in STAR_SCORE_BANDS:
        errors["stars"] = _("Sản phẩm OCOP được xếp hạng từ 3 đến 5 sao.")
        return errors
    if score is None:
        return errors
    low, high = STAR_SCORE_BANDS[stars]
    if not low <= score <= high:
        errors["score"] = _("Sản phẩm %(stars)s sao phải có điểm từ %(low)s đến %(high)s.") % {
            "stars": stars,
            "low": low,
            "high": high,
        }
    return errors


def date_errors(certified_on, valid_until):
    if certified_on and valid_until and valid_until <= certified_on:
        return {"valid_until": _("Ngày hết hiệu lực phải sau ngày công nhận.")}
    return {}


def expiring_window_end(on=None):
    return (on or today()) + datetime.timedelta(days=EXPIRING_WITHIN_DAYS)


# Decision 1489/QĐ-TTg (6 July 2025) ended district-level rating: since then the
# province certifies 3 and 4 stars and the central level 5 stars.
DISTRICT_RATING_ENDED = datetime.date(2025, 7, 6)


def default_level(stars, certified_on):
    """The certifying level a certificate of `stars` dated `certified_on` normally names."""
    if stars == 5:
        return CertifyingLevel.NATIONAL
    if stars == 3 and certified_on is not None and certified_on < DISTRICT_RATING_ENDED:
        return CertifyingLevel.DISTRICT
    return CertifyingLevel.PROVINCE


def level_errors(stars, certified_on, level):
    """Errors on `certifying_level` that the rules of the certificate's date forbid."""
    if stars == 5 and level != CertifyingLevel.NATIONAL:
        return {"certifying_level": _("Sản phẩm 5 sao do cấp trung ương (quốc gia) công nhận.")}
    if stars in (3, 4) and level == CertifyingLevel.NATIONAL:
        return {"certifying_level": _("Cấp trung ương chỉ công nhận sản phẩm 5 sao.")}
    if (
        level == CertifyingLevel.DISTRICT
        and certified_on is not None
        and certified_on >= DISTRICT_RATING_ENDED
    ):
        return {
            "certifying_level": _(
                "Từ ngày 6/7/2025 (Quyết định 1489/QĐ-TTg) cấp huyện không còn công nhận OCOP; chọn cấp tỉnh."
            )
        }
    if level == CertifyingLevel.DISTRICT and stars != 3:
        return {"certifying_level": _("Cấp huyện chỉ công nhận sản phẩm 3 sao.")}
    return {}
