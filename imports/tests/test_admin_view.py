import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from catalog.models import ProductPage

from .conftest import GOOD_ROW, csv_bytes

pytestmark = pytest.mark.django_db
URL = reverse("ocop_import")


@pytest.fixture
def editor_client(client, province_editor):
    client.force_login(province_editor)
    return client


def upload(client, data, name="list.csv", publish="0"):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), "publish": publish, "preview": "1"})


def test_preview_shows_each_row_and_writes_nothing(editor_client, catalog_tree, sample_csv):
    response = upload(editor_client, sample_csv)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Gạo Séng Cù" in html and "Trà cây cao cổ thụ Tủa Chùa" in html
    assert html.count("ocop-import-row--create") == 5
    assert 'name="apply"' in html
    assert not ProductPage.objects.exists()


def test_apply_after_preview_imports_the_file(editor_client, catalog_tree, sample_csv):
    upload(editor_client, sample_csv, publish="1")

    response = editor_client.post(URL, {"apply": "1"})

    assert response.status_code == 200
    assert "5 tạo mới" in response.content.decode()
    assert ProductPage.objects.live().count() == 5


def test_preview_with_errors_is_400_and_offers_no_apply(editor_client, catalog_tree):
    response = upload(editor_client, csv_bytes(GOOD_ROW.replace(",4,78,", ",7,78,")))

    assert response.status_code == 400
    html = response.content.decode()
    assert "phải là 3, 4 hoặc 5" in html
    assert 'name="apply"' not in html


def test_apply_without_a_preview_asks_for_the_file_again(editor_client, catalog_tree):
    response = editor_client.post(URL, {"apply": "1"})

    assert response.status_code == 400
    assert "tải tệp lên lại" in response.content.decode()


def test_corrupt_xlsx_is_a_400_with_a_message(editor_client, catalog_tree):
    response = upload(editor_client, b"PK\x03\x04garbage", name="list.xlsx")

    assert response.status_code == 400
    assert "XLSX bị hỏng" in response.content.decode()


@override_settings(OCOP_IMPORT_MAX_BYTES=50)
def test_oversized_upload_is_a_400_with_a_message(editor_client, catalog_tree, sample_csv):
    response = upload(editor_client, sample_csv)

    assert response.status_code == 400
    assert "Tệp quá lớn" in response.content.decode()


def test_missing_catalog_pages_are_explained(editor_client, sample_csv):
    response = upload(editor_client, sample_csv)

    assert response.status_code == 400
    assert "Danh mục sản phẩm" in response.content.decode()


def test_only_province_editors_may_import(client, django_user_model, catalog_tree):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("huyen", "h@example.org", "pw")
    user.groups.add(Group.objects.get(name="Biên tập viên xã Thanh Yên"))
    client.force_login(user)

    assert client.get(URL).status_code == 403


def apply_token(html):
    return re.search(r'name="token" value="([^"]+)"', html).group(1)


def test_second_apply_of_the_same_preview_is_refused_and_imports_nothing_twice(
    editor_client, catalog_tree, sample_csv
):
    token = apply_token(upload(editor_client, sample_csv, publish="1").content.decode())

    first = editor_client.post(URL, {"apply": "1", "token": token})
    second = editor_client.post(URL, {"apply": "1", "token": token})

    assert first.status_code == 200
    assert second.status_code == 409
    assert "không nhập lại" in second.content.decode()
    assert ProductPage.objects.count() == 5


def test_apply_from_an_older_tab_still_applies_its_own_preview(editor_client, catalog_tree, sample_csv):
    older = apply_token(upload(editor_client, sample_csv).content.decode())
    upload(editor_client, csv_bytes(GOOD_ROW))

    response = editor_client.post(URL, {"apply": "1", "token": older})

    assert response.status_code == 200
    assert ProductPage.objects.count() == 5


def test_another_editors_preview_cannot_be_applied(
    editor_client, catalog_tree, sample_csv, django_user_model
):
    token = apply_token(upload(editor_client, sample_csv).content.decode())
    editor_client.force_login(django_user_model.objects.create_superuser("khac", "khac@example.org", "pw"))

    response = editor_client.post(URL, {"apply": "1", "token": token})

    assert response.status_code == 400
    assert not ProductPage.objects.exists()
