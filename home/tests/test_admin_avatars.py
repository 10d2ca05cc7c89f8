"""The admin never asks a third party for editors' avatars."""

import pytest


@pytest.mark.django_db
def test_the_admin_shows_no_gravatar(client, admin_user):
    admin_user.email = "bientap@ocop.dienbien.gov.vn"
    admin_user.save()
    client.force_login(admin_user)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "gravatar.com" not in response.content.decode()
