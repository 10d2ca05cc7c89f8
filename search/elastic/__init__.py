"""Catalog search on Elasticsearch 8 through elasticsearch-dsl.

`documents` holds the per-locale index and its mapping, `faceted` the
`FacetedSearch`, `backend` the catalog backend the search service calls,
`indexing` the writes (rebuild behind an alias, per-page sync).
"""
