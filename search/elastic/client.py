"""The Elasticsearch client, built from settings, and the errors that mean "unavailable"."""

from django.conf import settings
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import ApiError, Elasticsearch

from .transport import client_options

# Full rebuilds and the management command may wait longer than a page view or a publish can.
WRITE_TIMEOUT = 30

# Anything that means "the cluster did not answer usefully": fall back, or queue the change.
UNAVAILABLE_ERRORS = (TransportConnectionError, ConnectionTimeout, TransportError, ApiError)

_clients = {}


def get_client():
    """A client for settings.ELASTICSEARCH_URL with the short read timeout, shared per URL."""
    key = (settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)
    if key not in _clients:
        # A failing cluster must fail fast: the service falls back, the sync queues, nobody retries.
        _clients[key] = Elasticsearch(
            settings.ELASTICSEARCH_URL, **client_options(settings.ELASTICSEARCH_TIMEOUT)
        )
    return _clients[key]


def get_write_client():
    """The same client with the long timeout, for rebuilds and `manage.py search_index`."""
    return get_client().options(request_timeout=WRITE_TIMEOUT)


def is_enabled():
    return bool(settings.ELASTICSEARCH_URL)
