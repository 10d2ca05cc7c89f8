"""Which objects `load_demo` may still change: the demo's own, exactly as it left them.

An editor's work is never the demo's to change. The demo owns an object only while it is
exactly as the demo last wrote it:

- a page, while the revision the demo wrote is still its latest and its live revision, and the
  page is live, unlocked and in no moderation workflow. Whatever anyone else does to it (publish an
  edit, save a draft, submit it for moderation, import over it, unpublish or lock it) leaves a newer
  revision or a changed state, and from then on the page is the editors', for good;
- a snippet (a sales point), while the fingerprint of the values the demo wrote is unchanged;
- an image, never: the demo draws an image once and afterwards only finds it again.

A page or sales point the demo made and someone deleted stays deleted (`deleted`); only a
deleted illustration is drawn again, since the demo's own pages show it.

An object the demo did not create is never the demo's. Sites built before the demo kept these
records are adopted object by object, and only where adopting changes nothing an editor did
(`may_adopt`).
"""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from home.models import DemoRecord

# What a run did to one demo object.
CREATED, UPDATED, UNCHANGED, KEPT = "created", "updated", "unchanged", "kept"

KEPT_LABEL = "giữ nguyên (đã sửa bởi biên tập viên)"


def _identity(obj):
    # Pages by their base class: callers hold a `Page` as often as its specific page.
    model = Page if isinstance(obj, Page) else type(obj)
    return {"content_type": ContentType.objects.get_for_model(model), "object_id": str(obj.pk)}


def _record_of(obj):
    return DemoRecord.objects.filter(**_identity(obj)).first()


def _pristine(page):
    """Live, unlocked, nothing waiting: no draft changes and no workflow."""
    return (
        page.live and not page.locked and not page.has_unpublished_changes and not page.workflow_in_progress
    )


def fingerprint(values):
    """A short, stable digest of `values` (a dict of plain values or primary keys)."""
    data = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def find(model, key):
    """The object the demo recorded under `key`, wherever an editor moved or renamed it; else None."""
    record = DemoRecord.objects.filter(key=key).first()
    if record is None:
        return None
    return model.objects.filter(pk=record.object_id).first()


def deleted(model, key):
    """True if the demo once made the object `key` and someone has deleted it since: it stays deleted."""
    record = DemoRecord.objects.filter(key=key).first()
    return record is not None and not model.objects.filter(pk=record.object_id).exists()


def owns(obj, current_fingerprint=None):
    """True while `obj` is exactly as the demo last wrote it (pass a snippet's current fingerprint)."""
    record = _record_of(obj)
    if record is None:
        return False
    if current_fingerprint is not None:
        return record.fingerprint == current_fingerprint
    page = obj
    return (
        record.revision_id is not None
        and page.latest_revision_id == record.revision_id
        and page.live_revision_id == record.revision_id
        and _pristine(page)
    )


def may_adopt(obj, matches_demo, current_fingerprint=None):
    """A page or snippet from before the demo kept records: the demo's only if taking it changes nothing.

    `matches_demo`: the object already holds exactly what the demo would write. A page qualifies
    when it also is pristine and no user ever saved it (the admin and the importer's `--user`
    record who saved), or when it never had a revision at all (the home page the migration makes).
    An object once recorded is not adopted again: someone else changed it since.
    """
    if _record_of(obj) is not None:
        return False
    if current_fingerprint is not None:
        return matches_demo
    revisions = obj.revisions
    if not revisions.exists():
        return True
    return matches_demo and _pristine(obj) and not revisions.exclude(user=None).exists()


def record(obj, key=None, revision=None, current_fingerprint=""):
    """Remember that the demo just wrote `obj` (a page's `revision`, or a snippet's fingerprint)."""
    identity = _identity(obj)
    if key is not None:
        # An image an editor deleted and the demo drew again: its key now names the new one.
        DemoRecord.objects.filter(key=key).exclude(**identity).delete()
    DemoRecord.objects.update_or_create(
        **identity,
        defaults={
            "key": key,
            "revision_id": revision.pk if revision is not None else None,
            "fingerprint": current_fingerprint,
        },
    )
