"""`manage.py search_index rebuild|status|sync`: the catalog's Elasticsearch index lifecycle."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from modelsearch.backends import get_search_backend

from search.elastic import indexing
from search.elastic.client import UNAVAILABLE_ERRORS, is_enabled
from search.elastic.documents import languages
from searchindex.models import PendingIndexChange
from searchindex.sync import SYNC_ERRORS, replay_pending


class Command(BaseCommand):
    help = (
        "Elasticsearch catalog index: 'rebuild' fills a new versioned index and switches the alias "
        "atomically; 'status' compares documents with published products per language; 'sync' replays "
        "changes recorded while Elasticsearch was unreachable."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "status", "sync"])
        parser.add_argument(
            "--language", choices=languages(), help="Rebuild one language only (default: every language)."
        )

    def handle(self, *args, action, language=None, **options):
        if not is_enabled():
            raise CommandError("ELASTICSEARCH_URL is not set: the catalog uses the database backend.")
        try:
            getattr(self, action)(language)
        except SYNC_ERRORS + UNAVAILABLE_ERRORS as error:
            raise CommandError(f"Elasticsearch did not answer: {error}") from error

    def rebuild(self, language):
        started = timezone.now()
        for code in [language] if language else languages():
            name, count = indexing.rebuild(code)
            self.stdout.write(f"{code}: {count} products indexed into {name}, alias switched")
        if not language:
            # The rebuild read the database after these were recorded: they are covered.
            PendingIndexChange.objects.filter(updated_at__lte=started).delete()

    def status(self, language):
        ok = True
        for code, alias, index, documents, products in indexing.status():
            if language and code != language:
                continue
            in_step = documents == products
            ok = ok and in_step
            state = "ok" if in_step else "OUT OF STEP"
            self.stdout.write(
                f"{code}: alias {alias} → {index or 'missing'}; {documents if documents is not None else '-'} "
                f"documents, {products} published products [{state}]"
            )
        pending = PendingIndexChange.objects.count()
        self.stdout.write(f"pending changes: {pending}")
        if not ok or pending:
            self.stdout.write("Run 'manage.py search_index sync' or 'search_index rebuild'.")

    def sync(self, language):
        replayed = replay_pending()
        self.stdout.write(f"{replayed} pending change(s) replayed")
        backend = get_search_backend()
        if hasattr(backend, "replay_pending"):
            # Wagtail's own index: what it missed while the cluster was out (search.PendingSearchUpdate).
            self.stdout.write(f"{backend.replay_pending()} pending Wagtail index update(s) replayed")
