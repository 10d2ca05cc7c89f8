import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from catalog.factories import district
from catalog.models import ProductPage

pytestmark = pytest.mark.django_db


def product_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "short_description": page.short_description,
        "category": page.category_id,
        "producer": page.producer_id,
        "district": page.district_id,
        "commune": "",
        "description": rich_text("<p>Mô tả</p>"),
        "gallery_images": inline_formset([]),
        "story": streamfield([]),
        "stars": page.stars,
        "score": page.score,
        "certificate_number": page.certificate_number,
        "certifying_level": page.certifying_level,
        "certified_on": page.certified_on.isoformat(),
        "valid_until": "",
        "marketplace_links": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def district_client(client, district_editor):
    client.force_login(district_editor)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_district_editor_can_open_own_district_product(district_client, own_product):
    assert district_client.get(edit_url(own_product)).status_code == 200


def test_district_editor_cannot_edit_another_districts_product(district_client, other_product):
    response = district_client.get(edit_url(other_product))

    assert response.status_code == 403
    assert "thuộc huyện khác" in response.content.decode()


def test_district_editor_cannot_save_another_districts_product(district_client, other_product):
    response = district_client.post(edit_url(other_product), product_form(other_product, title="Đổi tên"))

    assert response.status_code == 403
    assert ProductPage.objects.get(pk=other_product.pk).get_latest_revision_as_object().title != "Đổi tên"


def test_district_editor_cannot_move_own_product_to_another_district(district_client, own_product):
    response = district_client.post(
        edit_url(own_product), product_form(own_product, district=district("tua-chua").pk)
    )

    assert response.status_code == 403
    assert own_product.get_latest_revision_as_object().district.slug == "dien-bien"


def test_district_editor_cannot_publish(district_client, own_product):
    district_client.post(edit_url(own_product), product_form(own_product, **{"action-publish": "1"}))

    own_product.refresh_from_db()
    assert not own_product.live


def test_district_editor_can_submit_for_approval(district_client, own_product):
    response = district_client.post(
        edit_url(own_product), product_form(own_product, **{"action-submit": "1"})
    )

    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(own_product.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Huyện thẩm định"


def test_district_editor_cannot_create_in_another_district(district_client, catalog_tree, own_product):
    url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", catalog_tree[0].pk])
    form = product_form(
        own_product, title="Sản phẩm mới", slug="san-pham-moi", district=district("tua-chua").pk
    )

    response = district_client.post(url, form)

    assert response.status_code == 403
    assert not ProductPage.objects.filter(title="Sản phẩm mới").exists()


def test_district_editor_can_create_in_own_district(district_client, catalog_tree, own_product):
    url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", catalog_tree[0].pk])

    response = district_client.post(url, product_form(own_product, title="Sản phẩm mới", slug="san-pham-moi"))

    assert response.status_code == 302
    assert ProductPage.objects.filter(title="Sản phẩm mới", live=False).exists()


def test_district_editor_cannot_create_other_page_types(district_client):
    from home.models import HomePage

    home = HomePage.objects.first()
    url = reverse("wagtailadmin_pages:add", args=["catalog", "catalogindexpage", home.pk])

    assert district_client.get(url).status_code == 403


def test_explorer_hides_other_districts_products(district_client, catalog_tree, own_product, other_product):
    html = district_client.get(reverse("wagtailadmin_explore", args=[catalog_tree[0].pk])).content.decode()

    assert own_product.title in html
    assert other_product.title not in html


def test_province_editor_can_approve_and_publish(client, district_client, province_editor, own_product):
    district_client.post(edit_url(own_product), product_form(own_product, **{"action-submit": "1"}))
    client.force_login(province_editor)
    state = WorkflowState.objects.get(object_id=str(own_product.pk))

    for _step in range(2):
        task_state = state.current_task_state
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[own_product.pk, "approve", task_state.pk],
            ),
            {"comment": ""},
        )
        state.refresh_from_db()

    own_product.refresh_from_db()
    assert own_product.live


def approve_current_task(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    return WorkflowState.objects.get(pk=state.pk).current_task_state


def test_only_the_pages_own_district_may_approve_the_district_step(
    district_client, django_user_model, own_product
):
    from django.contrib.auth.models import Group
    from django.test import Client

    district_client.post(edit_url(own_product), product_form(own_product, **{"action-submit": "1"}))
    neighbour = django_user_model.objects.create_user("tuachua", "tc@example.org", "pw")
    neighbour.groups.add(Group.objects.get(name="Biên tập viên huyện Tủa Chùa"))
    client = Client()
    client.force_login(neighbour)

    assert approve_current_task(client, own_product).task.name == "Huyện thẩm định"

    assert approve_current_task(district_client, own_product).task.name == "Tỉnh phê duyệt"
    own_product.refresh_from_db()
    assert not own_product.live
