"""Wagtail's own search on Elasticsearch 8, answered by the database index while the cluster is out.

Every Wagtail search — admin page, image and snippet listings, the page,
image and snippet choosers, site search — asks the "default" backend through
`get_search_backend`, so the fallback lives here rather than in each view.
The results are lazy: the cluster is asked when they are counted or read, and
if it does not answer (refused, timed out, an HTTP error such as a missing
index) the same search (hits, count or facet) is run on the FALLBACK backend ("database" in the
settings, kept up to date alongside) with a warning in the log.

Index updates that the cluster does not take (a publish during an outage) are
recorded in `search.PendingSearchUpdate` and replayed, from what the database
holds then, by the next update that gets through (or `manage.py search_index
sync`); the client below makes them fail within TIMEOUT seconds, and only once
per outage (search/elastic/transport.py).
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend, Elasticsearch8SearchResults

from .client import UNAVAILABLE_ERRORS
from .transport import FAIL_FAST_OPTIONS, FailFastTransport

logger = logging.getLogger(__name__)


class FallbackSearchResults(Elasticsearch8SearchResults):
    def _fallback(self, error):
        logger.warning(
            "Wagtail search for %s fell back to the %r backend: %s",
            self.model._meta.label,
            self.backend.fallback,
            error,
        )
        compiler = self.query_compiler
        fallback = get_search_backend(self.backend.fallback)
        ask = (
            fallback.autocomplete
            if isinstance(compiler, self.backend.autocomplete_query_compiler_class)
            else fallback.search
        )
        results = ask(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]

    def _do_search(self):
        try:
            return list(super()._do_search())
        except UNAVAILABLE_ERRORS as error:
            return list(self._fallback(error))

    def _do_count(self):
        try:
            return super()._do_count()
        except UNAVAILABLE_ERRORS as error:
            return self._fallback(error).count()

    def facet(self, field_name):
        try:
            return super().facet(field_name)
        except UNAVAILABLE_ERRORS as error:
            return self._fallback(error).facet(field_name)


class FallbackElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    """modelsearch's Elasticsearch 8 backend with the project's client options and a database fallback.

    Settings: those of modelsearch's backend, plus FALLBACK, the name of the backend to answer from
    when the cluster does not (default "database").
    """

    results_class = FallbackSearchResults

    def __init__(self, params):
        self.fallback = params.pop("FALLBACK", "database")
        params["OPTIONS"] = {
            "transport_class": FailFastTransport,
            **FAIL_FAST_OPTIONS,
            **params.get("OPTIONS", {}),
        }
        super().__init__(params)

    def add(self, obj):
        self._updating([obj], lambda: super(FallbackElasticsearch8SearchBackend, self).add(obj))

    def add_bulk(self, model, obj_list):
        obj_list = list(obj_list)
        self._updating(
            obj_list, lambda: super(FallbackElasticsearch8SearchBackend, self).add_bulk(model, obj_list)
        )

    def delete(self, obj):
        self._updating([obj], lambda: super(FallbackElasticsearch8SearchBackend, self).delete(obj))

    def _updating(self, objects, update):
        try:
            update()
        except UNAVAILABLE_ERRORS as error:
            logger.warning("Wagtail search index update queued (cluster unavailable): %s", error)
            record_pending(objects)
            return
        self.replay_pending()

    def replay_pending(self):
        """Bring every queued object's document in line with the database; returns how many."""
        from search.models import PendingSearchUpdate

        done = 0
        for pending in PendingSearchUpdate.objects.select_related("content_type")[:500]:
            model = pending.content_type.model_class()
            obj = model._default_manager.filter(pk=pending.object_id).first() if model else None
            try:
                if obj is not None:
                    super().add(obj.specific if hasattr(obj, "specific") else obj)
                elif model is not None:
                    super().delete(model(pk=pending.object_id))
            except UNAVAILABLE_ERRORS:
                return done
            except Exception:  # noqa: BLE001 — a document the cluster refuses must not block the queue
                logger.exception("Could not replay the search index update of %s", pending)
            pending.delete()
            done += 1
        return done


def record_pending(objects):
    from search.models import PendingSearchUpdate

    def record():
        for obj in objects:
            PendingSearchUpdate.objects.update_or_create(
                content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
            )

    # Outside the failed request's transaction when there is one: the record must outlive it.
    transaction.on_commit(record)


SearchBackend = FallbackElasticsearch8SearchBackend
