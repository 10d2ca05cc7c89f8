"""The filter panel's taxonomy names come from the shared cache and are dropped when a taxonomy changes."""

import io

from django.core.management import call_command

from catalog.factories import district

MISSING_CACHE_TABLE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "ocop_no_such_table"}
}


def test_migrate_runs_before_the_cache_table_exists(db, settings):
    # Production without CACHE_URL: `migrate` on a new database runs before `createcachetable`.
    settings.CACHES = MISSING_CACHE_TABLE

    call_command("migrate", verbosity=0, stdout=io.StringIO())


def test_a_renamed_area_is_listed_under_its_new_name_on_the_next_visit(client, product):
    url = product.get_index_page().url
    client.get(url)
    place = district()
    place.name = "Huyện Điện Biên cũ"
    place.save()

    assert "Huyện Điện Biên cũ" in client.get(url).content.decode()
