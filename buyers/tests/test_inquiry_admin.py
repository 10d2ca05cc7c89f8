import csv
import io

import pytest
from django.contrib.auth import get_user_model

from buyers.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/yeu-cau-nguoi-mua/"


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.vn", "pass")
    client.force_login(user)
    return client


@pytest.fixture
def inquiries(trade_product):
    return [
        Inquiry.objects.create(
            product=trade_product,
            producer=trade_product.producer,
            page_title=trade_product.title,
            name="Trần Văn Minh",
            company="Chuỗi Bách Hóa Tây Bắc",
            email="minh@bachhoa.vn",
            quantity="2 tấn/quý",
            message="Cần báo giá cho 40 cửa hàng.",
        ),
        Inquiry.objects.create(
            page_title="Mật ong Tủa Chùa",
            name="Lê Thu",
            phone="0912345678",
            message="Đã có hàng mẫu chưa ạ?",
            status=InquiryStatus.CLOSED,
        ),
    ]


def test_admin_lists_inquiries_with_status(admin_client, inquiries):
    response = admin_client.get(LIST_URL)

    body = response.content.decode()
    assert response.status_code == 200
    assert "Trần Văn Minh" in body
    assert "Đã đóng" in body


def test_admin_filters_inquiries_by_status(admin_client, inquiries):
    body = admin_client.get(LIST_URL, {"status": "closed"}).content.decode()

    assert "Lê Thu" in body
    assert "Trần Văn Minh" not in body


def test_admin_changes_an_inquiry_status(admin_client, inquiries):
    inquiry = inquiries[0]

    response = admin_client.post(
        f"{LIST_URL}edit/{inquiry.pk}/", {"status": "answered", "staff_notes": "Đã gọi lại."}
    )

    inquiry.refresh_from_db()
    assert response.status_code == 302
    assert inquiry.status == InquiryStatus.ANSWERED
    assert inquiry.staff_notes == "Đã gọi lại."


def test_admin_edit_cannot_change_what_the_buyer_wrote(admin_client, inquiries):
    inquiry = inquiries[0]

    admin_client.post(f"{LIST_URL}edit/{inquiry.pk}/", {"status": "answered", "message": "Sửa đổi"})

    inquiry.refresh_from_db()
    assert inquiry.message == "Cần báo giá cho 40 cửa hàng."


def test_admin_exports_inquiries_as_csv(admin_client, inquiries):
    response = admin_client.get(LIST_URL, {"export": "csv"})

    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:4] == ["Ngày gửi", "Trạng thái", "Trang gửi", "Họ và tên"]
    assert {row[3] for row in rows[1:]} == {"Trần Văn Minh", "Lê Thu"}
    assert "Đã đóng" in {row[1] for row in rows[1:]}
    assert "yeu-cau-nguoi-mua" in response["Content-Disposition"]


def test_nobody_adds_inquiries_in_the_admin(admin_client):
    response = admin_client.get(f"{LIST_URL}new/")

    assert response.status_code in (302, 403)
    assert not Inquiry.objects.exists()


def test_anonymous_visitor_cannot_see_the_admin_listing(client, inquiries):
    response = client.get(LIST_URL)

    assert response.status_code == 302
    assert "Trần Văn Minh" not in response.content.decode()


def test_admin_exports_inquiries_as_xlsx(admin_client, inquiries):
    from openpyxl import load_workbook

    response = admin_client.get(LIST_URL, {"export": "xlsx"})

    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert rows[0][3] == "Họ và tên"
    assert {row[3] for row in rows[1:]} == {"Trần Văn Minh", "Lê Thu"}
