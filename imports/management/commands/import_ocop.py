"""Import a CSV or XLSX of certified OCOP products: `manage.py import_ocop FILE [--dry-run] [--publish]`."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from imports.importer import ImportSetupError, import_rows
from imports.reading import ImportFileError, max_bytes, read_table, too_large_error


class Command(BaseCommand):
    help = "Nhập danh sách sản phẩm OCOP được công nhận từ tệp CSV hoặc XLSX (mọi dòng, hoặc không dòng nào)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Đường dẫn tệp .csv hoặc .xlsx")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ xem trước, không ghi gì.")
        parser.add_argument("--publish", action="store_true", help="Xuất bản ngay thay vì lưu bản nháp.")
        parser.add_argument("--user", help="Tên đăng nhập ghi vào lịch sử sửa đổi.")

    def handle(self, *args, file, dry_run, publish, user, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp {path}.")
        editor = None
        if user:
            editor = get_user_model().objects.filter(username=user).first()
            if editor is None:
                raise CommandError(f"Không có người dùng {user}.")
        try:
            # Refused before it is read into memory, like an upload.
            if path.stat().st_size > max_bytes():
                raise too_large_error(path.stat().st_size)
            rows = read_table(path.name, path.read_bytes())
            result = import_rows(rows, dry_run=dry_run, publish=publish, user=editor)
        except (ImportFileError, ImportSetupError) as error:
            raise CommandError(str(error)) from error

        for row in result.rows:
            detail = "; ".join(row.errors) if row.errors else ", ".join(row.changes)
            self.stdout.write(
                f"{row.line:>5}  {row.action:<9}  {row.product} — {row.producer}  {detail}".rstrip()
            )
        counts = ", ".join(f"{action}: {count}" for action, count in result.counts.items())
        self.stdout.write(counts)
        if result.has_errors:
            raise CommandError("Tệp có dòng lỗi: không nhập dòng nào.")
        if result.applied:
            self.stdout.write(self.style.SUCCESS("Đã nhập."))
        else:
            self.stdout.write("Chạy thử: chưa ghi gì.")
