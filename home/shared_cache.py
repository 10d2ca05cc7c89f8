"""The shared cache as a shortcut only: never the reason a page or an editor's save fails.

Several modules keep copies in the shared cache (stored pages, statistics, facet labels) and drop
them when an editor changes what they were made from. Two rules hold for all of them:

- A copy is dropped at once and again when the editor's transaction commits: another app server
  may read the old rows and store a copy between the two.
- The cache being unreachable (Redis away, or the database cache before `createcachetable`) is
  logged, not raised: the copy is computed from the database, or expires on its own. With the
  database cache a failed statement would abort the surrounding PostgreSQL transaction, so there
  each cache call inside a transaction runs in a savepoint (other caches need none, and pay none).
"""

import logging
from contextlib import nullcontext

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.db import BaseDatabaseCache
from django.db import connections, router, transaction

logger = logging.getLogger(__name__)


def _savepoint():
    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, BaseDatabaseCache):
        alias = router.db_for_write(backend.cache_model_class)
        if connections[alias].in_atomic_block:
            return transaction.atomic(using=alias)
    return nullcontext()


def attempt(call, what):
    """`call()`, or None when the cache fails (logged with `what`)."""
    try:
        with _savepoint():
            return call()
    except Exception:
        logger.exception("Shared cache: could not %s", what)
        return None


def get_or_compute(key, compute, timeout, what):
    """The value cached under `key`, else `compute()`, stored for `timeout` seconds when the cache can."""
    value = attempt(lambda: cache.get(key), f"read {what}")
    if value is None:
        value = compute()
        attempt(lambda: cache.set(key, value, timeout), f"store {what}")
    return value


def now_and_on_commit(call, what):
    """Run the cache write `call` at once and again when the current transaction commits."""
    attempt(call, what)
    transaction.on_commit(lambda: attempt(call, what))
