"""An Elasticsearch-compatible server for the Elasticsearch tests.

When ELASTICSEARCH_URL is set in the environment the tests run against that
cluster (a real Elasticsearch 8). Otherwise they start noida-db, a local
binary that speaks the Elasticsearch 8 REST API, on a free loopback port with
a fresh data directory, and stop it when the session ends. noida-db is not
Elasticsearch: see the README for where it behaves differently.
"""

import os
import socket
import threading
import uuid

import pytest

from search.elastic.standin import StandInUnavailable, free_port, running_noida


@pytest.fixture(scope="session")
def elasticsearch_server():
    """The base URL of a running Elasticsearch-compatible server for this test session."""
    external = os.environ.get("ELASTICSEARCH_URL", "").strip()
    if external:
        yield external
        return
    try:
        with running_noida() as url:
            yield url
    except StandInUnavailable as error:
        pytest.fail(str(error))


@pytest.fixture
def elasticsearch(elasticsearch_server, settings):
    """Point the project at the test server, with index names no other test uses; clean up after."""
    from search.elastic.client import get_write_client

    settings.ELASTICSEARCH_URL = elasticsearch_server
    settings.ELASTICSEARCH_INDEX_PREFIX = f"ocoptest_{uuid.uuid4().hex[:10]}"
    # One slow answer from the stand-in must fail only its own test, not make the next ones skip the server.
    settings.ELASTICSEARCH_RETRY_AFTER = 0
    client = get_write_client()
    yield client
    # Delete by name: a real cluster refuses wildcard deletes (action.destructive_requires_name).
    for index in client.indices.get(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}*"):
        client.indices.delete(index=index, ignore_unavailable=True)


class Unreachable:
    """A cluster that fails, and how many connections it was sent (so a test can see who waited for it)."""

    def __init__(self, url, accepted=None):
        self.url = url
        self._accepted = accepted if accepted is not None else []

    @property
    def connections(self):
        return len(self._accepted)


@pytest.fixture
def closed_port():
    """Nothing listens (bind a port, then close it): every connection is refused at once, none is counted."""
    return Unreachable(f"http://127.0.0.1:{free_port()}")


@pytest.fixture
def closed_port_url(closed_port):
    return closed_port.url


@pytest.fixture
def hanging():
    """A server that accepts connections and never answers: a cluster that hangs, counting who waited on it."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)  # so the thread notices the end of the test
    held = []
    stop = threading.Event()

    def accept_and_hold():
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            held.append(connection)  # read nothing, answer nothing

    thread = threading.Thread(target=accept_and_hold, daemon=True)
    thread.start()
    yield Unreachable(f"http://127.0.0.1:{listener.getsockname()[1]}", held)
    stop.set()
    thread.join(timeout=1)
    listener.close()
    for connection in held:
        connection.close()


@pytest.fixture
def hanging_url(hanging):
    return hanging.url


@pytest.fixture(params=["down", "hanging"])
def unreachable(request):
    """Each way a cluster fails: nothing listens (refused), or it accepts and never answers."""
    return request.getfixturevalue("closed_port" if request.param == "down" else "hanging")
