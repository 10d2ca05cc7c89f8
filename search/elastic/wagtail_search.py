"""Wagtail's own search (site search) that survives an Elasticsearch outage.

With ELASTICSEARCH_URL set, Wagtail searches through modelsearch's
Elasticsearch 8 backend ("default"), and the settings keep modelsearch's
database index up to date as a second backend ("database"). `search_pages`
asks the default backend and, if the cluster does not answer, the database one.
"""

import logging

from django.conf import settings

from .client import UNAVAILABLE_ERRORS

logger = logging.getLogger(__name__)

FALLBACK_BACKEND = "database"


def search_pages(queryset, query):
    """`queryset.search(query)`, answered by the database index when Elasticsearch fails."""
    results = queryset.search(query)
    if FALLBACK_BACKEND not in settings.WAGTAILSEARCH_BACKENDS:
        return results
    try:
        results.count()  # the first request to the cluster happens here, not at pagination time
    except UNAVAILABLE_ERRORS as error:
        logger.warning("Site search fell back to the database backend: %s", error)
        return queryset.search(query, backend=FALLBACK_BACKEND)
    return results
