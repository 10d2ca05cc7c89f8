"""Signal handlers that keep the catalog search index in sync with pages and taxonomies."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_unpublished

from . import indexing


def product_changed(sender, instance, **kwargs):
    indexing.index_pages([instance.pk])


def product_deleted(sender, instance, **kwargs):
    from .models import ProductSearchEntry

    ProductSearchEntry.objects.filter(pk=instance.pk).delete()


def producer_changed(sender, instance, **kwargs):
    from catalog.models import ProductPage

    indexing.index_pages(ProductPage.objects.filter(producer_id=instance.pk).values_list("pk", flat=True))


def _reindex(**filters):
    from catalog.models import ProductPage

    indexing.index_pages(ProductPage.objects.filter(**filters).values_list("pk", flat=True))


def product_set_changed(sender, instance, **kwargs):
    _reindex(category_id=instance.pk)


def product_group_changed(sender, instance, **kwargs):
    _reindex(category__group_id=instance.pk)


def district_changed(sender, instance, **kwargs):
    _reindex(district_id=instance.pk)


def commune_changed(sender, instance, **kwargs):
    _reindex(commune_id=instance.pk)


def connect():
    from catalog.models import Commune, District, ProducerPage, ProductGroup, ProductPage, ProductSet

    uid = "search.catalog_index"
    post_save.connect(product_changed, sender=ProductPage, dispatch_uid=f"{uid}.product")
    page_unpublished.connect(product_changed, sender=ProductPage, dispatch_uid=f"{uid}.unpublished")
    post_delete.connect(product_deleted, sender=ProductPage, dispatch_uid=f"{uid}.deleted")
    post_save.connect(producer_changed, sender=ProducerPage, dispatch_uid=f"{uid}.producer")
    post_save.connect(product_set_changed, sender=ProductSet, dispatch_uid=f"{uid}.set")
    post_save.connect(product_group_changed, sender=ProductGroup, dispatch_uid=f"{uid}.group")
    post_save.connect(district_changed, sender=District, dispatch_uid=f"{uid}.district")
    post_save.connect(commune_changed, sender=Commune, dispatch_uid=f"{uid}.commune")
