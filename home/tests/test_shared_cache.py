"""An editor's work and the visitors' statistics do not depend on the shared cache being there."""

import pytest

from catalog.factories import district
from catalog.models import District
from stats.cache import get_statistics

pytestmark = pytest.mark.django_db

# Production without CACHE_URL, before `createcachetable`: every cache statement fails. On
# PostgreSQL a failed statement would abort the editor's whole transaction.
MISSING_CACHE_TABLE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "ocop_no_such_table"}
}
UNREACHABLE_REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}


def test_a_taxonomy_edit_is_saved_while_the_cache_table_is_missing(settings, caplog):
    # Stored pages, statistics and facet labels are all dropped on this save, and all fail.
    place = district()
    settings.CACHES = MISSING_CACHE_TABLE
    place.name = "Huyện Mường Ảng cũ"

    place.save()

    assert District.objects.get(pk=place.pk).name == "Huyện Mường Ảng cũ"
    assert "Shared cache: could not start a new content generation" in caplog.text


def test_statistics_are_computed_while_redis_is_away(settings, product, caplog):
    settings.CACHES = UNREACHABLE_REDIS

    statistics = get_statistics(product.locale.language_code)

    assert statistics.certified_ever == 1
    assert "Shared cache: could not read the content generation" in caplog.text
