"""The catalog's moderation workflow since Decision 1489/QĐ-TTg: commune intake, then province approval."""

WORKFLOW_NAME = "Xã tiếp nhận, đánh giá sơ bộ → Hội đồng tỉnh phê duyệt"
COMMUNE_TASK_NAME = "Xã tiếp nhận, đánh giá sơ bộ"
PROVINCE_TASK_NAME = "Hội đồng tỉnh phê duyệt"


def catalog_workflow():
    from wagtail.models import Workflow

    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def assign_catalog_workflow(page):
    """Put `page` (a catalog or producer index) under the catalog workflow, unless it has one."""
    from wagtail.models import WorkflowPage

    workflow = catalog_workflow()
    if workflow is None or WorkflowPage.objects.filter(page=page).exists():
        return None
    return WorkflowPage.objects.create(page=page, workflow=workflow)
