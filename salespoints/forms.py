"""The sales points page's filter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from catalog.models import District
from catalog.places import AREA_LABEL


class DistrictFilterForm(forms.Form):
    district = forms.ModelChoiceField(
        label=AREA_LABEL,
        queryset=District.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("Tất cả"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set here, not on the class: the form is imported while the models are still loading.
        self.fields["district"].queryset = District.objects.filter(salespoints__isnull=False).distinct()
