import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from catalog import certification
from catalog.factories import ProductPageFactory

pytestmark = pytest.mark.django_db


def product(catalog_tree, producer, title, days):
    return ProductPageFactory(
        parent=catalog_tree[0],
        producer=producer,
        title=title,
        certified_on=datetime.date(2021, 1, 1),
        valid_until=certification.today() + datetime.timedelta(days=days),
    )


@pytest.fixture
def products(catalog_tree, producer):
    return {
        "expiring": product(catalog_tree, producer, "Chè Shan tuyết sắp hết hạn", 30),
        "expired": product(catalog_tree, producer, "Gạo đã hết hạn", -10),
        "valid": product(catalog_tree, producer, "Miến còn hạn", 400),
    }


def test_dashboard_panel_lists_expiring_and_expired_products(admin_client, products):
    html = admin_client.get("/admin/").content.decode()

    assert "Chứng nhận OCOP cần xử lý" in html
    assert "Chè Shan tuyết sắp hết hạn" in html
    assert "còn 30 ngày" in html
    assert "Gạo đã hết hạn" in html
    assert "Miến còn hạn" not in html


def test_report_emails_province_editors_the_same_list(province_editor, products, django_user_model):
    django_user_model.objects.create_user("khac", "khac@example.org", "pw")

    call_command("certification_report")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["tinh@example.org"]
    assert "1 sản phẩm sắp hết hạn, 1 sản phẩm đã hết hạn" in message.subject
    assert "Chè Shan tuyết sắp hết hạn" in message.body
    assert "Gạo đã hết hạn" in message.body
    assert "Miến còn hạn" not in message.body
    assert f"/admin/pages/{products['expired'].pk}/edit/" in message.body


def test_report_without_recipients_sends_nothing(products):
    call_command("certification_report")

    assert mail.outbox == []
