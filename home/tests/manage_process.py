"""Running this project's manage.py in a fresh process, with the test run's settings left out and `env` added.

For tests of what a command or the production settings do on start-up, where the test
process's own Django set-up must not leak in.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What the PostgreSQL run (.ci/services) exports for the test process itself.
SERVICE_VARIABLES = {"DATABASE_URL", "CACHE_URL", "ELASTICSEARCH_URL"}


def run_manage(*args, timeout=300, **env):
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k not in SERVICE_VARIABLES
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603 (fixed argv, our own manage.py)
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
