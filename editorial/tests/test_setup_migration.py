import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, WorkflowPage

from catalog.models import Commune
from editorial.models import CommuneEditorGroup
from editorial.roles import PROVINCE_EDITORS
from editorial.workflow import COMMUNE_TASK_NAME, PROVINCE_TASK_NAME, WORKFLOW_NAME, catalog_workflow

pytestmark = pytest.mark.django_db


def test_migration_installs_the_commune_then_province_workflow():
    workflow = catalog_workflow()

    assert workflow.name == "Xã tiếp nhận, đánh giá sơ bộ → Hội đồng tỉnh phê duyệt" == WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == [COMMUNE_TASK_NAME, PROVINCE_TASK_NAME]
    assert type(workflow.tasks[0].specific).__name__ == "CommuneReviewTask"
    province_task = workflow.tasks[1].specific
    assert list(province_task.groups.values_list("name", flat=True)) == [PROVINCE_EDITORS]


def test_migration_creates_one_editor_group_per_current_commune():
    assert CommuneEditorGroup.objects.count() == Commune.objects.count() == 45
    assert Group.objects.filter(name="Biên tập viên xã Mường Ảng").exists()
    assert Group.objects.filter(name="Biên tập viên phường Mường Lay").exists()


def test_the_commune_step_lists_every_commune_group_and_the_province():
    names = set(catalog_workflow().tasks[0].specific.groups.values_list("name", flat=True))

    assert len(names) == 46
    assert PROVINCE_EDITORS in names


def test_former_district_groups_are_retired_without_permissions():
    retired = Group.objects.filter(name__startswith="Biên tập viên huyện")

    assert retired.count() == 10
    for group in retired:
        assert group.name.endswith("(đã giải thể từ 1/7/2025)")
        assert not group.permissions.exists()
        assert not GroupPagePermission.objects.filter(group=group).exists()


def test_catalog_and_producer_index_get_the_workflow(catalog_tree):
    catalog, producers = catalog_tree

    assert WorkflowPage.objects.get(page=catalog).workflow == catalog_workflow()
    assert WorkflowPage.objects.get(page=producers).workflow == catalog_workflow()
    assert catalog_tree[0].get_workflow() == catalog_workflow()


def test_a_commune_folder_belongs_to_its_communes_editors(own_product):
    folder = own_product.get_parent()
    group = Group.objects.get(name="Biên tập viên xã Thanh Yên")

    codenames = set(
        GroupPagePermission.objects.filter(page=folder, group=group).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}
