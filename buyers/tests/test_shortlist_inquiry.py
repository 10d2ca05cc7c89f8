"""A buyer sends one inquiry from the shortlist page, about every product on it."""

import pytest
from django.core import mail
from django.test import override_settings

from buyers.models import Inquiry
from catalog.factories import ProducerPageFactory, ProductPageFactory

from .test_inquiries import inquiry_data

pytestmark = pytest.mark.django_db

SHORTLIST_INQUIRY = "/vi/nguoi-mua/danh-sach/lien-he/"


@pytest.fixture
def honey(catalog_tree):
    producer = ProducerPageFactory(
        parent=catalog_tree[1], title="HTX Mật ong Mường Nhé", email="mn@example.vn"
    )
    product = ProductPageFactory(parent=catalog_tree[0], producer=producer, title="Mật ong rừng Mường Nhé")
    product.save_revision().publish()
    return product


@pytest.fixture
def shortlist(client, trade_product, honey):
    for product in (trade_product, honey):
        client.post("/vi/nguoi-mua/danh-sach/them/", {"product": product.pk})
    return [trade_product, honey]


def test_the_shortlist_page_offers_one_inquiry_for_the_whole_list(client, shortlist):
    body = client.get("/vi/nguoi-mua/danh-sach/").content.decode()

    assert f'action="{SHORTLIST_INQUIRY}#inquiry"' in body
    assert 'name="inquiry-message"' in body


def test_one_inquiry_covers_every_product_on_the_shortlist(client, shortlist):
    response = client.post(SHORTLIST_INQUIRY, inquiry_data())

    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert set(inquiry.products.all()) == set(shortlist)
    assert inquiry.page_title == "Danh sách mua: Chè Shan tuyết Tủa Chùa, Mật ong rừng Mường Nhé"
    assert "yêu cầu đã được gửi" in client.get(response["Location"]).content.decode()


@override_settings(OCOP_OFFICE_EMAIL="ocop@dienbien.gov.vn")
def test_the_office_and_every_producer_on_the_list_are_emailed(client, shortlist):
    client.post(SHORTLIST_INQUIRY, inquiry_data())

    assert sorted(message.to[0] for message in mail.outbox) == [
        "htx-che@example.vn",
        "mn@example.vn",
        "ocop@dienbien.gov.vn",
    ]


def test_an_invalid_shortlist_inquiry_keeps_what_was_typed(client, shortlist):
    response = client.post(SHORTLIST_INQUIRY, inquiry_data(message="ngắn"))

    body = response.content.decode()
    assert response.status_code == 400
    assert "Nội dung quá ngắn" in body
    assert "lan@sieuthixanh.vn" in body
    assert "Mật ong rừng Mường Nhé" in body  # still the shortlist page
    assert not Inquiry.objects.exists()


@override_settings(BUYERS_INQUIRY_RATE_LIMIT=1)
def test_the_shortlist_inquiry_shares_the_rate_limit(client, shortlist, trade_product):
    client.post(f"/vi/nguoi-mua/lien-he/{trade_product.pk}/", inquiry_data())

    response = client.post(SHORTLIST_INQUIRY, inquiry_data())

    assert response.status_code == 429
    assert "lan@sieuthixanh.vn" in response.content.decode()
    assert Inquiry.objects.count() == 1


def test_an_empty_shortlist_sends_nothing(client, trade_product):
    response = client.post(SHORTLIST_INQUIRY, inquiry_data())

    assert response.status_code == 400
    assert not Inquiry.objects.exists()


def test_the_honeypot_refuses_a_shortlist_inquiry(client, shortlist):
    response = client.post(SHORTLIST_INQUIRY, inquiry_data(website="http://spam.example"))

    assert response.status_code == 400
    assert not Inquiry.objects.exists()
