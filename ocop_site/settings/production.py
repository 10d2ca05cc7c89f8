"""Settings for servers: PostgreSQL, optional Elasticsearch, several app servers.

Every value that differs between deployments comes from the environment; see
README "Production" for the list. `manage.py check --deploy` passes with it.
"""

import os

from .base import *  # noqa: F403
from .base import env_bool, public_url, require_env

DEBUG = False
SECRET_KEY = require_env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = require_env("ALLOWED_HOSTS").split(",")
# Behind the HTTPS proxy the site is the first host it serves, unless said otherwise.
OCOP_PUBLIC_URL = public_url(os.environ.get("OCOP_PUBLIC_URL") or f"https://{ALLOWED_HOSTS[0].strip()}")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", OCOP_PUBLIC_URL)
OCOP_VERIFY_BASE_URL = os.environ.get("OCOP_VERIFY_BASE_URL", "").rstrip("/") or OCOP_PUBLIC_URL

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe app servers over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's live preview shows our own pages in a same-origin frame, so DENY
# would break the editors' preview; SAMEORIGIN still refuses other sites.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Every app server must see the same cache: inquiry rate limits count in it and
# statistics are dropped from it when the catalog changes. Redis when CACHE_URL is
# given, otherwise a table in the shared database (`manage.py createcachetable`,
# run by `make setup`); never one process's memory.
if os.environ.get("CACHE_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "ocop_cache",
        }
    }

# Every app server serves anonymous visitors from the shared cache (pagecache); edits empty it.
OCOP_PAGE_CACHE_SECONDS = int(os.environ.get("OCOP_PAGE_CACHE_SECONDS", "300"))

# A caching proxy or CDN in front is told to forget a page when it is published, unpublished
# or moved (wagtail.contrib.frontend_cache): Varnish or nginx purge via PURGE requests to
# FRONTEND_CACHE_PURGE_URL, or Cloudflare with a zone id and an API token.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": require_env("CLOUDFLARE_BEARER_TOKEN"),
    }

if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
