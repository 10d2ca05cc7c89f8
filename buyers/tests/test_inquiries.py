import pytest
from django.core import mail
from django.test import Client, override_settings

from buyers.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db


def inquiry_data(**overrides):
    data = {
        "inquiry-name": "Nguyễn Thị Lan",
        "inquiry-company": "Siêu thị Xanh",
        "inquiry-email": "lan@sieuthixanh.vn",
        "inquiry-phone": "",
        "inquiry-quantity": "500 hộp/tháng",
        "inquiry-message": "Xin báo giá sỉ và mẫu thử cho chuỗi 20 cửa hàng.",
        "inquiry-website": "",
    }
    data.update({f"inquiry-{key}": value for key, value in overrides.items()})
    return data


def post(client, page, **overrides):
    return client.post(f"/vi/nguoi-mua/lien-he/{page.pk}/", inquiry_data(**overrides))


def test_valid_inquiry_is_stored_against_product_and_producer(client, trade_product):
    response = post(client, trade_product)

    inquiry = Inquiry.objects.get()
    assert inquiry.product_id == trade_product.pk
    assert inquiry.producer_id == trade_product.producer_id
    assert inquiry.page_title == "Chè Shan tuyết Tủa Chùa"
    assert inquiry.quantity == "500 hộp/tháng"
    assert inquiry.status == InquiryStatus.NEW
    assert response.status_code == 302


def test_success_redirects_to_a_thank_you_page(client, trade_product):
    response = post(client, trade_product)

    assert response["Location"] == f"/vi/nguoi-mua/lien-he/{trade_product.pk}/da-gui/"
    thanks = client.get(response["Location"])
    assert "yêu cầu đã được gửi" in thanks.content.decode()


def test_inquiry_from_a_producer_page_is_stored_against_the_producer(client, producer_with_email):
    post(client, producer_with_email)

    inquiry = Inquiry.objects.get()
    assert inquiry.producer_id == producer_with_email.pk
    assert inquiry.product is None


@override_settings(OCOP_OFFICE_EMAIL="ocop@dienbien.gov.vn")
def test_office_and_producer_are_emailed_with_buyer_as_reply_to(client, trade_product):
    post(client, trade_product)

    assert sorted(message.to[0] for message in mail.outbox) == ["htx-che@example.vn", "ocop@dienbien.gov.vn"]
    office = next(message for message in mail.outbox if message.to == ["ocop@dienbien.gov.vn"])
    assert "Chè Shan tuyết Tủa Chùa" in office.subject
    assert "500 hộp/tháng" in office.body
    assert "/admin/yeu-cau-nguoi-mua/" in office.body
    assert office.reply_to == ["lan@sieuthixanh.vn"]


def test_producer_without_email_leaves_only_the_office_notified(client, product):
    post(client, product)

    assert [message.to for message in mail.outbox] == [["ocop@localhost"]]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Vui lòng nhập họ và tên."),
        ("message", "giá?", "Nội dung quá ngắn"),
        ("email", "khong-phai-email", "Email không hợp lệ"),
        ("phone", "gọi tôi", "Số điện thoại chỉ gồm chữ số"),
    ],
)
def test_invalid_field_is_refused_with_its_message(client, trade_product, field, value, message):
    response = post(client, trade_product, **{field: value})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Inquiry.objects.exists()
    assert not mail.outbox


def test_inquiry_needs_an_email_or_a_phone(client, trade_product):
    response = post(client, trade_product, email="", phone="")

    assert response.status_code == 400
    assert "Vui lòng nhập email hoặc số điện thoại." in response.content.decode()


def test_phone_alone_is_enough(client, trade_product):
    post(client, trade_product, email="", phone="+84 912 345 678")

    assert Inquiry.objects.get().phone == "+84 912 345 678"


def test_refused_submission_shows_the_product_page_with_what_was_typed(client, trade_product):
    response = post(client, trade_product, name="", company="Công ty Ánh Dương")

    body = response.content.decode()
    assert "<h1>Chè Shan tuyết Tủa Chùa</h1>" in body
    assert 'value="Công ty Ánh Dương"' in body
    assert "Xin báo giá sỉ và mẫu thử cho chuỗi 20 cửa hàng." in body
    assert "Chưa gửi được yêu cầu" in body


def test_invalid_input_points_at_its_error_message(client, trade_product):
    body = post(client, trade_product, name="").content.decode()

    assert 'aria-describedby="id_inquiry-name-error"' in body
    assert 'id="id_inquiry-name-error"' in body
    assert 'aria-invalid="true"' in body


def test_refused_submission_on_a_producer_page_shows_that_page(client, producer_with_email):
    response = post(client, producer_with_email, email="sai")

    body = response.content.decode()
    assert response.status_code == 400
    assert "<h1>Hợp tác xã Chè Tủa Chùa</h1>" in body
    assert 'value="sai"' in body


def test_filled_honeypot_is_refused_without_storage_or_email(client, trade_product):
    response = post(client, trade_product, website="http://spam.example")

    assert response.status_code == 400
    assert not Inquiry.objects.exists()
    assert not mail.outbox


def test_honeypot_is_hidden_from_people_and_autofill(client, trade_product):
    body = client.get(trade_product.url).content.decode()

    assert '<div class="inquiry__trap" aria-hidden="true">' in body
    assert 'name="inquiry-website" autocomplete="off" tabindex="-1"' in body


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=2)
def test_address_over_the_rate_limit_gets_429_and_keeps_the_form(client, trade_product):
    post(client, trade_product)
    post(client, trade_product)

    response = post(client, trade_product, company="Công ty Thứ Ba")

    assert response.status_code == 429
    body = response.content.decode()
    assert "Bạn đã gửi nhiều yêu cầu trong thời gian ngắn" in body
    assert 'value="Công ty Thứ Ba"' in body
    assert Inquiry.objects.count() == 2


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=1)
def test_rate_limit_is_per_address(client, trade_product):
    post(client, trade_product)

    other = client.post(
        f"/vi/nguoi-mua/lien-he/{trade_product.pk}/", inquiry_data(), REMOTE_ADDR="203.0.113.9"
    )

    assert other.status_code == 302
    assert Inquiry.objects.count() == 2


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=1)
def test_refused_submissions_do_not_use_up_the_limit(client, trade_product):
    post(client, trade_product, name="")

    assert post(client, trade_product).status_code == 302


def test_form_without_csrf_token_is_forbidden(trade_product):
    client = Client(enforce_csrf_checks=True)

    response = client.post(f"/vi/nguoi-mua/lien-he/{trade_product.pk}/", inquiry_data())

    assert response.status_code == 403
    assert not Inquiry.objects.exists()


def test_inquiry_form_carries_a_csrf_token(client, trade_product):
    body = client.get(trade_product.url).content.decode()

    assert f'action="/vi/nguoi-mua/lien-he/{trade_product.pk}/#inquiry"' in body
    assert 'name="csrfmiddlewaretoken"' in body


def test_producer_page_has_the_inquiry_form(client, producer_with_email):
    body = client.get(producer_with_email.url).content.decode()

    assert f'action="/vi/nguoi-mua/lien-he/{producer_with_email.pk}/#inquiry"' in body


def test_inquiry_about_a_page_that_is_not_a_product_or_producer_is_404(client, catalog_tree):
    response = client.post(f"/vi/nguoi-mua/lien-he/{catalog_tree[0].pk}/", inquiry_data())

    assert response.status_code == 404


def test_inquiry_about_an_unpublished_product_is_404(client, trade_product):
    trade_product.unpublish()

    assert post(client, trade_product).status_code == 404


def test_get_on_the_inquiry_endpoint_is_not_allowed(client, trade_product):
    assert client.get(f"/vi/nguoi-mua/lien-he/{trade_product.pk}/").status_code == 405
