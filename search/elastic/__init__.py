"""Catalog search on Elasticsearch 8 through elasticsearch-dsl.

`documents` holds the per-locale index and its mapping, `faceted` the
`FacetedSearch`, `backend` the catalog backend the search service calls,
`indexing` the writes (rebuild behind an alias, per-page sync). `transport`
is the connection both the catalog and Wagtail use (short timeout, no retry,
a failed cluster left alone a while); `wagtail_backend` is Wagtail's own
search on Elasticsearch, answering from the database index while it is out.
"""
