"""Certification status at its boundaries, through the public rules module."""

import datetime

import pytest

from catalog import certification
from catalog.certification import Status

VALID_UNTIL = datetime.date(2027, 6, 30)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (VALID_UNTIL - datetime.timedelta(days=91), Status.VALID),
        (VALID_UNTIL - datetime.timedelta(days=90), Status.EXPIRING),
        (VALID_UNTIL - datetime.timedelta(days=1), Status.EXPIRING),
        (VALID_UNTIL, Status.EXPIRING),
        (VALID_UNTIL + datetime.timedelta(days=1), Status.EXPIRED),
    ],
    ids=["91-days-left", "90-days-left", "last-day-but-one", "expiry-day", "day-after-expiry"],
)
def test_status_boundaries(on, expected):
    assert certification.status(VALID_UNTIL, on=on) == expected


def test_certificate_is_valid_on_the_day_it_is_issued():
    certified_on = datetime.date(2025, 3, 14)
    valid_until = certification.default_valid_until(certified_on)
    assert certification.status(valid_until, on=certified_on) == Status.VALID


def test_default_validity_is_36_months():
    assert certification.default_valid_until(datetime.date(2024, 6, 1)) == datetime.date(2027, 6, 1)


def test_default_validity_clamps_to_end_of_month():
    assert certification.default_valid_until(datetime.date(2024, 2, 29)) == datetime.date(2027, 2, 28)


def test_missing_valid_until_counts_as_expired():
    assert certification.status(None, on=datetime.date(2025, 1, 1)) == Status.EXPIRED


@pytest.mark.parametrize(("stars", "score"), [(3, 50), (3, 69), (4, 70), (4, 89), (5, 90), (5, 100)])
def test_scores_inside_their_band_are_accepted(stars, score):
    assert certification.score_errors(stars, score) == {}


@pytest.mark.parametrize(("stars", "score"), [(3, 49), (3, 70), (4, 69), (4, 90), (5, 89)])
def test_scores_outside_their_band_are_refused(stars, score):
    assert "score" in certification.score_errors(stars, score)
