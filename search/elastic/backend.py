"""The catalog backend the search service uses when ELASTICSEARCH_URL is set.

It answers with exactly the `CatalogResult` of the embedded backend: specific
ProductPage objects in result order, the total, and every facet value with its
count. Any failure to reach the cluster becomes `BackendUnavailable`, and the
service falls back to the database.
"""

from catalog.cards import load_product_pages
from search.facets import build_facets, shown_facets
from search.types import BackendUnavailable, CatalogResult

from .client import UNAVAILABLE_ERRORS, get_client
from .faceted import CatalogFacetedSearch


class ElasticsearchCatalogBackend:
    name = "elasticsearch"

    def __init__(self, client=None):
        self.client = client or get_client()

    def faceted_search(self, query):
        return CatalogFacetedSearch(query, using=self.client)

    def search(self, query):
        try:
            response = self.faceted_search(query).execute()
        except UNAVAILABLE_ERRORS as error:
            raise BackendUnavailable(f"Elasticsearch did not answer: {error}") from error
        ids = [int(hit.meta.id) for hit in response]
        return CatalogResult(
            query=query,
            hits=load_product_pages(ids),
            total=response.hits.total.value,
            facets=facets_from(query, response.facets),
            backend=self.name,
        )


def facets_from(query, aggregated):
    """Facets in the contract's shape: every shown value, counts from the aggregations."""
    shown = shown_facets(query)
    counts = {
        facet.name: {str(key): count for key, count, _selected in aggregated[facet.name]}
        for facet, _options in shown
    }
    return build_facets(query, shown, counts)
