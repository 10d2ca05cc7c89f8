"""Load the OCOP groups and product sets (vi + en), the province's places and common standards.

Reads the CSV copies in catalog/data/ so the data can be reviewed as data.
"""

import csv
import uuid
from pathlib import Path

from django.db import migrations

from home.text import ascii_slug

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

DISTRICT_KINDS = {"Thành phố": "city", "Thị xã": "town", "Huyện": "district"}
COMMUNE_KINDS = {"xã": "commune", "phường": "ward", "thị trấn": "township"}
STANDARDS = ["VietGAP", "GlobalGAP", "HACCP", "ISO 22000", "ISO 9001", "FSSC 22000", "Hữu cơ (TCVN 11041)"]


def read_csv(name):
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    ProductGroup = apps.get_model("catalog", "ProductGroup")
    ProductSet = apps.get_model("catalog", "ProductSet")
    District = apps.get_model("catalog", "District")
    Commune = apps.get_model("catalog", "Commune")
    Standard = apps.get_model("catalog", "Standard")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("vi", "en")}
    rows = read_csv("ocop_categories.csv")

    group_keys, set_keys = {}, {}
    for order, row in enumerate(rows):
        group_key = group_keys.setdefault(row["group_code"], uuid.uuid4())
        set_key = set_keys.setdefault(row["set_code"], uuid.uuid4())
        for lang, locale in locales.items():
            group, _ = ProductGroup.objects.get_or_create(
                locale=locale,
                code=row["group_code"],
                defaults={
                    "translation_key": group_key,
                    "name": row[f"group_{lang}"],
                    "slug": ascii_slug(row["group_en"]),
                    "sort_order": int(row["group_code"]),
                },
            )
            ProductSet.objects.get_or_create(
                locale=locale,
                code=row["set_code"],
                defaults={
                    "translation_key": set_key,
                    "group": group,
                    "name": row[f"set_{lang}"],
                    "subgroup": row["subgroup_vi"] if lang == "vi" else "",
                    "slug": ascii_slug(row["set_code"] + " " + row["set_en"]),
                    "sort_order": order,
                },
            )

    for order, row in enumerate(read_csv("districts.csv")):
        district, _ = District.objects.get_or_create(
            slug=row["code"],
            defaults={"name": row["name_vi"], "kind": DISTRICT_KINDS[row["kind_vi"]], "sort_order": order},
        )
    districts = {d.slug: d for d in District.objects.all()}
    for order, row in enumerate(read_csv("communes.csv")):
        Commune.objects.get_or_create(
            district=districts[row["district"]],
            slug=ascii_slug(row["name_vi"]),
            defaults={"name": row["name_vi"], "kind": COMMUNE_KINDS[row["kind_vi"]], "sort_order": order},
        )

    for order, name in enumerate(STANDARDS):
        Standard.objects.get_or_create(slug=ascii_slug(name), defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
