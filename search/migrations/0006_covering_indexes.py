"""Covering indexes for the catalog's counts and sorts (search.models._entry_indexes).

The single-column indexes they replace are dropped in the database only: altering the
fields would make SQLite remake the table, which drops the full-text triggers of
search 0004. Every catalog query leads with language, so the old indexes only tempted
the planner into reading rows the new ones answer from the index.
"""

from django.db import migrations, models

ENTRIES = "search_productsearchentry"
UNINDEXED = [
    "language",
    "name_sort",
    "stars",
    "group_code",
    "category_code",
    "district_slug",
    "producer_type",
    "certified_on",
    "valid_until",
]


def drop_single_column_indexes(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, ENTRIES)
    for name, info in constraints.items():
        if info["index"] and not info["primary_key"] and not info["unique"] and len(info["columns"]) == 1:
            if info["columns"][0] in UNINDEXED:
                schema_editor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")


def restore_single_column_indexes(apps, schema_editor):
    model = apps.get_model("search", "ProductSearchEntry")
    for column in UNINDEXED:
        schema_editor.add_index(model, models.Index(fields=[column], name=f"search_entry_{column}"[:30]))


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0007_load_criteria_sets"),
        ("search", "0005_synonyms_zero_results"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunPython(drop_single_column_indexes, restore_single_column_indexes),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="category_code",
                    field=models.CharField(blank=True, max_length=16),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="certified_on",
                    field=models.DateField(null=True),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="district_slug",
                    field=models.CharField(blank=True, max_length=255),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="group_code",
                    field=models.CharField(blank=True, max_length=8),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="language",
                    field=models.CharField(max_length=16, verbose_name="ngôn ngữ"),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="name_sort",
                    field=models.CharField(max_length=400),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="producer_type",
                    field=models.CharField(blank=True, max_length=32),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="stars",
                    field=models.PositiveSmallIntegerField(),
                ),
                migrations.AlterField(
                    model_name="productsearchentry",
                    name="valid_until",
                    field=models.DateField(null=True),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=[
                    "language",
                    "stars",
                    "valid_until",
                    "group_code",
                    "category_code",
                    "district_slug",
                    "commune_slug",
                    "producer_type",
                    "standards",
                ],
                name="search_family_stars",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=[
                    "language",
                    "group_code",
                    "category_code",
                    "valid_until",
                    "stars",
                    "district_slug",
                    "commune_slug",
                    "producer_type",
                    "standards",
                ],
                name="search_family_group",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=[
                    "language",
                    "district_slug",
                    "commune_slug",
                    "valid_until",
                    "stars",
                    "group_code",
                    "category_code",
                    "producer_type",
                    "standards",
                ],
                name="search_family_district",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=[
                    "language",
                    "producer_type",
                    "valid_until",
                    "stars",
                    "group_code",
                    "category_code",
                    "district_slug",
                    "commune_slug",
                    "standards",
                ],
                name="search_family_producer_type",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=[
                    "language",
                    "standards",
                    "valid_until",
                    "stars",
                    "group_code",
                    "category_code",
                    "district_slug",
                    "commune_slug",
                    "producer_type",
                ],
                name="search_family_standard",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=["language", "-stars", "-certified_on", "name_sort", "page_id", "valid_until"],
                name="search_order_listing",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=["language", "-certified_on", "name_sort", "page_id", "valid_until"],
                name="search_order_newest",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=["language", "-stars", "name_sort", "page_id", "valid_until"],
                name="search_order_stars",
            ),
        ),
        migrations.AddIndex(
            model_name="productsearchentry",
            index=models.Index(
                fields=["language", "name_sort", "page_id", "valid_until"], name="search_order_name"
            ),
        ),
    ]
