"""Load the OCOP criteria sets (catalog/data/criteria_sets.csv) and name, on every product,
the one in force on its certificate's date (catalog/criteria.py decides which).

The CSV's `notes` (how sure the dates are) go after `amended_by` in the one notes field
editors see.
"""

import csv
import datetime
from pathlib import Path

from django.db import migrations

from catalog.criteria import in_force_on

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "criteria_sets.csv"


def load(apps, schema_editor):
    CriteriaSet = apps.get_model("catalog", "CriteriaSet")
    ProductPage = apps.get_model("catalog", "ProductPage")
    with open(DATA_FILE, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            CriteriaSet.objects.get_or_create(
                effective_from=datetime.date.fromisoformat(row["effective_from"]),
                defaults={
                    "decision_number": row["decision_number"],
                    "title": row["title"],
                    "decided_on": datetime.date.fromisoformat(row["decided_on"]),
                    "amended_by": "\n\n".join(text for text in (row["amended_by"], row["notes"]) if text),
                    "source_url": row["source_url"],
                },
            )
    for product in ProductPage.objects.filter(criteria_set__isnull=True).exclude(certified_on=None):
        criteria_set = in_force_on(product.certified_on, CriteriaSet.objects)
        if criteria_set is not None:
            ProductPage.objects.filter(pk=product.pk).update(criteria_set=criteria_set)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0006_criteria_set")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
