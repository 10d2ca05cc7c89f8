"""Email the province editors the products whose OCOP certificate expires within 90 days or has expired."""

from django.core.management.base import BaseCommand

from editorial.lifecycle import attention, send_certification_report


class Command(BaseCommand):
    help = "Gửi email cho biên tập viên tỉnh danh sách sản phẩm sắp hết hạn và đã hết hạn chứng nhận OCOP."

    def handle(self, *args, **options):
        items = attention()
        recipients = send_certification_report()
        self.stdout.write(f"Sắp hết hạn: {len(items.expiring)}; đã hết hạn: {len(items.expired)}.")
        if recipients:
            self.stdout.write(self.style.SUCCESS(f"Đã gửi cho {', '.join(recipients)}."))
        else:
            self.stdout.write(self.style.WARNING("Không có biên tập viên tỉnh nào có email: chưa gửi."))
