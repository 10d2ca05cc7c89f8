"""Settings for pytest: fast, isolated, no network but the test's own."""

import os
import secrets
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = secrets.token_urlsafe(50)
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="ocop-test-media-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The test client's own address, so absolute links point where the tests fetch.
OCOP_PUBLIC_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = OCOP_PUBLIC_URL
OCOP_VERIFY_BASE_URL = OCOP_PUBLIC_URL

# DATABASE_URL (parsed in base.py) picks the database, as in production: `make test-postgres`
# points it at a throw-away PostgreSQL cluster and CACHE_URL at a throw-away Redis, so the
# suite also runs on production's shared cache instead of one process's memory.
if os.environ.get("CACHE_URL"):
    # Each pytest-xdist worker on its own Redis database: tests clear the cache (FLUSHDB).
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")) % 16  # Redis has 16
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": urlsplit(os.environ["CACHE_URL"])._replace(path=f"/{_worker}").geturl(),
        }
    }

# Off unless a test turns it on (pagecache/tests): most tests publish inside a transaction and
# read the page again at once.
OCOP_PAGE_CACHE_SECONDS = 0

# Tests start on the embedded backends even when ELASTICSEARCH_URL is set in the environment:
# the Elasticsearch tests read it themselves (search/tests/conftest.py) and opt in per test.
ELASTICSEARCH_URL = ""
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.wagtail_backend"}}

# django-axes stays on, so the lockout tests exercise the real configuration. Its backend
# needs the request, which Client.login() does not pass: log users in with
# client.force_login(user), or client.login(request=HttpRequest(), username=…, password=…).
