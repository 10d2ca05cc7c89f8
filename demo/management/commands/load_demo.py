"""`manage.py load_demo`: build the Điện Biên demo site (idempotent)."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from demo import images
from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Build the demo OCOP site for Điện Biên (producers, products, news, events, sales points, "
        "illustrations) and its English translation through wagtail-localize. "
        "Running it again changes nothing that is already up to date. All figures are demo data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--small-images",
            action="store_true",
            help="Draw 240×180 illustrations instead of 1200×900 (for tests).",
        )

    def handle(self, *args, small_images=False, **options):
        size = images.SMALL_SIZE if small_images else images.FULL_SIZE
        try:
            summary = load_demo(image_size=size)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        for line in summary.lines():
            self.stdout.write(line)
