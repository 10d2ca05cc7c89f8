"""Wrong passwords at the admin login lock that user name from that address for a while."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("editors")]

PROXY = "10.0.0.5"
ATTACKER = "198.51.100.66"
LIMIT = 5


@pytest.fixture
def editors(db):
    users = get_user_model().objects
    users.create_superuser("bientap", "bientap@example.vn", "mat-khau-dung")
    users.create_superuser("quantri", "quantri@example.vn", "mat-khau-khac")


def log_in(client, username, password, address=ATTACKER):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
    )


def fail_until_locked(client, username="bientap", address=ATTACKER):
    return [log_in(client, username, "sai", address).status_code for _ in range(LIMIT)]


def is_logged_in(client):
    return client.get("/admin/").status_code == 200


@pytest.fixture(autouse=True)
def behind_the_proxy():
    with override_settings(OCOP_TRUSTED_PROXIES=[PROXY], AXES_FAILURE_LIMIT=LIMIT):
        yield


def test_wrong_passwords_below_the_limit_show_the_login_form_again(client):
    statuses = [log_in(client, "bientap", "sai").status_code for _ in range(LIMIT - 1)]

    assert statuses == [200] * (LIMIT - 1)
    assert log_in(client, "bientap", "mat-khau-dung").status_code == 302


def test_the_limit_th_wrong_password_locks_with_a_vietnamese_page(client):
    statuses = fail_until_locked(client)

    assert statuses[-1] == 429
    response = log_in(client, "bientap", "sai")
    body = response.content.decode()
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in body
    assert "Vui lòng thử lại sau 30 phút" in body


def test_the_right_password_is_refused_while_locked(client):
    fail_until_locked(client)

    response = log_in(client, "bientap", "mat-khau-dung")

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_the_same_user_from_another_address_is_not_locked(client):
    fail_until_locked(client)

    response = log_in(client, "bientap", "mat-khau-dung", address="203.0.113.10")

    assert response.status_code == 302
    assert is_logged_in(client)


def test_another_user_from_the_same_address_is_not_locked(client):
    fail_until_locked(client)

    assert log_in(client, "quantri", "mat-khau-khac").status_code == 302


def test_an_untrusted_x_forwarded_for_does_not_dodge_the_lock(client):
    for number in range(LIMIT):
        client.post(
            "/admin/login/",
            {"username": "bientap", "password": "sai"},
            REMOTE_ADDR=ATTACKER,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )

    response = client.post(
        "/admin/login/",
        {"username": "bientap", "password": "mat-khau-dung"},
        REMOTE_ADDR=ATTACKER,
        HTTP_X_FORWARDED_FOR="192.0.2.200",
    )

    assert response.status_code == 429


def test_the_typed_user_name_is_shown_escaped_on_the_lockout_page(client):
    fail_until_locked(client, username="<b>x</b>")

    body = log_in(client, "<b>x</b>", "sai").content.decode()

    assert "<b>x</b>" not in body
    assert "&lt;b&gt;x&lt;/b&gt;" in body


def test_axes_reset_username_unlocks(client):
    fail_until_locked(client)

    call_command("axes_reset_username", "bientap", verbosity=0)

    assert log_in(client, "bientap", "mat-khau-dung").status_code == 302


def test_axes_reset_ip_unlocks(client):
    fail_until_locked(client)

    call_command("axes_reset_ip", ATTACKER, verbosity=0)

    assert log_in(client, "bientap", "mat-khau-dung").status_code == 302


def test_force_login_is_not_affected(client):
    fail_until_locked(client)

    client.force_login(get_user_model().objects.get(username="bientap"))

    assert is_logged_in(client)


def test_a_login_without_an_address_is_recorded_without_one(client):
    from axes.models import AccessLog

    # force_login's request has no REMOTE_ADDR; PostgreSQL's inet column refused "unknown".
    client.force_login(get_user_model().objects.get(username="bientap"))

    assert is_logged_in(client)
    assert list(AccessLog.objects.values_list("username", "ip_address")) == [("bientap", None)]
