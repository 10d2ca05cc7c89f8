"""Forms that check what buyers send: inquiries, directory filters, shortlist and export parameters."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from search import suppliers
from search.forms import facet_field

from .models import Inquiry

PHONE_PATTERN = re.compile(r"^\+?[\d\s().-]{8,20}$")
MAX_QUERY_LENGTH = 200
MAX_PAGE = 1000


class InquiryForm(forms.ModelForm):
    """A buyer's inquiry. `website` is a honeypot: people never see it, bots fill it."""

    website = forms.CharField(
        label=_("Trang web (để trống)"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Inquiry
        fields = ["name", "company", "email", "phone", "quantity", "message"]
        labels = {
            "name": _("Họ và tên"),
            "company": _("Công ty / đơn vị"),
            "email": _("Email"),
            "phone": _("Điện thoại"),
            "quantity": _("Số lượng dự kiến"),
            "message": _("Nội dung"),
        }
        help_texts = {
            "quantity": _("Ví dụ: 500 hộp/tháng, 2 tấn/quý."),
            "email": _("Cần email hoặc số điện thoại để chúng tôi liên hệ lại."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}),
            "message": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
        }
        error_messages = {
            "name": {"required": _("Vui lòng nhập họ và tên.")},
            "message": {"required": _("Vui lòng nhập nội dung cần hỏi.")},
            "email": {"invalid": _("Email không hợp lệ, ví dụ: ten@congty.vn.")},
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "inquiry")
        super().__init__(*args, **kwargs)

    def describe_errors(self):
        """Point each invalid input at its error message for screen readers."""
        for name in self.errors:
            if name in self.fields:
                field_id = self[name].id_for_label
                self.fields[name].widget.attrs["aria-describedby"] = f"{field_id}-error"
        return self

    @property
    def is_spam(self):
        """True when the honeypot was filled; check after `is_valid()`."""
        return bool(self.data.get(self.add_prefix("website"), "").strip())

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise ValidationError(_("Số điện thoại chỉ gồm chữ số (8–20 ký tự), ví dụ 0215 3800 000."))
        return phone

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) < 10:
            raise ValidationError(_("Nội dung quá ngắn: hãy cho biết sản phẩm, số lượng hoặc câu hỏi."))
        return message

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            self.add_error("email", _("Vui lòng nhập email hoặc số điện thoại."))
        return cleaned


class SupplierFilterForm(forms.Form):
    """GET parameters of the supplier directory; only known facet keys are accepted."""

    q = forms.CharField(label=_("Tìm nhà cung cấp"), required=False, max_length=MAX_QUERY_LENGTH)
    sort = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=list(suppliers.SORT_LABELS.items()))
    page = forms.IntegerField(label=_("Trang"), required=False, min_value=1, max_value=MAX_PAGE)

    def __init__(self, *args, language="vi", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        for facet in suppliers.FACETS:
            self.fields[facet.name] = facet_field(facet, language)
        self.order_fields(["q", *(facet.name for facet in suppliers.FACETS)])

    @staticmethod
    def default_query(language):
        return suppliers.SupplierQuery(language=language)

    def to_query(self):
        data = self.cleaned_data
        return suppliers.SupplierQuery(
            q=data["q"].strip(),
            selected=[(facet.name, tuple(data[facet.name])) for facet in suppliers.FACETS],
            sort=data["sort"] or suppliers.SORT_NAME,
            page=data["page"] or 1,
            language=self.language,
        )


class ShortlistForm(forms.Form):
    # Bounded to a 64-bit primary key: a bigger number reached the database and was a 500.
    product = forms.IntegerField(min_value=1, max_value=2**63 - 1)
    next = forms.CharField(required=False, max_length=2000)
