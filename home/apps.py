from django.apps import AppConfig
from django.conf import settings


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from PIL import Image

        # Pillow warns past MAX_IMAGE_PIXELS and refuses past twice that: without this its own
        # bound (89 megapixels) would still let a rendition decode an image Wagtail would refuse.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from home.slugs import ReadableSlugInput

        # Every slug field in the admin (pages and snippets) transliterates by the site's one slug rule.
        register_form_field_override(models.SlugField, override={"widget": ReadableSlugInput})

        from home import content_generation

        content_generation.connect()
