import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowPage

from catalog.models import District
from editorial.models import DistrictEditorGroup
from editorial.roles import PROVINCE_EDITORS
from editorial.workflow import DISTRICT_TASK_NAME, PROVINCE_TASK_NAME, WORKFLOW_NAME, catalog_workflow

pytestmark = pytest.mark.django_db


def test_migration_installs_the_two_step_workflow():
    workflow = catalog_workflow()

    assert workflow.name == WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == [DISTRICT_TASK_NAME, PROVINCE_TASK_NAME]
    assert type(workflow.tasks[0].specific).__name__ == "DistrictReviewTask"
    province_task = workflow.tasks[1].specific
    assert list(province_task.groups.values_list("name", flat=True)) == [PROVINCE_EDITORS]


def test_migration_creates_one_editor_group_per_district():
    assert DistrictEditorGroup.objects.count() == District.objects.count() == 10
    assert Group.objects.filter(name="Biên tập viên huyện Mường Ảng").exists()
    assert Group.objects.filter(name=PROVINCE_EDITORS).exists()


def test_catalog_and_producer_index_get_the_workflow(catalog_tree):
    catalog, producers = catalog_tree

    assert WorkflowPage.objects.get(page=catalog).workflow == catalog_workflow()
    assert WorkflowPage.objects.get(page=producers).workflow == catalog_workflow()
    assert catalog_tree[0].get_workflow() == catalog_workflow()
