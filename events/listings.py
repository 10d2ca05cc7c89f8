"""Which events are upcoming and which are past, on a given day.

An event is upcoming through its last day (end date >= today), soonest first;
it is past from the day after, most recent first.
"""

from django.db.models import F
from django.db.models.functions import Coalesce

from catalog.certification import today as local_today


def _with_last_day(events):
    return events.annotate(closing_day=Coalesce(F("end_date"), F("start_date")))


def upcoming(events, on=None):
    on = on or local_today()
    return _with_last_day(events).filter(closing_day__gte=on).order_by("start_date", "closing_day", "pk")


def past(events, on=None):
    on = on or local_today()
    return _with_last_day(events).filter(closing_day__lt=on).order_by("-closing_day", "-start_date", "-pk")
