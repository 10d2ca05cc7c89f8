"""The search app's part in Wagtail: it serves the catalog index page's listing."""

from wagtail import hooks

from catalog.models.products import SERVE_CATALOG_INDEX_HOOK

from .views import serve_catalog

hooks.register(SERVE_CATALOG_INDEX_HOOK, serve_catalog)
