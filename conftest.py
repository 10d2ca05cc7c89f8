import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
]


def require_program(program, package):
    """The program's path; a test without it skips, and fails under CI=true so CI never passes by skipping."""
    path = shutil.which(program)
    if path is None:
        message = f"{program} not found: run `make system-deps` (apt-get install {package})"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def catalog_tree(db):
    """(catalog index, producer index) under the Vietnamese home page."""
    from catalog.factories import build_catalog

    return build_catalog()


@pytest.fixture
def producer(catalog_tree):
    from catalog.factories import ProducerPageFactory

    return ProducerPageFactory(parent=catalog_tree[1])


@pytest.fixture
def product(catalog_tree, producer):
    from catalog.factories import ProductPageFactory

    return ProductPageFactory(parent=catalog_tree[0], producer=producer)


@pytest.fixture(autouse=True)
def clear_cache():
    """Each test starts with an empty cache.

    Wagtail caches site root paths (and the statistics page caches its figures)
    in Django's cache, which a database rollback does not reset.
    """
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


SHARED_CACHE_TABLE = "ocop_test_shared_cache"


@pytest.fixture
def app_server(db):
    """`with app_server():` runs code as one more app server of production would.

    Each entry builds a new cache client on one database cache table, the store
    production shares without CACHE_URL: what one "server" writes, the next reads
    only through that table.
    """
    from django.core.management import call_command
    from django.test import override_settings

    def server():
        return override_settings(
            CACHES={
                "default": {
                    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                    "LOCATION": SHARED_CACHE_TABLE,
                }
            }
        )

    with server():
        call_command("createcachetable", verbosity=0)
    return server


@pytest.fixture
def browser_page():
    """A page in real headless Chromium (Debian's), Vietnamese locale, 1280 × 900."""
    require_program(CHROMIUM, "chromium")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright not installed (make install-dev)"
    )
    # Playwright's sync API runs an event loop; the live server's ORM calls are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page.set_default_timeout(15_000)
        try:
            yield page
        finally:
            browser.close()


@pytest.fixture
def system_program():
    """`system_program("zbarimg", "zbar-tools")`: a Debian program's path, or skip (fail under CI=true)."""
    return require_program


@pytest.fixture
def admin_browser_page(browser_page, live_server, admin_user):
    """`browser_page`, signed in to the admin of `live_server` as a superuser."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(admin_user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    browser_page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return browser_page


def _flushes_the_database(item):
    """True for a test Django runs outside a transaction and empties afterwards (TransactionTestCase)."""
    from django.test import TestCase, TransactionTestCase

    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences") or any(marker.args[:2])
    ):
        return True
    fixtures = {"transactional_db", "live_server", "django_db_reset_sequences"}
    if fixtures & set(getattr(item, "fixturenames", ())):
        return True
    cls = getattr(item, "cls", None)
    return cls is not None and issubclass(cls, TransactionTestCase) and not issubclass(cls, TestCase)


def _serialized(item):
    marker = item.get_closest_marker("django_db")
    return bool(
        (marker is not None and marker.kwargs.get("serialized_rollback"))
        or "django_db_serialized_rollback" in getattr(item, "fixturenames", ())
        or getattr(getattr(item, "cls", None), "serialized_rollback", False)
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put the migrations' rows (locales, home pages, communes, editor groups) back after a flush.

    Django empties the database after a transactional test and restores it only at the start of
    the next one with serialized_rollback, trusting its runner to run such tests last. Under
    pytest-xdist (`make test` runs two workers) a worker may take an ordinary test after one.
    Without serialized_rollback the flush also recreates content types under new ids, which no
    restore can undo, so such a test is refused.
    """
    result = yield
    if _flushes_the_database(item):
        if not _serialized(item):
            pytest.fail(
                f"{item.nodeid}: a transactional test needs serialized_rollback=True (root conftest.py)"
            )
        if nextitem is None:
            # The last test: the session's teardown has just dropped the test database.
            return result
        from django.db import connections
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            for connection in connections.all(initialized_only=True):
                contents = getattr(connection, "_test_serialized_contents", None)
                if contents:
                    connection.creation.deserialize_db_from_string(contents)
    return result
