from django import forms
from django.utils.translation import gettext_lazy as _

from imports.reading import EXTENSIONS, max_bytes, too_large_error


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp danh sách (.csv hoặc .xlsx)"),
        help_text=_("Dòng đầu là tiêu đề cột theo mẫu; tối đa %(limit)s MiB.")
        % {"limit": f"{max_bytes() / 1048576:g}"},
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    publish = forms.TypedChoiceField(
        label=_("Sau khi nhập"),
        choices=[("0", _("Lưu bản nháp để duyệt")), ("1", _("Xuất bản ngay"))],
        coerce=lambda value: value == "1",
        initial="0",
        widget=forms.RadioSelect,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > max_bytes():
            raise forms.ValidationError(str(too_large_error(upload.size)))
        if not upload.name.lower().endswith(EXTENSIONS):
            raise forms.ValidationError(_("Chỉ nhận tệp .csv hoặc .xlsx."))
        return upload
