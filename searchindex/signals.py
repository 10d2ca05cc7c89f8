"""Signal handlers: what editors do in Wagtail reaches the catalog index.

Publishing, unpublishing, moving and deleting a product page update its
document; renaming a producer, product group or set, area, commune or
former commune updates the documents that show its name. Nothing happens unless
ELASTICSEARCH_URL is set (see sync.schedule).
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from catalog import places
from catalog.models import (
    Commune,
    District,
    FormerCommune,
    ProducerPage,
    ProductGroup,
    ProductPage,
    ProductSet,
)
from search.elastic.client import is_enabled

from . import sync
from .models import PendingIndexChange

INDEX = PendingIndexChange.Action.INDEX
DELETE = PendingIndexChange.Action.DELETE


@receiver(page_published, sender=ProductPage)
def product_published(sender, instance, **kwargs):
    sync.schedule([instance.pk], INDEX, "published")


@receiver(page_unpublished, sender=ProductPage)
def product_unpublished(sender, instance, **kwargs):
    sync.schedule([instance.pk], DELETE, "unpublished")


@receiver(post_delete, sender=ProductPage)
def product_deleted(sender, instance, **kwargs):
    sync.schedule([instance.pk], DELETE, "deleted")


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    """A moved product, or every product under a moved page (a catalog index, say)."""
    if not is_enabled():
        return
    # `instance` may be the plain Page: look the products up in the moved subtree, itself included.
    page_ids = list(ProductPage.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))
    sync.schedule(page_ids, INDEX, "moved")


# Taxonomy or producer → the products whose documents carry its name.
RELATED_PRODUCTS = {
    ProducerPage: lambda instance: Q(producer=instance),
    ProductSet: lambda instance: Q(category=instance),
    ProductGroup: lambda instance: Q(category__group=instance),
    District: places.products_named_by,
    Commune: places.products_named_by,
    FormerCommune: places.products_named_by,
}


def related_changed(sender, instance, raw=False, **kwargs):
    if raw or not is_enabled():
        return
    named = RELATED_PRODUCTS[sender](instance)
    page_ids = ProductPage.objects.live().filter(named).values_list("pk", flat=True).distinct()
    sync.schedule(list(page_ids), INDEX, f"{sender._meta.model_name} {instance.pk} changed")


for model in RELATED_PRODUCTS:
    post_save.connect(
        related_changed, sender=model, dispatch_uid=f"searchindex_{model._meta.model_name}_changed"
    )
