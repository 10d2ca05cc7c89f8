"""Statistics are cached per language and day, and dropped when the catalog changes.

Publishing, unpublishing or deleting a product or producer page, or editing a
taxonomy, clears every language's entry. The day is part of the key because
certificates expire at midnight without any edit.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from catalog import certification
from catalog.models import Commune, District, ProducerPage, ProductGroup, ProductPage, ProductSet, Standard
from home import shared_cache
from stats.compute import compute

TIMEOUT = 60 * 60 * 24


def cache_key(language, on=None):
    on = on or certification.today()
    return f"ocop:stats:v1:{language}:{on.isoformat()}"


def get_statistics(language):
    return shared_cache.get_or_compute(
        cache_key(language), lambda: compute(language), TIMEOUT, "the statistics"
    )


def invalidate():
    shared_cache.now_and_on_commit(
        lambda: cache.delete_many([cache_key(code) for code, _name in settings.LANGUAGES]),
        "drop the statistics",
    )


def _invalidate_on_page_change(sender, **kwargs):
    invalidate()


for page_model in (ProductPage, ProducerPage):
    page_published.connect(
        _invalidate_on_page_change, sender=page_model, dispatch_uid=f"stats-pub-{page_model.__name__}"
    )
    page_unpublished.connect(
        _invalidate_on_page_change, sender=page_model, dispatch_uid=f"stats-unpub-{page_model.__name__}"
    )
    post_delete.connect(
        _invalidate_on_page_change, sender=page_model, dispatch_uid=f"stats-del-{page_model.__name__}"
    )


@receiver(post_save, sender=District, dispatch_uid="stats-district")
@receiver(post_save, sender=Commune, dispatch_uid="stats-commune")
@receiver(post_save, sender=ProductGroup, dispatch_uid="stats-group")
@receiver(post_save, sender=ProductSet, dispatch_uid="stats-set")
@receiver(post_save, sender=Standard, dispatch_uid="stats-standard")
def _invalidate_on_taxonomy_change(sender, **kwargs):
    invalidate()
