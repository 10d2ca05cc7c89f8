import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("catalog", "0004_load_communes_2025")]

    operations = [
        migrations.AlterField(
            model_name="formercommune",
            name="successor",
            field=models.ForeignKey(
                help_text="Xã / phường hiện nay (từ 1/7/2025) mà đơn vị này được sáp nhập vào.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="former_units",
                to="catalog.commune",
                verbose_name="nay thuộc",
            ),
        ),
    ]
