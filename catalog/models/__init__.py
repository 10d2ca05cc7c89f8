"""Catalog models: taxonomies (snippets), producers and products (pages)."""

from .producers import ProducerIndexPage, ProducerLink, ProducerPage, ProducerPhoto, ProducerType
from .products import (
    CatalogIndexPage,
    MarketplaceLink,
    ProductGalleryImage,
    ProductPage,
)
from .taxonomy import Commune, District, ProductGroup, ProductSet, Standard

__all__ = [
    "CatalogIndexPage",
    "Commune",
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
