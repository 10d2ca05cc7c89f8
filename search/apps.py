from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
        post_migrate.connect(fill_empty_index, sender=self, dispatch_uid="search.fill_empty_index")


def fill_empty_index(sender, using="default", **kwargs):
    """Index existing products the first time the search table exists (e.g. after an upgrade)."""
    from catalog.models import ProductPage

    from .indexing import rebuild
    from .models import ProductSearchEntry

    if using != "default":
        return
    if not ProductSearchEntry.objects.exists() and ProductPage.objects.filter(live=True).exists():
        rebuild()
