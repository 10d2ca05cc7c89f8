"""Staff read what the buyer wrote; a commune editor handles their area's inquiries and no others."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from openpyxl import load_workbook

from buyers.models import Inquiry, InquiryStatus
from catalog.factories import ProducerPageFactory, ProductPageFactory, commune

pytestmark = pytest.mark.django_db

ADMIN = "/admin/yeu-cau-nguoi-mua/"


@pytest.fixture
def commune_editor(django_user_model):
    user = django_user_model.objects.create_user("thanhyen", "ty@example.org", "pw")
    user.groups.add(Group.objects.get(name="Biên tập viên xã Thanh Yên"))
    return user


@pytest.fixture
def province_editor(django_user_model):
    user = django_user_model.objects.create_user("tinh", "tinh@example.org", "pw")
    user.groups.add(Group.objects.get(name="Biên tập viên tỉnh"))
    return user


def placed_product(catalog_tree, place, title, producer_title):
    producer = ProducerPageFactory(parent=catalog_tree[1], commune=commune(*place), title=producer_title)
    return ProductPageFactory(parent=catalog_tree[0], producer=producer, commune=commune(*place), title=title)


@pytest.fixture
def own_inquiry(catalog_tree):
    product = placed_product(
        catalog_tree, ("dien-bien", "thanh-yen"), "Gạo Séng Cù Thanh Yên", "HTX Thanh Yên"
    )
    return Inquiry.objects.create(
        product=product,
        producer=product.producer,
        page_title=product.title,
        name="Trần Văn Minh",
        email="minh@bachhoa.vn",
        phone="0912 345 678",
        message="Cần báo giá cho 40 cửa hàng.",
    )


@pytest.fixture
def other_inquiry(catalog_tree):
    product = placed_product(catalog_tree, ("tua-chua", "tua-chua"), "Chè Tủa Chùa", "HTX Tủa Chùa")
    return Inquiry.objects.create(
        product=product,
        producer=product.producer,
        page_title=product.title,
        name="Lê Thu Hà",
        email="ha@sieuthi.vn",
        message="Xin mẫu thử chè Shan tuyết.",
    )


@pytest.fixture
def shortlist_inquiry(own_inquiry, other_inquiry):
    inquiry = Inquiry.objects.create(page_title="Danh sách mua", name="Phạm An", message="Cả hai sản phẩm ạ.")
    inquiry.products.set([own_inquiry.product, other_inquiry.product])
    return inquiry


@pytest.fixture
def as_commune_editor(client, commune_editor):
    client.force_login(commune_editor)
    return client


def test_listing_shows_message_contact_product_producer_and_date(client, province_editor, own_inquiry):
    client.force_login(province_editor)

    body = client.get(ADMIN).content.decode()

    for text in ("Cần báo giá cho 40 cửa hàng.", "Trần Văn Minh", "minh@bachhoa.vn", "0912 345 678"):
        assert text in body
    assert "Gạo Séng Cù Thanh Yên" in body
    assert "HTX Thanh Yên" in body
    assert own_inquiry.created.strftime("%Y") in body


def test_detail_shows_what_the_buyer_wrote(client, province_editor, own_inquiry):
    client.force_login(province_editor)

    body = client.get(f"{ADMIN}inspect/{own_inquiry.pk}/").content.decode()

    for text in ("Cần báo giá cho 40 cửa hàng.", "minh@bachhoa.vn", "0912 345 678", "HTX Thanh Yên"):
        assert text in body


def test_edit_screen_shows_the_message_and_contact_beside_the_status(client, province_editor, own_inquiry):
    client.force_login(province_editor)

    body = client.get(f"{ADMIN}edit/{own_inquiry.pk}/").content.decode()

    for text in ("Cần báo giá cho 40 cửa hàng.", "minh@bachhoa.vn", "0912 345 678", 'name="status"'):
        assert text in body
    assert 'name="message"' not in body


def test_a_shortlist_inquiry_lists_every_product_and_producer(client, province_editor, shortlist_inquiry):
    client.force_login(province_editor)

    body = client.get(f"{ADMIN}inspect/{shortlist_inquiry.pk}/").content.decode()

    for text in ("Gạo Séng Cù Thanh Yên", "Chè Tủa Chùa", "HTX Thanh Yên", "HTX Tủa Chùa"):
        assert text in body


def test_commune_editor_lists_only_their_areas_inquiries(as_commune_editor, own_inquiry, other_inquiry):
    body = as_commune_editor.get(ADMIN).content.decode()

    assert "Trần Văn Minh" in body
    assert "Lê Thu Hà" not in body


def test_commune_editor_search_results_stay_in_their_area(as_commune_editor, own_inquiry, other_inquiry):
    body = as_commune_editor.get(f"{ADMIN}results/", {"q": "Lê Thu"}).content.decode()

    assert "Lê Thu Hà" not in body


def test_commune_editor_sees_a_shortlist_inquiry_naming_their_product(as_commune_editor, shortlist_inquiry):
    assert "Phạm An" in as_commune_editor.get(ADMIN).content.decode()
    assert as_commune_editor.get(f"{ADMIN}inspect/{shortlist_inquiry.pk}/").status_code == 200


@pytest.mark.parametrize("route", ["inspect", "edit", "delete", "history", "usage"])
def test_commune_editor_cannot_open_another_areas_inquiry(as_commune_editor, other_inquiry, route):
    response = as_commune_editor.get(f"{ADMIN}{route}/{other_inquiry.pk}/")

    assert response.status_code in (302, 403, 404)
    assert "Lê Thu Hà" not in response.content.decode()
    assert "ha@sieuthi.vn" not in response.content.decode()


def test_commune_editor_cannot_change_another_areas_inquiry(as_commune_editor, other_inquiry):
    as_commune_editor.post(f"{ADMIN}edit/{other_inquiry.pk}/", {"status": "closed", "staff_notes": "x"})

    other_inquiry.refresh_from_db()
    assert other_inquiry.status == InquiryStatus.NEW


def test_commune_editor_cannot_delete_an_inquiry(as_commune_editor, own_inquiry, other_inquiry):
    for inquiry in (own_inquiry, other_inquiry):
        as_commune_editor.post(f"{ADMIN}delete/{inquiry.pk}/")

    assert Inquiry.objects.count() == 2


def test_commune_editor_updates_their_areas_inquiry(as_commune_editor, own_inquiry):
    response = as_commune_editor.post(
        f"{ADMIN}edit/{own_inquiry.pk}/", {"status": "answered", "staff_notes": "Đã gọi lại."}
    )

    own_inquiry.refresh_from_db()
    assert response.status_code == 302
    assert own_inquiry.status == InquiryStatus.ANSWERED


def test_commune_editors_csv_export_holds_their_area_only(as_commune_editor, own_inquiry, other_inquiry):
    response = as_commune_editor.get(ADMIN, {"export": "csv"})

    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Họ và tên"] for row in rows] == ["Trần Văn Minh"]
    assert rows[0]["Sản phẩm"] == "Gạo Séng Cù Thanh Yên"
    assert rows[0]["Chủ thể"] == "HTX Thanh Yên"


def test_commune_editors_xlsx_export_holds_their_area_only(as_commune_editor, own_inquiry, other_inquiry):
    response = as_commune_editor.get(ADMIN, {"export": "xlsx"})

    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert [row[3] for row in rows[1:]] == ["Trần Văn Minh"]


def test_province_editor_sees_every_inquiry(client, province_editor, own_inquiry, other_inquiry):
    client.force_login(province_editor)

    body = client.get(ADMIN).content.decode()

    assert "Trần Văn Minh" in body and "Lê Thu Hà" in body


def test_an_editor_of_no_commune_sees_no_inquiry(client, django_user_model, own_inquiry):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("khach", "k@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(ADMIN)

    assert "Trần Văn Minh" not in response.content.decode()
