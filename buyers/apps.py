from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BuyersConfig(AppConfig):
    name = "buyers"
    verbose_name = _("Người mua")

    def ready(self):
        from home.spreadsheets import protect_wagtail_exports

        # Buyers' inquiries are the admin's main export; Wagtail's reports get the same rule.
        protect_wagtail_exports()
