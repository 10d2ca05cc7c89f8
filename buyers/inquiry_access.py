"""Who may read and handle which buyers' inquiries.

The province's editors (and superusers) handle every inquiry. A commune
editor handles the inquiries about their commune's products and producers —
a shortlist inquiry when one of its products is theirs — and no others: they
may list, open, export and update those (status, notes), never delete one.
Anyone else needs Django's own inquiry permissions, which cover them all.
"""

from django.db.models import Q

from editorial.roles import editor_communes, is_commune_editor, is_province_editor

from .models import Inquiry

COMMUNE_EDITOR_ACTIONS = ("view", "change")


def handles_area_only(user):
    return is_commune_editor(user)


def visible_inquiries(user, queryset=None):
    """`queryset` (every inquiry by default) narrowed to those `user` may see."""
    queryset = Inquiry.objects.all() if queryset is None else queryset
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if is_province_editor(user) or not handles_area_only(user):
        return queryset
    communes = editor_communes(user)
    in_area = (
        Q(product__commune__in=communes)
        | Q(producer__commune__in=communes)
        | Q(products__commune__in=communes)
    )
    return queryset.filter(pk__in=Inquiry.objects.filter(in_area).values("pk"))
