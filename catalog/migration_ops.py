"""Migration operations shared by the apps whose models became placed in July 2025's communes.

Used by migrations (catalog 0003, salespoints 0002, events 0002): frozen, do not change.
"""

import django.db.models.deletion
from django.db import migrations, models


def release_index_names(model_name, old_prefix, new_prefix):
    """On PostgreSQL, rename `model_name`'s indexes named `old_prefix…` to `new_prefix…`.

    PostgreSQL keeps index names through a renamed table or column, and Django names
    indexes after table and columns: the model or field that takes the old name over
    would create an index of the same name, which PostgreSQL refuses. "{table}" in a
    prefix is the model's table. SQLite rebuilds its tables, so there it does nothing;
    already-renamed indexes are left alone, so it can run again.
    """

    def forward(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "postgresql":
            return
        (model,) = [m for m in apps.get_models() if m._meta.model_name == model_name]
        table = model._meta.db_table
        old, new = old_prefix.format(table=table), new_prefix.format(table=table)
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s", [table])
            names = [name for (name,) in cursor.fetchall() if name.startswith(old)]
        quote = schema_editor.quote_name
        for name in names:
            schema_editor.execute(
                f"ALTER INDEX {quote(name)} RENAME TO {quote((new + name[len(old) :])[:63])}"
            )

    return migrations.RunPython(forward, migrations.RunPython.noop)


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
            release_index_names(model_name, "{table}_commune_id_", "{table}_former_commune_id_"),
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
