"""Admin view: upload a list, preview every row (dry run), then apply it all at once."""

from django.contrib import messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from editorial.responses import refused
from editorial.roles import is_province_editor
from imports.forms import ImportUploadForm
from imports.importer import ImportSetupError, import_rows
from imports.reading import COLUMNS, ImportFileError, read_table

SESSION_KEY = "ocop_import"


class ImportView(WagtailAdminTemplateMixin, View):
    template_name = "imports/import.html"
    page_title = _("Nhập danh sách OCOP")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not is_province_editor(request.user):
            return refused(request, _("Chỉ biên tập viên tỉnh được nhập danh sách OCOP."))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def render(self, status=200, **context):
        context = self.get_context_data(columns=list(COLUMNS), **context)
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request):
        request.session.pop(SESSION_KEY, None)
        return self.render(form=ImportUploadForm())

    def post(self, request):
        if "apply" in request.POST:
            return self.apply(request)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form=form, status=400)
        upload = form.cleaned_data["file"]
        try:
            rows = read_table(upload.name, upload.read())
            result = import_rows(rows, dry_run=True)
        except (ImportFileError, ImportSetupError) as error:
            form.add_error("file", str(error))
            return self.render(form=form, status=400)
        publish = form.cleaned_data["publish"]
        request.session[SESSION_KEY] = {"name": upload.name, "rows": rows, "publish": publish}
        return self.render(
            form=ImportUploadForm(initial={"publish": "1" if publish else "0"}),
            result=result,
            filename=upload.name,
            publish=publish,
            status=400 if result.has_errors else 200,
        )

    def apply(self, request):
        pending = request.session.get(SESSION_KEY)
        if not pending:
            messages.error(request, _("Phiên xem trước đã hết; hãy tải tệp lên lại."))
            return self.render(form=ImportUploadForm(), status=400)
        try:
            result = import_rows(
                pending["rows"], dry_run=False, publish=pending["publish"], user=request.user
            )
        except ImportSetupError as error:
            messages.error(request, str(error))
            return self.render(form=ImportUploadForm(), status=400)
        if not result.applied:
            messages.error(request, _("Dữ liệu đã thay đổi và có dòng lỗi: không nhập dòng nào."))
            return self.render(
                form=ImportUploadForm(),
                result=result,
                filename=pending["name"],
                publish=pending["publish"],
                status=400,
            )
        request.session.pop(SESSION_KEY, None)
        messages.success(
            request,
            _("Đã nhập %(name)s: %(create)s tạo mới, %(update)s cập nhật, %(unchanged)s không đổi.")
            % {"name": pending["name"], **result.counts},
        )
        return self.render(form=ImportUploadForm(), result=result, filename=pending["name"], applied=True)
