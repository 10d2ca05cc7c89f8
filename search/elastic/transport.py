"""The connection to Elasticsearch: short timeouts, no retries, and a cluster that failed is left alone a while.

A publish makes several requests (Wagtail's index once per save, the catalog
index once more) and an admin search two (count, then hits). Against a
cluster that hangs, each would wait the whole timeout. Once a request to a
cluster fails to connect or times out, every request to that cluster fails at
once for ELASTICSEARCH_RETRY_AFTER seconds, so a page view or a publish waits
for it at most once; callers fall back or queue the change as they do for
any other outage. The state is per process and per cluster (its node URLs).
"""

import time

from django.conf import settings
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, Transport

# The connection options every client of ours gets (the catalog's and Wagtail's).
FAIL_FAST_OPTIONS = {"max_retries": 0, "retry_on_timeout": False}

_down_until = {}


class ClusterRecentlyDown(TransportConnectionError):
    """Raised instead of asking a cluster that failed a moment ago."""


class FailFastTransport(Transport):
    def _cluster(self):
        return tuple(sorted(node.base_url for node in self.node_pool.all()))

    def perform_request(self, method, target, **kwargs):
        cluster = self._cluster()
        if time.monotonic() < _down_until.get(cluster, 0):
            raise ClusterRecentlyDown(
                f"Elasticsearch failed less than {settings.ELASTICSEARCH_RETRY_AFTER:g} s ago; not asked again yet"
            )
        try:
            response = super().perform_request(method, target, **kwargs)
        except (TransportConnectionError, ConnectionTimeout):
            _down_until[cluster] = time.monotonic() + settings.ELASTICSEARCH_RETRY_AFTER
            raise
        _down_until.pop(cluster, None)
        return response


def client_options(timeout):
    """Keyword arguments for `Elasticsearch(...)`: fail within `timeout` seconds, and fail fast after."""
    return {"request_timeout": timeout, "transport_class": FailFastTransport, **FAIL_FAST_OPTIONS}
