"""Signal handlers that keep the catalog search index in sync with pages and taxonomies."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

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

from . import indexing
from .models import ProductSearchEntry


def product_changed(sender, instance, **kwargs):
    indexing.index_pages([instance.pk])


def product_deleted(sender, instance, **kwargs):
    ProductSearchEntry.objects.filter(pk=instance.pk).delete()


def producer_changed(sender, instance, **kwargs):
    indexing.index_pages(ProductPage.objects.filter(producer_id=instance.pk).values_list("pk", flat=True))


def _reindex(*conditions, **filters):
    pages = ProductPage.objects.filter(*conditions, **filters).values_list("pk", flat=True).distinct()
    indexing.index_pages(pages)


def product_set_changed(sender, instance, **kwargs):
    _reindex(category_id=instance.pk)


def product_group_changed(sender, instance, **kwargs):
    _reindex(category__group_id=instance.pk)


def place_changed(sender, instance, **kwargs):
    # Products carry a place's name as their area, commune, former address or a merged former unit.
    _reindex(places.products_named_by(instance))


def connect():
    uid = "search.catalog_index"
    post_save.connect(product_changed, sender=ProductPage, dispatch_uid=f"{uid}.product")
    # post_save comes before a page's many-to-many values (standards) are saved; publishing
    # sends page_published once they are.
    page_published.connect(product_changed, sender=ProductPage, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(product_changed, sender=ProductPage, dispatch_uid=f"{uid}.unpublished")
    post_delete.connect(product_deleted, sender=ProductPage, dispatch_uid=f"{uid}.deleted")
    post_save.connect(producer_changed, sender=ProducerPage, dispatch_uid=f"{uid}.producer")
    post_save.connect(product_set_changed, sender=ProductSet, dispatch_uid=f"{uid}.set")
    post_save.connect(product_group_changed, sender=ProductGroup, dispatch_uid=f"{uid}.group")
    post_save.connect(place_changed, sender=District, dispatch_uid=f"{uid}.district")
    post_save.connect(place_changed, sender=Commune, dispatch_uid=f"{uid}.commune")
    post_save.connect(place_changed, sender=FormerCommune, dispatch_uid=f"{uid}.former_commune")
