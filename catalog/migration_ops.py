"""Migration operations shared by the apps whose models became placed in July 2025's communes.

Used by migrations (catalog 0003, salespoints 0002, events 0002): frozen, do not change.
"""

import django.db.models.deletion
from django.db import migrations, models


def place_fields(model_name, *, had_commune=True):
    """Rename the old commune field to `former_commune` and add the current place fields."""
    former_commune = models.ForeignKey(
        blank=True,
        help_text="Để trống xã hiện nay thì hệ thống tự điền theo xã cũ.",
        null=True,
        on_delete=django.db.models.deletion.PROTECT,
        related_name="+",
        to="catalog.formercommune",
        verbose_name="xã / phường / thị trấn cũ",
    )
    if had_commune:
        first = [
            migrations.RenameField(model_name, "commune", "former_commune"),
            migrations.AlterField(model_name=model_name, name="former_commune", field=former_commune),
        ]
    else:
        first = [migrations.AddField(model_name=model_name, name="former_commune", field=former_commune)]
    return first + [
        migrations.AddField(
            model_name=model_name,
            name="former_district",
            field=models.ForeignKey(
                blank=True,
                help_text="Như ghi trên giấy chứng nhận cấp trước 1/7/2025.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="catalog.district",
                verbose_name="huyện cũ",
            ),
        ),
        migrations.AddField(
            model_name=model_name,
            name="commune",
            field=models.ForeignKey(
                blank=True,
                help_text="Đơn vị hành chính cấp xã hiện nay (từ 1/7/2025).",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="%(class)ss",
                to="catalog.commune",
                verbose_name="xã / phường",
            ),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="district",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="%(class)ss",
                to="catalog.district",
                verbose_name="khu vực (huyện cũ)",
            ),
        ),
    ]
