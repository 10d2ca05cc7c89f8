"""Catalog models: taxonomies (snippets), producers and products (pages)."""

from .criteria import CriteriaSet
from .folders import CommuneFolderPage
from .placed import FiledPlacedPage, PlacedMixin
from .producers import ProducerIndexPage, ProducerLink, ProducerPage, ProducerPhoto, ProducerType
from .products import (
    CatalogIndexPage,
    MarketplaceLink,
    ProductGalleryImage,
    ProductPage,
)
from .taxonomy import Commune, District, FormerCommune, ProductGroup, ProductSet, Standard

__all__ = [
    "CatalogIndexPage",
    "Commune",
    "CommuneFolderPage",
    "CriteriaSet",
    "FiledPlacedPage",
    "FormerCommune",
    "PlacedMixin",
    "District",
    "MarketplaceLink",
    "ProducerIndexPage",
    "ProducerLink",
    "ProducerPage",
    "ProducerPhoto",
    "ProducerType",
    "ProductGalleryImage",
    "ProductGroup",
    "ProductPage",
    "ProductSet",
    "Standard",
]
