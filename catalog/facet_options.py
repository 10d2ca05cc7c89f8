"""Facet values named from the taxonomies, kept in the shared cache until a taxonomy changes.

The catalog, the supplier directory and the home page name every product group, set, area,
commune and standard they count: up to five queries per page that return the same rows until an
editor (or a migration) changes a taxonomy. The lists are kept per language in the shared
cache, so every app server sees a change at once, and dropped on any such change, by the rules
of home.shared_cache (at once and on commit; an unreachable cache is logged, not raised).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_migrate, post_save

from home import shared_cache

TIMEOUT = 24 * 60 * 60
_NAMES = []


def _key(name, language):
    return f"ocop:facet-options:{name}:{language}"


def cached(read):
    """`read(language)` → [Option], cached; the result takes `parents` to keep only their values."""
    name = read.__name__.strip("_")
    _NAMES.append(name)

    def options(language, parents=None):
        values = shared_cache.get_or_compute(
            _key(name, language), lambda: read(language), TIMEOUT, f"the facet options {name}"
        )
        if parents is not None:
            parents = set(parents)
            values = [option for option in values if option.parent in parents]
        return values

    return options


def _delete():
    cache.delete_many([_key(name, code) for name in _NAMES for code, _label in settings.LANGUAGES])


def forget(**kwargs):
    # A migration run before `createcachetable`, or Redis away: stored lists expire within TIMEOUT.
    shared_cache.now_and_on_commit(_delete, "drop the cached facet options")


def connect(models):
    for model in models:
        post_save.connect(forget, sender=model, dispatch_uid=f"facet-options-save-{model.__name__}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"facet-options-delete-{model.__name__}")
    # Data migrations write through historical models, which send no signal of these models.
    post_migrate.connect(forget, dispatch_uid="facet-options-migrate")
