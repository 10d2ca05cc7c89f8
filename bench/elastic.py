"""Point the catalog search at Elasticsearch for a benchmark run.

`elasticsearch_backend(url)` uses the cluster at `url` or, without one, starts
noida-db (the local stand-in, see search/elastic/standin.py) on a free port;
it rebuilds the product indexes from the benchmark database and yields the URL.
Settings must already be configured (django.setup()).
"""

import contextlib
import uuid


@contextlib.contextmanager
def elasticsearch_backend(url=None, index_prefix=None):
    from django.conf import settings

    from search.elastic.indexing import rebuild_all
    from search.elastic.standin import running_noida

    with contextlib.ExitStack() as stack:
        if not url:
            url = stack.enter_context(running_noida())
        settings.ELASTICSEARCH_URL = url
        settings.ELASTICSEARCH_INDEX_PREFIX = index_prefix or f"ocopbench_{uuid.uuid4().hex[:8]}"
        try:
            yield url, rebuild_all()
        finally:
            _delete_indexes(settings.ELASTICSEARCH_INDEX_PREFIX)
            settings.ELASTICSEARCH_URL = ""


def _delete_indexes(prefix):
    from search.elastic.client import get_write_client

    client = get_write_client()
    for index in client.indices.get(index=f"{prefix}*"):
        client.indices.delete(index=index, ignore_unavailable=True)
