"""An Elasticsearch-compatible server for the Elasticsearch tests.

When ELASTICSEARCH_URL is set in the environment the tests run against that
cluster (a real Elasticsearch 8). Otherwise they start noida-db, a local
binary that speaks the Elasticsearch 8 REST API, on a free loopback port with
a fresh data directory, and stop it when the session ends. noida-db is not
Elasticsearch: see the README for where it behaves differently.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from importlib.resources import files

import pytest

STARTUP_SECONDS = 20


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url):
    try:
        with urllib.request.urlopen(url, timeout=0.5) as response:  # noqa: S310 (our own loopback URL)
            return response.status == 200
    except OSError:
        return False


def _noida_binary():
    # The binary itself, not the `noida-db` console script: terminating the
    # script's Python wrapper would leave the server running.
    binary = files("noida_db").joinpath("noida-db")
    if not binary.is_file():
        pytest.fail("noida-db is not installed: pip install -r requirements-dev.txt")
    os.chmod(binary, 0o755)  # noqa: S103 (the wheel ships it without the executable bit)
    return str(binary)


@pytest.fixture(scope="session")
def elasticsearch_server():
    """The base URL of a running Elasticsearch-compatible server for this test session."""
    external = os.environ.get("ELASTICSEARCH_URL", "").strip()
    if external:
        yield external
        return
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="ocop-noida-")
    process = subprocess.Popen(  # noqa: S603 (fixed arguments)
        [
            _noida_binary(),
            "start",
            "--data-dir",
            data_dir,
            "--host",
            "127.0.0.1",
            "--only",
            "elasticsearch",
            "--elasticsearch-port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"noida-db did not start on {url} (exit code {process.poll()})")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture
def elasticsearch(elasticsearch_server, settings):
    """Point the project at the test server, with index names no other test uses; clean up after."""
    from search.elastic.client import get_write_client

    settings.ELASTICSEARCH_URL = elasticsearch_server
    settings.ELASTICSEARCH_INDEX_PREFIX = f"ocoptest_{uuid.uuid4().hex[:10]}"
    client = get_write_client()
    yield client
    # Delete by name: a real cluster refuses wildcard deletes (action.destructive_requires_name).
    for index in client.indices.get(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}*"):
        client.indices.delete(index=index, ignore_unavailable=True)


@pytest.fixture
def closed_port_url():
    """A URL on which nothing listens: bind a port, then close it."""
    return f"http://127.0.0.1:{free_port()}"
