"""`make run` starts with ELASTICSEARCH_URL pointing at a cluster that is down: index building warns and goes on."""

import secrets

from home.tests.manage_process import run_manage as manage


def test_building_the_search_indexes_against_a_dead_cluster_warns_and_exits_0(tmp_path):
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "ELASTICSEARCH_URL": "http://127.0.0.1:9",  # the discard port: nothing listens
        "ELASTICSEARCH_TIMEOUT": "1",
    }
    migrated = manage("migrate", "--noinput", "--verbosity", "0", **env)
    assert migrated.returncode == 0, migrated.stderr

    # The very command `make setup` (and so `make run`) runs.
    result = manage("build_search_indexes", "--verbosity", "0", **env)

    assert result.returncode == 0, result.stderr
    assert "Cảnh báo: không dựng được chỉ mục tìm kiếm 'default'" in result.stderr
    assert "Traceback" not in result.stderr
