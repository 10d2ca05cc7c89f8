from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Biên tập và chứng nhận OCOP")

    def ready(self):
        from . import signals  # noqa: F401
