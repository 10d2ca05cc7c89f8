"""Keep the catalog index in step with the database, and never lose a change.

Every change names product page ids. After the transaction commits, the pages'
documents are rewritten from the database (indexed if live, deleted
otherwise). If Elasticsearch cannot be reached, the ids are stored as
`PendingIndexChange` rows; the next successful update, or
`manage.py search_index sync`, replays them first.
"""

import logging

from django.db import transaction
from django.utils import timezone
from elasticsearch.helpers import BulkIndexError

from search.elastic import indexing
from search.elastic.client import UNAVAILABLE_ERRORS, get_client, is_enabled

from .models import PendingIndexChange

logger = logging.getLogger(__name__)

SYNC_ERRORS = UNAVAILABLE_ERRORS + (BulkIndexError,)


def schedule(page_ids, action=PendingIndexChange.Action.INDEX, reason=""):
    """Update the documents of `page_ids` once the current transaction commits."""
    page_ids = sorted(set(page_ids))
    if not page_ids or not is_enabled():
        return
    transaction.on_commit(lambda: apply(page_ids, action, reason))


def apply(page_ids, action=PendingIndexChange.Action.INDEX, reason=""):
    """Write now; on failure record the change. Returns True when the index is up to date.

    This runs inside the editor's publish request, so it waits ELASTICSEARCH_TIMEOUT at most.
    """
    client = get_client()
    try:
        replay_pending(client)
        indexing.write_pages(page_ids, client=client)
    except SYNC_ERRORS as error:
        record(page_ids, action, reason, error)
        return False
    return True


def record(page_ids, action, reason, error=None):
    logger.warning(
        "Elasticsearch unavailable, %s page(s) queued for reindexing (%s): %s", len(page_ids), reason, error
    )
    for page_id in page_ids:
        change, created = PendingIndexChange.objects.get_or_create(
            page_id=page_id, defaults={"action": action, "reason": reason[:255]}
        )
        if not created:
            change.action = action
            change.reason = reason[:255]
            change.attempts += 1
            change.save(update_fields=["action", "reason", "attempts", "updated_at"])


def replay_pending(client=None):
    """Apply every recorded change. Returns how many were replayed; raises if the cluster fails again."""
    started = timezone.now()
    changes = list(PendingIndexChange.objects.all())
    if not changes:
        return 0
    indexing.write_pages([change.page_id for change in changes], client=client)
    # A change recorded again while we were writing stays for the next replay.
    PendingIndexChange.objects.filter(
        pk__in=[change.pk for change in changes], updated_at__lte=started
    ).delete()
    logger.info("Replayed %s pending index change(s)", len(changes))
    return len(changes)
