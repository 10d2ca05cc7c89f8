"""`make run` creates the first admin with a random password, once."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command


@pytest.mark.django_db
def test_creates_a_superuser_whose_password_is_in_the_credentials_file(tmp_path):
    credentials = tmp_path / "credentials"
    call_command("ensure_admin", credentials_file=str(credentials))
    lines = dict(line.split(": ", 1) for line in credentials.read_text().splitlines())
    user = get_user_model().objects.get(username=lines["username"])
    assert user.is_superuser
    assert user.check_password(lines["password"])
    assert oct(credentials.stat().st_mode & 0o777) == "0o600"


@pytest.mark.django_db
def test_each_fresh_setup_gets_a_different_password(tmp_path):
    passwords = []
    for attempt in range(2):
        get_user_model().objects.all().delete()
        path = tmp_path / f"credentials-{attempt}"
        call_command("ensure_admin", credentials_file=str(path))
        passwords.append(path.read_text().splitlines()[1])
    assert passwords[0] != passwords[1]


@pytest.mark.django_db
def test_running_again_creates_nothing_and_keeps_the_password(tmp_path):
    credentials = tmp_path / "credentials"
    call_command("ensure_admin", credentials_file=str(credentials))
    first = credentials.read_text()
    call_command("ensure_admin", credentials_file=str(credentials))
    assert get_user_model().objects.count() == 1
    assert credentials.read_text() == first
