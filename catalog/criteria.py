"""Which OCOP criteria set a certificate was rated under, by default: the one in force on its date.

"In force" is the set with the latest `effective_from` on or before the
certificate's date. An editor may name another (a dossier filed before a new
decision may be finished under the old one), and that choice is kept.
Callers pass `CriteriaSet.objects` (the data migrations, their historical model's manager)
as `criteria_sets`, so this module needs no model.
"""

from django.utils.translation import gettext_lazy as _


def in_force_on(day, criteria_sets):
    """The criteria set in force on `day` among `criteria_sets`, or None (no date, or before the first set)."""
    if day is None:
        return None
    return criteria_sets.filter(effective_from__lte=day).order_by("-effective_from").first()


def follows_date(criteria_set_id, day, criteria_sets):
    """Whether a certificate dated `day` names the default set (or none), so a new date may move it."""
    if criteria_set_id is None:
        return True
    default = in_force_on(day, criteria_sets)
    return default is not None and default.pk == criteria_set_id


def not_in_force_errors(criteria_set, day):
    """A certificate cannot be rated under criteria that took effect after its date."""
    if criteria_set is None or day is None or criteria_set.effective_from <= day:
        return {}
    return {
        "criteria_set": _("Bộ tiêu chí này chỉ áp dụng từ ngày %(date)s, sau ngày công nhận.")
        % {"date": criteria_set.effective_from.strftime("%d/%m/%Y")}
    }
