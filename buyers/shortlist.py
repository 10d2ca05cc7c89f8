"""A buyer's shortlist of products, kept in the session: no account needed."""

from django.conf import settings

from catalog.models import ProductPage

from .exports import with_export_relations

SESSION_KEY = "buyers_shortlist"


class Shortlist:
    def __init__(self, session):
        self.session = session

    @property
    def ids(self):
        return [pk for pk in self.session.get(SESSION_KEY, []) if isinstance(pk, int)]

    def __contains__(self, product_id):
        return product_id in self.ids

    def __len__(self):
        return len(self.ids)

    def add(self, product_id):
        """Add a product; False when the list is full."""
        ids = self.ids
        if product_id in ids:
            return True
        if len(ids) >= settings.BUYERS_SHORTLIST_MAX:
            return False
        self.session[SESSION_KEY] = ids + [product_id]
        return True

    def remove(self, product_id):
        self.session[SESSION_KEY] = [pk for pk in self.ids if pk != product_id]

    def clear(self):
        self.session.pop(SESSION_KEY, None)

    def products(self):
        """Live products on the list, in the order they were added."""
        ids = self.ids
        by_id = with_export_relations(ProductPage.objects.live().filter(pk__in=ids)).in_bulk()
        return [by_id[pk] for pk in ids if pk in by_id]
