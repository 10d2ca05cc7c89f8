"""Editors since July 2025: one group per current commune, the workflow "Xã tiếp nhận,
đánh giá sơ bộ → Hội đồng tỉnh phê duyệt", and the former district groups retired.

Retired district groups keep their members (and every revision and log entry keeps
its author), lose every permission and say so in their name; the province's
administrators move each member into the group of the commune they now work for.
Page permissions of commune groups are granted on their commune's folders as the
folders are created (editorial.signals).
"""

import django.db.models.deletion
from django.db import migrations, models

PROVINCE_EDITORS = "Biên tập viên tỉnh"
OLD_WORKFLOW = "Huyện thẩm định → Tỉnh phê duyệt"
WORKFLOW = "Xã tiếp nhận, đánh giá sơ bộ → Hội đồng tỉnh phê duyệt"
TASK_NAMES = {"Huyện thẩm định": "Xã tiếp nhận, đánh giá sơ bộ", "Tỉnh phê duyệt": "Hội đồng tỉnh phê duyệt"}
RETIRED_SUFFIX = " (đã giải thể từ 1/7/2025)"
KIND_WORDS = {"commune": "xã", "ward": "phường"}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )[0]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Commune = apps.get_model("catalog", "Commune")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CommuneEditorGroup = apps.get_model("editorial", "CommuneEditorGroup")
    DistrictEditorGroup = apps.get_model("editorial", "DistrictEditorGroup")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    CommuneReviewTask = apps.get_model("editorial", "CommuneReviewTask")

    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")
    collection = Collection.objects.filter(depth=1).first()
    commune_groups = []
    for commune in Commune.objects.order_by("sort_order", "name"):
        group, _ = Group.objects.get_or_create(name=f"Biên tập viên {KIND_WORDS[commune.kind]} {commune.name}")
        group.permissions.add(access_admin)
        if collection is not None:
            for codename in ("add_image", "choose_image"):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission(apps, "wagtailimages", "image", codename)
                )
        CommuneEditorGroup.objects.get_or_create(commune=commune, defaults={"group": group})
        commune_groups.append(group)

    retired = []
    for scope in DistrictEditorGroup.objects.select_related("group"):
        group = scope.group
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.clear()
        if not group.name.endswith(RETIRED_SUFFIX):
            group.name = group.name + RETIRED_SUFFIX
            group.save(update_fields=["name"])
        retired.append(group)

    Workflow.objects.filter(name=OLD_WORKFLOW).update(name=WORKFLOW)
    for old, new in TASK_NAMES.items():
        Task.objects.filter(name=old).update(name=new)
    province = Group.objects.filter(name=PROVINCE_EDITORS).first()
    for task in CommuneReviewTask.objects.all():
        task.groups.remove(*retired)
        task.groups.add(*commune_groups)
        if province is not None:
            task.groups.add(province)


def clear_old_task_groups(apps, schema_editor):
    # Renaming a model with a many-to-many field rebuilds its join table on SQLite,
    # which fails on existing rows; the groups are set again in `forwards`.
    DistrictReviewTask = apps.get_model("editorial", "DistrictReviewTask")
    for task in DistrictReviewTask.objects.all():
        task.groups.clear()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_editor_groups_and_workflow"),
        ("catalog", "0005_former_commune_successor_required"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="CommuneEditorGroup",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "commune",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="editor_group",
                        to="catalog.commune",
                        verbose_name="xã / phường",
                    ),
                ),
                (
                    "group",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="commune_scope",
                        to="auth.group",
                        verbose_name="nhóm",
                    ),
                ),
            ],
            options={"verbose_name": "nhóm biên tập viên xã", "verbose_name_plural": "nhóm biên tập viên xã"},
        ),
        migrations.RunPython(clear_old_task_groups, migrations.RunPython.noop),
        migrations.RenameModel("DistrictReviewTask", "CommuneReviewTask"),
        migrations.AlterModelOptions(
            name="communereviewtask",
            options={
                "verbose_name": "bước tiếp nhận, đánh giá sơ bộ của xã",
                "verbose_name_plural": "bước tiếp nhận, đánh giá sơ bộ của xã",
            },
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.DeleteModel("DistrictEditorGroup"),
    ]
