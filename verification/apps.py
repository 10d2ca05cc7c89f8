from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VerificationConfig(AppConfig):
    name = "verification"
    verbose_name = _("Xác thực sản phẩm OCOP")

    def ready(self):
        from . import signals  # noqa: F401
