"""Start noida-db, the local stand-in that speaks the Elasticsearch 8 REST API, for tests and benchmarks.

noida-db is NOT Elasticsearch: it ignores `copy_to`, scores differently from
Lucene and accepts a terms aggregation on a `text` field that Elasticsearch
refuses. Use it to exercise our requests over real HTTP; judge result quality
on a real cluster.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from importlib.resources import files

STARTUP_SECONDS = 20


class StandInUnavailable(RuntimeError):
    pass


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=0.5) as response:  # noqa: S310 (our own loopback URL)
            return response.status == 200
    except OSError:
        return False


def noida_binary():
    """The binary itself, not the `noida-db` console script, whose Python wrapper would survive a terminate."""
    try:
        binary = files("noida_db").joinpath("noida-db")
    except ModuleNotFoundError as error:
        raise StandInUnavailable("noida-db is not installed: pip install -r requirements-dev.txt") from error
    if not binary.is_file():
        raise StandInUnavailable(f"noida-db binary missing at {binary}")
    os.chmod(binary, 0o755)  # noqa: S103 (the wheel may ship it without the executable bit)
    return str(binary)


@contextlib.contextmanager
def running_noida():
    """Yield the URL of a fresh noida-db (Elasticsearch only, free loopback port, temporary data)."""
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="ocop-noida-")
    command = [
        noida_binary(),
        "start",
        "--data-dir",
        data_dir,
        "--host",
        "127.0.0.1",
        "--only",
        "elasticsearch",
    ]
    process = subprocess.Popen(  # noqa: S603 (fixed arguments)
        [*command, "--elasticsearch-port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise StandInUnavailable(f"noida-db did not start on {url} (exit code {process.poll()})")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(data_dir, ignore_errors=True)
