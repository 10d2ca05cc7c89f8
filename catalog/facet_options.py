"""Facet values named from the taxonomies, kept in the shared cache until a taxonomy changes.

The catalog, the supplier directory and the home page name every product group, set, area,
commune and standard they count: up to five queries per page that return the same rows until an
editor (or a migration) changes a taxonomy. The lists are kept per language in the shared
cache, so every app server sees a change at once, and dropped on any such change: at once and
again when the transaction commits, since another app server may read the old rows and store
them in between. The cache is a shortcut only: when it is unreachable the lists are read from
the database and the failure is logged, never raised into a page or an editor's save.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save

TIMEOUT = 24 * 60 * 60
_NAMES = []
logger = logging.getLogger(__name__)


def _key(name, language):
    return f"ocop:facet-options:{name}:{language}"


def cached(read):
    """`read(language)` → [Option], cached; the result takes `parents` to keep only their values."""
    name = read.__name__.strip("_")
    _NAMES.append(name)

    def options(language, parents=None):
        key = _key(name, language)
        try:
            values = cache.get(key)
        except Exception:
            logger.exception("Facet options: cache unreachable, %s read from the database", name)
            values = read(language)
        if values is None:
            values = read(language)
            try:
                cache.set(key, values, TIMEOUT)
            except Exception:
                logger.exception("Facet options: could not cache %s", name)
        if parents is not None:
            parents = set(parents)
            values = [option for option in values if option.parent in parents]
        return values

    return options


def _delete():
    try:
        # A savepoint: a failed database-cache statement must not abort the editor's transaction.
        with transaction.atomic():
            cache.delete_many([_key(name, code) for name in _NAMES for code, _label in settings.LANGUAGES])
    except Exception:
        # A migration run before `createcachetable`, or Redis away: stored lists expire within TIMEOUT.
        logger.exception("Facet options: could not drop the cached lists")


def forget(**kwargs):
    _delete()
    transaction.on_commit(_delete)


def connect(models):
    for model in models:
        post_save.connect(forget, sender=model, dispatch_uid=f"facet-options-save-{model.__name__}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"facet-options-delete-{model.__name__}")
    # Data migrations write through historical models, which send no signal of these models.
    post_migrate.connect(forget, dispatch_uid="facet-options-migrate")
