"""Admin view: upload a list, preview every row (dry run), then apply it all at once."""

from django.contrib import messages
from django.db import OperationalError
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from editorial.roles import is_province_editor
from home.responses import refused
from imports.forms import ImportUploadForm
from imports.importer import ImportSetupError, import_rows
from imports.models import ImportPreview
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
        preview = ImportPreview.keep(request.user, upload.name, rows, publish)
        request.session[SESSION_KEY] = preview.token
        return self.render(
            form=ImportUploadForm(initial={"publish": "1" if publish else "0"}),
            result=result,
            filename=upload.name,
            publish=publish,
            token=preview.token,
            status=400 if result.has_errors else 200,
        )

    def apply(self, request):
        token = request.POST.get("token") or request.session.get(SESSION_KEY)
        if (
            not isinstance(token, str)
            or not ImportPreview.objects.filter(token=token, user=request.user).exists()
        ):
            messages.error(request, _("Phiên xem trước đã hết; hãy tải tệp lên lại."))
            return self.render(form=ImportUploadForm(), status=400)
        try:
            preview = ImportPreview.claim(request.user, token)
        except OperationalError:
            # SQLite: the first submit is still writing the import and holds the database.
            preview = None
        if preview is None:
            messages.error(
                request,
                _("Danh sách này đã được gửi nhập (có thể do bấm hai lần); không nhập lại lần nữa."),
            )
            return self.render(form=ImportUploadForm(), status=409)
        try:
            result = import_rows(preview.rows, dry_run=False, publish=preview.publish, user=request.user)
        except ImportSetupError as error:
            preview.release()
            messages.error(request, str(error))
            return self.render(form=ImportUploadForm(), status=400)
        if not result.applied:
            preview.release()
            messages.error(request, _("Dữ liệu đã thay đổi và có dòng lỗi: không nhập dòng nào."))
            return self.render(
                form=ImportUploadForm(),
                result=result,
                filename=preview.name,
                publish=preview.publish,
                status=400,
            )
        request.session.pop(SESSION_KEY, None)
        messages.success(
            request,
            _("Đã nhập %(name)s: %(create)s tạo mới, %(update)s cập nhật, %(unchanged)s không đổi.")
            % {"name": preview.name, **result.counts},
        )
        return self.render(form=ImportUploadForm(), result=result, filename=preview.name, applied=True)
