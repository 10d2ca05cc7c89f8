from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "catalog"

    def ready(self):
        from catalog import facet_options
        from catalog.models import Commune, District, ProductGroup, ProductSet, Standard

        facet_options.connect([ProductGroup, ProductSet, District, Commune, Standard])
