"""Catalog and producer index pages created after the migration get the catalog workflow too."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from catalog.models import CatalogIndexPage, ProducerIndexPage
from editorial.workflow import assign_catalog_workflow


@receiver(post_save, sender=CatalogIndexPage)
@receiver(post_save, sender=ProducerIndexPage)
def assign_workflow_to_new_index(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_catalog_workflow(instance)
