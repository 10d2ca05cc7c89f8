"""Statistics are cached per language and day, under the content generation they were computed in.

Any editor's write (a publication, an unpublication, a taxonomy edit…) starts a new
content generation (home.content_generation), so the next visitor's figures are
computed afresh. The day is part of the key because certificates expire at midnight
without any edit.
"""

from catalog import certification
from home import content_generation, shared_cache
from stats.compute import compute

TIMEOUT = 60 * 60 * 24


def cache_key(language, generation, on=None):
    on = on or certification.today()
    return f"ocop:stats:v2:{language}:{on.isoformat()}:{generation}"


def get_statistics(language):
    generation = shared_cache.attempt(content_generation.current, "read the content generation")
    if generation is None:
        return compute(language)
    return shared_cache.get_or_compute(
        cache_key(language, generation), lambda: compute(language), TIMEOUT, "the statistics"
    )
