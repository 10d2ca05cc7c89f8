"""Places since 1 July 2025: the former communes keep their rows as `FormerCommune`;
`Commune` is now a current commune-level unit; placed pages get a current commune
and keep their former address; products and producers get commune folders.
"""

import django.db.models.deletion
import wagtail.search.index
from django.db import migrations, models

from catalog.migration_ops import place_fields, release_index_names


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0002_load_reference_data"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="commune", name="unique_commune_slug_per_district"),
        migrations.RenameModel("Commune", "FormerCommune"),
        release_index_names("formercommune", "catalog_commune_", "catalog_formercommune_"),
        migrations.AlterModelOptions(
            name="formercommune",
            options={
                "ordering": ["sort_order", "name"],
                "verbose_name": "xã / phường / thị trấn cũ",
                "verbose_name_plural": "xã / phường / thị trấn cũ",
            },
        ),
        migrations.AlterField(
            model_name="formercommune",
            name="district",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="former_communes",
                to="catalog.district",
                verbose_name="huyện cũ",
            ),
        ),
        migrations.AddField(
            model_name="formercommune",
            name="code",
            field=models.CharField(blank=True, max_length=8, verbose_name="mã đơn vị hành chính cũ"),
        ),
        migrations.AddField(
            model_name="formercommune",
            name="source",
            field=models.CharField(blank=True, max_length=500, verbose_name="nguồn"),
        ),
        migrations.AddField(
            model_name="formercommune",
            name="note",
            field=models.CharField(blank=True, max_length=500, verbose_name="ghi chú"),
        ),
        migrations.AddConstraint(
            model_name="formercommune",
            constraint=models.UniqueConstraint(
                fields=("district", "slug"), name="unique_former_commune_slug_per_district"
            ),
        ),
        migrations.AlterModelOptions(
            name="district",
            options={
                "ordering": ["sort_order", "name"],
                "verbose_name": "khu vực (huyện cũ)",
                "verbose_name_plural": "khu vực (huyện cũ)",
            },
        ),
        migrations.CreateModel(
            name="Commune",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=255, verbose_name="tên")),
                ("slug", models.SlugField(max_length=255, verbose_name="slug")),
                ("sort_order", models.PositiveIntegerField(default=0, verbose_name="thứ tự")),
                (
                    "kind",
                    models.CharField(
                        choices=[("commune", "Xã"), ("ward", "Phường")],
                        default="commune",
                        max_length=16,
                        verbose_name="loại",
                    ),
                ),
                (
                    "code",
                    models.CharField(
                        blank=True,
                        help_text="Mã của Tổng cục Thống kê (5 chữ số).",
                        max_length=8,
                        verbose_name="mã đơn vị hành chính",
                    ),
                ),
                (
                    "district",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="communes",
                        to="catalog.district",
                        verbose_name="khu vực (huyện cũ)",
                    ),
                ),
            ],
            options={
                "verbose_name": "xã / phường",
                "verbose_name_plural": "xã / phường",
                "ordering": ["sort_order", "name"],
                "abstract": False,
                "constraints": [models.UniqueConstraint(fields=("slug",), name="unique_commune_slug")],
            },
            bases=(models.Model, wagtail.search.index.Indexed),
        ),
        migrations.AddField(
            model_name="formercommune",
            name="successor",
            field=models.ForeignKey(
                null=True,
                help_text="Xã / phường hiện nay (từ 1/7/2025) mà đơn vị này được sáp nhập vào.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="former_units",
                to="catalog.commune",
                verbose_name="nay thuộc",
            ),
        ),
        *place_fields("productpage"),
        *place_fields("producerpage"),
        migrations.CreateModel(
            name="CommuneFolderPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "commune",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="folders",
                        to="catalog.commune",
                        verbose_name="xã / phường",
                    ),
                ),
            ],
            options={"verbose_name": "thư mục xã / phường", "verbose_name_plural": "thư mục xã / phường"},
            bases=("wagtailcore.page",),
        ),
    ]
