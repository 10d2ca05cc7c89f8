"""Keep the editorial set-up in step with new index pages, communes and commune folders."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from catalog.models import CatalogIndexPage, Commune, CommuneFolderPage, ProducerIndexPage
from editorial.groups import ensure_commune_group, grant_folder
from editorial.workflow import assign_catalog_workflow


@receiver(post_save, sender=CatalogIndexPage)
@receiver(post_save, sender=ProducerIndexPage)
def assign_workflow_to_new_index(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_catalog_workflow(instance)


@receiver(post_save, sender=Commune)
def create_group_for_new_commune(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_commune_group(instance)


@receiver(post_save, sender=CommuneFolderPage)
def grant_new_folder_to_its_commune(sender, instance, created, raw=False, **kwargs):
    # Every folder, in every language (wagtail-localize copies them), belongs to its commune's editors.
    if created and not raw:
        grant_folder(instance)
