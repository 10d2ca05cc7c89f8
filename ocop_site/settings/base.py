"""Settings shared by every environment.

Secure by default: DEBUG is off and every secret comes from the environment.
`dev.py` loosens this for a laptop, `production.py` tightens it for servers.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# dev.py and test.py make a random key; production.py requires DJANGO_SECRET_KEY.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "catalog",
    "news",
    "events",
    "salespoints",
    "stats",
    "search",
    "imports",
    "verification",
    "editorial",
    "buyers",
    "searchindex",
    "pagecache",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "ocop_site.admin_csp.AdminContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "ocop_site.null_characters.DropCookiesWithNullCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "ocop_site.admin_language.AdminLanguageMiddleware",
    # Before anything reads a parameter: PostgreSQL text cannot hold NUL.
    "ocop_site.null_characters.RefuseNullCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After CSRF (a page served from the cache still gets the visitor's CSRF cookie), before
    # authentication and messages, which a page served to an anonymous visitor does not need.
    "pagecache.middleware.PageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out name and address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "ocop_site.urls"

# Content-Security-Policy of the public site: scripts only from our own static files,
# or inline with the request's nonce (JSON-LD), so markup injected into a page cannot run.
# The Wagtail admin sends its own inline scripts and gets a policy of its own (below); previews
# render public templates through the public policy, as visitors will see them.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # Wagtail's userbar and oEmbed snippets carry style attributes; styles cannot run code.
        "style-src": [SELF, UNSAFE_INLINE],
        # Photos may come from a media host (MEDIA_URL), embeds show their providers' thumbnails.
        "img-src": [SELF, "data:", "https:"],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's live preview frames our own pages; nobody else may.
        "frame-ancestors": [SELF],
    },
}

# The admin's policy (ocop_site/admin_csp.py): Wagtail's own inline scripts run, nothing from
# other origins does.
OCOP_ADMIN_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self' https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "ocop_site.wsgi.application"

# SQLite is the embedded default; DATABASE_URL=postgres://… switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first, English second (the province writes Vietnamese first).
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin's languages, offered in each editor's account settings; Vietnamese is the default
# (ocop_site/admin_language.py). Wagtail's own list leaves Vietnamese out.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = os.environ.get("STATIC_URL", "/static/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Django serves MEDIA_ROOT itself only on a laptop (DEBUG) and in `make serve-production`'s local
# trial; a deployment has the proxy serve it (deploy/nginx.conf).
OCOP_SERVE_MEDIA = env_bool("OCOP_SERVE_MEDIA", False)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Django's defaults, stated: a request body other than files is refused past 2.5 MiB, and an
# uploaded file past 2.5 MiB goes to a temporary file instead of memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440))
FILE_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440))

# One process's memory: enough for a laptop and the tests. Production shares its cache
# between app servers (production.py), because rate limits and statistics live in it.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ocop",
    }
}
# Sessions (signed-in editors, buyers' shortlists) are read from the shared cache and written
# through to the database: no query per page for a session, and nothing lost when Redis evicts.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Seconds a public page rendered for an anonymous visitor is kept in the shared cache
# (pagecache); 0 turns the page cache off. Off on a laptop, where templates change under you.
OCOP_PAGE_CACHE_SECONDS = int(os.environ.get("OCOP_PAGE_CACHE_SECONDS", "0"))

# Proxies in front of the app servers (comma-separated addresses or CIDR ranges, e.g.
# "127.0.0.1,10.0.0.0/24"). Only a request arriving from one of them has its
# X-Forwarded-For read, right to left (home/client_address.py). Empty: REMOTE_ADDR.
OCOP_TRUSTED_PROXIES = env_list("OCOP_TRUSTED_PROXIES")
for _proxy in OCOP_TRUSTED_PROXIES:  # a typo here must stop start-up, not every request
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"OCOP_TRUSTED_PROXIES: {_proxy!r} is not an IP address or range."
        ) from error

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ocop@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "elastic_transport": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # Wagtail logs every page save at INFO, which drowns `load_demo` output.
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        # django-axes logs every successful login at INFO; failures and lockouts stay visible.
        "axes": {"level": os.environ.get("AXES_LOG_LEVEL", "WARNING")},
    },
}

# Wagtail
# Versions are pinned and upgraded deliberately (requirements.txt); the admin need not ask
# releases.wagtail.org, which its Content-Security-Policy would refuse anyway.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: each would hand a third party a hash of an editor's e-mail
# address, and the admin's content security policy blocks them, leaving a broken image.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "OCOP Điện Biên")


def public_url(value):
    """`scheme://host[:port]` with nothing after it: the one address the site calls itself."""
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path or parts.query:
        raise ImproperlyConfigured(
            f"OCOP_PUBLIC_URL: {value!r} is not an address like https://ocop.example.vn or http://127.0.0.1:8000."
        )
    try:
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError as error:
        raise ImproperlyConfigured(f"OCOP_PUBLIC_URL: {value!r} has an invalid port.") from error
    return url


# The address visitors reach the site at (`make run` sets it from HOST and PORT). Canonical links,
# hreflang, sitemaps, product sheets and exports take it from the default Wagtail Site, which
# `load_demo` points here unless an editor changed it (demo/site_address.py); QR codes and the
# links in e-mails take it from here.
OCOP_PUBLIC_URL = public_url(os.environ.get("OCOP_PUBLIC_URL", "http://127.0.0.1:8000"))
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", OCOP_PUBLIC_URL)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024))
# A rendition decodes the whole image: 120 megapixels cost 1 GiB and 8 s each. 40 megapixels is a
# good camera's photo; Pillow is held to the same bound (home.apps.HomeConfig.ready).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000))
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "gif": "png"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_HITS_MAX_AGE = 14

# Elasticsearch is optional: without ELASTICSEARCH_URL the site runs on the
# embedded database backends (modelsearch's database backend for Wagtail's own
# search, the Django ORM backend for the catalog).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "").strip()
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "ocop")
# Seconds any one request (search or index write) may wait for the cluster.
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "2"))
# After a request failed to connect or timed out, seconds during which this process does not ask
# the cluster again and falls back (searches) or queues (catalog index changes) at once.
ELASTICSEARCH_RETRY_AFTER = float(os.environ.get("ELASTICSEARCH_RETRY_AFTER", "30"))

if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # modelsearch's Elasticsearch 8 backend, answering from "database" while the cluster is out.
            "BACKEND": "search.elastic.wagtail_backend",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": f"{ELASTICSEARCH_INDEX_PREFIX}_wagtail_",
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
        },
        # Kept up to date alongside, so every Wagtail search can fall back to it when the cluster is down.
        "database": {"BACKEND": "search.wagtail_backend"},
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.wagtail_backend"}}

# The OCOP province this site serves (demo: Điện Biên).
OCOP_PROVINCE_NAME = os.environ.get("OCOP_PROVINCE_NAME", "Điện Biên")
OCOP_OFFICE_EMAIL = os.environ.get("OCOP_OFFICE_EMAIL", "ocop@localhost")


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


# Login throttling (django-axes, stored in the shared database): after
# AXES_FAILURE_LIMIT wrong passwords for one user name from one address, that pair
# is refused for AXES_COOLOFF_MINUTES. Unlock early: README "Admin login lockout".
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "home.client_address.recorded_client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_HTTP_RESPONSE_CODE = 429
# Lockouts are still logged with name and address; this only drops the start-up banner
# every manage.py command would print.
AXES_VERBOSE = False

# Editors' tools (imports, verification, editorial).
# An import is bounded before it is parsed: upload size, data rows and columns read, and
# (XLSX) the size its zip members declare once unzipped.
OCOP_IMPORT_MAX_BYTES = int(os.environ.get("OCOP_IMPORT_MAX_BYTES", 5 * 1024 * 1024))
OCOP_IMPORT_MAX_ROWS = int(os.environ.get("OCOP_IMPORT_MAX_ROWS", "5000"))
OCOP_IMPORT_MAX_COLUMNS = int(os.environ.get("OCOP_IMPORT_MAX_COLUMNS", "50"))
OCOP_IMPORT_MAX_UNZIPPED_BYTES = int(os.environ.get("OCOP_IMPORT_MAX_UNZIPPED_BYTES", 30 * 1024 * 1024))
# Base URL printed in QR codes when it must differ from OCOP_PUBLIC_URL (e.g. a short stamp domain).
OCOP_VERIFY_BASE_URL = os.environ.get("OCOP_VERIFY_BASE_URL", "").rstrip("/") or OCOP_PUBLIC_URL
# Buyers (supplier directory, inquiries, shortlist): inquiries accepted per
# client address per window, products a shortlist holds, rows an export writes.
BUYERS_INQUIRY_RATE_LIMIT = int(os.environ.get("BUYERS_INQUIRY_RATE_LIMIT", "5"))
BUYERS_INQUIRY_RATE_WINDOW = int(os.environ.get("BUYERS_INQUIRY_RATE_WINDOW", "3600"))
BUYERS_SHORTLIST_MAX = 100
BUYERS_EXPORT_MAX_ROWS = 5000
