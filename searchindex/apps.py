from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchIndexConfig(AppConfig):
    """Keeps the Elasticsearch catalog index in step with what editors publish."""

    name = "searchindex"
    label = "searchindex"
    verbose_name = _("Chỉ mục tìm kiếm")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
