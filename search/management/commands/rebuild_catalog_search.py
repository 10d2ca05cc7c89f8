from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Rebuild the embedded catalog search index (search.ProductSearchEntry) from live product pages."

    def handle(self, *args, **options):
        written = indexing.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Indexed {written} product pages."))
