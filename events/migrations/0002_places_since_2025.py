from django.db import migrations

from catalog.migration_ops import place_fields


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0003_places_since_2025"),
        ("events", "0001_initial"),
    ]

    operations = place_fields("eventpage", had_commune=False)
