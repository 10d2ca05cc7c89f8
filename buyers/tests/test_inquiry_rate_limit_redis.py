"""The inquiry rate limit on Redis (CACHE_URL), against a throw-away redis-server.

Skips when redis-server is missing (`make system-deps` installs it), except under
CI=true, where it fails.
"""

import os
import shutil
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import caches
from django.test import override_settings

from buyers.inquiries import RateLimit
from buyers.models import Inquiry

from .test_inquiries import inquiry_data

pytestmark = [pytest.mark.redis, pytest.mark.django_db]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server not found: run `make system-deps` (apt-get install redis-server)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    import redis

    port = free_port()
    directory = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(  # noqa: S603 (fixed argv)
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        probe = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 10
        while True:
            try:
                probe.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"redis-server did not start on port {port}")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def redis_app_server(redis_url):
    """`with redis_app_server():` is one app server: its own Redis client, one shared Redis."""

    def server():
        return override_settings(
            CACHES={
                "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
            }
        )

    with server():
        caches["default"].clear()
    return server


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=5)
def test_app_servers_on_one_redis_accept_exactly_the_limit_between_them(
    client, trade_product, redis_app_server
):
    statuses = []
    for _number in range(10):
        with redis_app_server():
            response = client.post(
                f"/vi/nguoi-mua/lien-he/{trade_product.pk}/", inquiry_data(), REMOTE_ADDR="203.0.113.7"
            )
        statuses.append(response.status_code)

    assert statuses == [302] * 5 + [429] * 5
    assert Inquiry.objects.count() == 5


def test_simultaneous_requests_take_no_more_places_than_the_limit(redis_app_server):
    # Each thread gets its own cache client (Django's cache handler is per thread), as workers do.
    with redis_app_server():
        limit = RateLimit(limit=5, window=60)
        with ThreadPoolExecutor(max_workers=10) as pool:
            taken = list(pool.map(lambda _n: limit.take("203.0.113.7"), range(30)))

    assert taken.count(True) == 5
