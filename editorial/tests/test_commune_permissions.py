"""Commune editors prepare their own commune's products and producers; the province approves."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState

from catalog.factories import former_commune
from catalog.models import ProductPage
from catalog.testing import product_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def commune_client(client, commune_editor):
    client.force_login(commune_editor)
    return client


def latest(page):
    return ProductPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(folder):
    return reverse("wagtailadmin_pages:add", args=["catalog", "productpage", folder.pk])


def test_commune_editor_can_open_own_communes_product(commune_client, own_product):
    assert commune_client.get(edit_url(own_product)).status_code == 200


def test_commune_editor_cannot_open_another_communes_product(commune_client, other_product):
    assert commune_client.get(edit_url(other_product)).status_code in (302, 403)


def test_commune_editor_cannot_save_another_communes_product(commune_client, other_product):
    commune_client.post(edit_url(other_product), product_form(other_product, title="Đổi tên"))

    assert latest(other_product).title != "Đổi tên"


def test_commune_editor_cannot_choose_another_communes_producer(commune_client, own_product, other_producer):
    response = commune_client.post(
        edit_url(own_product), product_form(own_product, producer=other_producer.pk)
    )

    assert response.status_code == 200
    assert "chủ thể mà mình được sửa" in response.content.decode()
    assert latest(own_product).producer_id != other_producer.pk


def test_a_former_address_of_another_commune_is_a_field_error(commune_client, own_product):
    elsewhere = former_commune("tua-chua", "muong-bang")  # now xã Tủa Chùa, not xã Thanh Yên

    response = commune_client.post(
        edit_url(own_product),
        product_form(own_product, former_district=elsewhere.district_id, former_commune=elsewhere.pk),
    )

    assert response.status_code == 200
    assert "nay thuộc Xã Tủa Chùa" in response.content.decode()


def test_a_former_address_that_became_the_commune_is_kept(commune_client, own_product):
    pa_thom = former_commune("dien-bien", "pa-thom")  # merged into xã Thanh Yên

    response = commune_client.post(
        edit_url(own_product), product_form(own_product, former_commune=pa_thom.pk)
    )

    assert response.status_code == 302
    saved = latest(own_product)
    assert saved.former_commune == pa_thom
    assert saved.former_district.slug == "dien-bien"


def test_commune_editor_cannot_publish(commune_client, own_product):
    commune_client.post(edit_url(own_product), product_form(own_product, **{"action-publish": "1"}))

    own_product.refresh_from_db()
    assert not own_product.live


def test_commune_editor_can_submit_to_the_commune_step(commune_client, own_product):
    response = commune_client.post(edit_url(own_product), product_form(own_product, **{"action-submit": "1"}))

    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(own_product.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Xã tiếp nhận, đánh giá sơ bộ"


def test_commune_editor_creates_in_own_folder(commune_client, own_product):
    response = commune_client.post(
        add_url(own_product.get_parent()),
        product_form(own_product, title="Sản phẩm mới", slug="san-pham-moi"),
    )

    assert response.status_code == 302
    created = ProductPage.objects.get(title="Sản phẩm mới")
    assert not created.live
    assert created.commune.slug == "thanh-yen"


def test_commune_editor_cannot_create_in_another_communes_folder(commune_client, own_product, other_product):
    response = commune_client.post(
        add_url(other_product.get_parent()),
        product_form(own_product, title="Sản phẩm mới", slug="san-pham-moi"),
    )

    assert response.status_code in (302, 403)
    assert not ProductPage.objects.filter(title="Sản phẩm mới").exists()


def test_commune_editor_cannot_create_other_page_types(commune_client):
    from home.models import HomePage

    home = HomePage.objects.first()
    url = reverse("wagtailadmin_pages:add", args=["catalog", "catalogindexpage", home.pk])

    assert commune_client.get(url).status_code in (302, 403)


def test_explorer_lists_only_own_communes_folder(commune_client, catalog_tree, own_product, other_product):
    html = commune_client.get(reverse("wagtailadmin_explore", args=[catalog_tree[0].pk])).content.decode()

    assert "Xã Thanh Yên" in html
    assert "Xã Tủa Chùa" not in html


def approve_current_task(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    return WorkflowState.objects.get(pk=state.pk).current_task_state


def test_province_editor_approves_both_steps_and_publishes(
    client, commune_client, province_editor, own_product
):
    commune_client.post(edit_url(own_product), product_form(own_product, **{"action-submit": "1"}))
    client.force_login(province_editor)

    approve_current_task(client, own_product)
    approve_current_task(client, own_product)

    own_product.refresh_from_db()
    assert own_product.live


def test_only_the_pages_own_commune_may_pass_the_commune_step(commune_client, django_user_model, own_product):
    commune_client.post(edit_url(own_product), product_form(own_product, **{"action-submit": "1"}))
    neighbour = django_user_model.objects.create_user("tuachua", "tc@example.org", "pw")
    neighbour.groups.add(Group.objects.get(name="Biên tập viên xã Tủa Chùa"))
    client = Client()
    client.force_login(neighbour)

    assert approve_current_task(client, own_product).task.name == "Xã tiếp nhận, đánh giá sơ bộ"

    assert approve_current_task(commune_client, own_product).task.name == "Hội đồng tỉnh phê duyệt"
    own_product.refresh_from_db()
    assert not own_product.live
