"""`manage.py file_in_communes`: move products and producers into their commune's folder.

A site built before commune folders existed has its products and producers
directly under the catalog and producer index. The migrations give each one its
current commune; this command puts it in that commune's folder, so commune
editors' page permissions reach it. The rule is `catalog.filing`.
"""

from django.core.management.base import BaseCommand

from catalog.filing import file_page, unfiled_pages


class Command(BaseCommand):
    help = (
        "Move every product and producer page that is not in a commune folder into its commune's folder, "
        "with Wagtail's move (old URLs redirect). Pages without a commune are left where they are and listed. "
        "Never changes content, publishes or unpublishes; running it again moves nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be moved; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        moved, waiting, clashing = 0, [], []
        for unfiled in unfiled_pages():
            page = unfiled.page
            if unfiled.index is None or unfiled.commune is None:
                waiting.append(unfiled)
                continue
            if unfiled.slug_taken:
                clashing.append(unfiled)
                continue
            old_url = address(page)
            if dry_run:
                folder = unfiled.folder
                new = f" ({'' if folder else 'thư mục mới, '}{unfiled.commune.full_name})"
                target = f"{address(folder or unfiled.index)}{'' if folder else unfiled.commune.slug + '/'}{page.slug}/"
                self.stdout.write(f"Sẽ chuyển: {old_url} → {target}{new}")
            else:
                self.stdout.write(f"Đã chuyển: {old_url} → {address(file_page(unfiled))}")
            moved += 1

        verb = "sẽ chuyển" if dry_run else "đã chuyển"
        self.stdout.write(f"Sản phẩm và chủ thể vào thư mục xã / phường: {moved} {verb}.")
        if waiting:
            self.stdout.write(
                f"{len(waiting)} trang chưa có xã / phường, giữ nguyên chỗ cũ — cần biên tập viên chọn xã:"
            )
            for unfiled in waiting:
                self.stdout.write(f"  - {unfiled.page.title} (id {unfiled.page.pk}, {address(unfiled.page)})")
        if clashing:
            self.stdout.write(
                f"{len(clashing)} trang giữ nguyên chỗ cũ vì thư mục xã đã có trang cùng đường dẫn (slug):"
            )
            for unfiled in clashing:
                self.stdout.write(
                    f"  - {unfiled.page.title} (id {unfiled.page.pk}, {address(unfiled.page)} → {address(unfiled.folder)})"
                )


def address(page):
    """Where `page` is served (e.g. /vi/san-pham/gao/), or its tree path when no site serves it."""
    return page.get_url() or page.url_path
