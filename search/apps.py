from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
        connect_synonyms()
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


def connect_synonyms():
    from django.db.models.signals import post_delete, post_save

    from . import synonyms
    from .models import SynonymGroup

    post_save.connect(synonyms.forget, sender=SynonymGroup, dispatch_uid="search.synonyms.saved")
    post_delete.connect(synonyms.forget, sender=SynonymGroup, dispatch_uid="search.synonyms.deleted")
