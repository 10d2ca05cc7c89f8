"""The catalog backend the search service uses when ELASTICSEARCH_URL is set.

It answers with exactly the `CatalogResult` of the embedded backend: specific
ProductPage objects in result order, the total, and every facet value with its
count. Any failure to reach the cluster becomes `BackendUnavailable`, and the
service falls back to the database.
"""

from search.hits import load_product_pages
from search.types import FACET_LABELS, BackendUnavailable, CatalogResult, Facet, FacetValue

from .client import UNAVAILABLE_ERRORS, get_client
from .faceted import CatalogFacetedSearch
from .vocabulary import facet_vocabulary


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
            facets=build_facets(query, response.facets),
            backend=self.name,
        )


def build_facets(query, aggregated):
    """Facets in the contract's shape: every vocabulary value, counts from the aggregations."""
    selected = {
        "stars": {str(value) for value in query.stars},
        "group": set(query.groups),
        "category": set(query.categories),
        "district": set(query.districts),
        "commune": set(query.communes),
        "producer_type": set(query.producer_types),
    }
    facets = []
    for name, values in facet_vocabulary(query):
        counts = {str(key): count for key, count, _selected in aggregated[name]}
        facets.append(
            Facet(
                name=name,
                label=str(FACET_LABELS[name]),
                values=[
                    FacetValue(
                        key=key, label=label, count=counts.get(agg_key, 0), selected=key in selected[name]
                    )
                    for key, agg_key, label in values
                ],
            )
        )
    return facets
