"""Create the province editors' group, one editors' group per district, and the
"district review → province approval" workflow assigned to the catalog.
The district step is a DistrictReviewTask: only the page's own district editors
(or the province's) may approve it.

Page permissions are granted on the tree root, because products are not stored
under district subtrees; `editorial.wagtail_hooks` narrows district editors to
their own district's products and producers.
"""

from django.db import migrations

PROVINCE_EDITORS = "Biên tập viên tỉnh"
DISTRICT_EDITORS_PREFIX = "Biên tập viên huyện"
WORKFLOW_NAME = "Huyện thẩm định → Tỉnh phê duyệt"
DISTRICT_TASK_NAME = "Huyện thẩm định"
PROVINCE_TASK_NAME = "Tỉnh phê duyệt"

PROVINCE_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
DISTRICT_PAGE_PERMISSIONS = ["add_page", "change_page"]
PROVINCE_IMAGE_PERMISSIONS = ["add_image", "change_image", "choose_image"]
DISTRICT_IMAGE_PERMISSIONS = ["add_image", "choose_image"]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )[0]


def grant(apps, group, page_codenames, image_codenames):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group.permissions.add(permission(apps, "wagtailadmin", "admin", "access_admin"))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in page_codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission(apps, "wagtailcore", "page", codename)
            )
    collection = Collection.objects.filter(depth=1).first()
    if collection is not None:
        for codename in image_codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(apps, "wagtailimages", "image", codename)
            )


def approval_task(apps, app_label, model, name, groups):
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaskModel = apps.get_model(app_label, model)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model.lower())
    task = TaskModel.objects.filter(name=name).first()
    if task is None:
        task = TaskModel.objects.create(name=name, active=True, content_type=content_type)
    task.groups.add(*groups)
    return task


def create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    District = apps.get_model("catalog", "District")
    DistrictEditorGroup = apps.get_model("editorial", "DistrictEditorGroup")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Page = apps.get_model("wagtailcore", "Page")

    province, _ = Group.objects.get_or_create(name=PROVINCE_EDITORS)
    grant(apps, province, PROVINCE_PAGE_PERMISSIONS, PROVINCE_IMAGE_PERMISSIONS)

    district_groups = []
    for district in District.objects.order_by("sort_order", "name"):
        group, _ = Group.objects.get_or_create(name=f"{DISTRICT_EDITORS_PREFIX} {district.name}")
        grant(apps, group, DISTRICT_PAGE_PERMISSIONS, DISTRICT_IMAGE_PERMISSIONS)
        DistrictEditorGroup.objects.get_or_create(district=district, defaults={"group": group})
        district_groups.append(group)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    tasks = [
        approval_task(apps, "editorial", "DistrictReviewTask", DISTRICT_TASK_NAME, district_groups + [province]),
        approval_task(apps, "wagtailcore", "GroupApprovalTask", PROVINCE_TASK_NAME, [province]),
    ]
    for order, task in enumerate(tasks):
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})

    catalog_pages = Page.objects.filter(
        content_type__app_label="catalog", content_type__model__in=["catalogindexpage", "producerindexpage"]
    )
    for page in catalog_pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


def remove(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name__in=[DISTRICT_TASK_NAME, PROVINCE_TASK_NAME]).delete()
    Group.objects.filter(name=PROVINCE_EDITORS).delete()
    Group.objects.filter(name__startswith=DISTRICT_EDITORS_PREFIX + " ").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_district_review_task"),
        ("catalog", "0002_load_reference_data"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create, remove)]
