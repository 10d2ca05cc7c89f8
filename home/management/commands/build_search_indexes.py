"""`manage.py build_search_indexes`: Wagtail's `update_index` for every backend, surviving a dead cluster.

`make setup` (and so `make run`) builds the indexes with it. When ELASTICSEARCH_URL names a cluster
that cannot be reached, the Elasticsearch index is skipped with a warning and the rest is built:
the site starts and answers every search from the database (README "When the cluster is down"),
and `manage.py update_index` builds the skipped index once the cluster is back.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from elastic_transport import TransportError
from modelsearch.conf import get_app_config


class Command(BaseCommand):
    help = (
        "Build Wagtail's search index on every configured backend; an unreachable Elasticsearch "
        "is skipped with a warning instead of stopping."
    )

    def handle(self, *args, **options):
        for name in get_app_config().get_search_backend_config():
            try:
                call_command("update_index", backend_name=name, verbosity=options["verbosity"])
            except TransportError as error:
                self.stderr.write(
                    self.style.WARNING(
                        f"Cảnh báo: không dựng được chỉ mục tìm kiếm '{name}' "
                        f"(Elasticsearch không trả lời: {error}). Trang web vẫn chạy, tìm kiếm dùng "
                        "cơ sở dữ liệu; chạy `manage.py update_index` khi cluster hoạt động lại."
                    )
                )
