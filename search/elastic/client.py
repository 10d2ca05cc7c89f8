"""The Elasticsearch client, built from settings, and the errors that mean "unavailable"."""

from django.conf import settings
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import ApiError, Elasticsearch

# Writes (bulk, index creation) may take longer than a page view can wait.
WRITE_TIMEOUT = 30

# Anything that means "the cluster did not answer usefully": fall back, or queue the change.
UNAVAILABLE_ERRORS = (TransportConnectionError, ConnectionTimeout, TransportError, ApiError)

_clients = {}


def get_client():
    """A client for settings.ELASTICSEARCH_URL with the short read timeout, shared per URL."""
    key = (settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)
    if key not in _clients:
        _clients[key] = Elasticsearch(
            settings.ELASTICSEARCH_URL,
            request_timeout=settings.ELASTICSEARCH_TIMEOUT,
            # A failing cluster must fail fast: the service falls back instead of retrying.
            max_retries=0,
            retry_on_timeout=False,
        )
    return _clients[key]


def get_write_client():
    return get_client().options(request_timeout=WRITE_TIMEOUT)


def is_enabled():
    return bool(settings.ELASTICSEARCH_URL)
