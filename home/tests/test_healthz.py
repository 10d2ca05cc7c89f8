"""`/healthz/`, the load balancer's probe: a plain "ok" that never reaches the database."""

import pytest


@pytest.mark.django_db
def test_healthz_answers_plain_ok(client):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content == b"ok"


@pytest.mark.django_db
def test_healthz_runs_no_sql(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        client.get("/healthz/")


@pytest.mark.django_db
def test_healthz_is_never_cached_by_a_proxy(client):
    response = client.get("/healthz/")

    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_refuses_posts(client):
    assert client.post("/healthz/").status_code == 405
