from django import forms
from django.utils.translation import gettext_lazy as _

from verification.codes import LENGTH, normalise


class CodeForm(forms.Form):
    ma = forms.CharField(
        label=_("Mã xác thực in trên tem"),
        max_length=32,
        help_text=_("%(length)s ký tự, ví dụ 8C76XX20.") % {"length": LENGTH},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_ma(self):
        code = normalise(self.cleaned_data["ma"])
        if code is None:
            raise forms.ValidationError(
                _("Mã xác thực gồm %(length)s chữ và số, ví dụ 8C76XX20.") % {"length": LENGTH}
            )
        return code
