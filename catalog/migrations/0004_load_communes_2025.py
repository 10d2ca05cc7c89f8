"""Load the 45 current communes and the crosswalk of Resolution 1661/NQ-UBTVQH15, then
re-place what was placed before: the old district and commune become the former
address, the commune the crosswalk gives becomes the current one (an event's district
alone stays its area).

The former-commune rows of 0002 are corrected in place (keeping their ids and the
pages that point at them): names as the resolution writes them, "phường Thanh Minh"
(never a ward) as the xã, "Tà Lèng" (merged into Thanh Minh in 2020) folded into it.
Stored revisions are rewritten the same way, so drafts keep their places.
"""

import csv
from pathlib import Path

from django.db import migrations

from home.text import ascii_slug

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
KINDS = {"xã": "commune", "phường": "ward", "thị trấn": "township"}
# (former district, slug in the 0002 list) → slug in the resolution's list
OLD_SLUG_FIXES = {("dien-bien-phu", "ta-leng"): "thanh-minh", ("dien-bien-dong", "noong-u"): "nong-u"}
PLACED = [("catalog", "productpage"), ("catalog", "producerpage"), ("salespoints", "salespoint"), ("events", "eventpage")]
# Events had a district alone, never an address: it stays their area (as new events are
# placed), since a former district without a commune would ask an editor to choose one.
READDRESSED = [placed for placed in PLACED if placed != ("events", "eventpage")]


def read_csv(name):
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load(apps, schema_editor):
    District = apps.get_model("catalog", "District")
    Commune = apps.get_model("catalog", "Commune")
    FormerCommune = apps.get_model("catalog", "FormerCommune")

    districts = {d.slug: d for d in District.objects.all()}
    communes = {}
    for order, row in enumerate(read_csv("communes_2025.csv")):
        communes[row["code"]], _ = Commune.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "kind": KINDS[row["kind"]],
                "code": row["code"],
                "district": districts[row["area"]],
                "sort_order": order,
            },
        )

    old = {}
    for former in FormerCommune.objects.select_related("district"):
        key = (former.district.slug, OLD_SLUG_FIXES.get((former.district.slug, former.slug), former.slug))
        old.setdefault(key, []).append(former)

    for order, row in enumerate(read_csv("former_communes.csv")):
        key = (row["former_district"], ascii_slug(row["former_name"]))
        values = {
            "name": row["former_name"],
            "slug": key[1],
            "kind": KINDS[row["former_kind"]],
            "code": row["former_code"],
            "successor": communes[row["new_code"]],
            "source": row["source"][:500],
            "note": row["note"][:500],
            "sort_order": order,
        }
        rows = old.pop(key, [])
        if not rows:
            FormerCommune.objects.create(district=districts[key[0]], **values)
            continue
        kept, duplicates = rows[0], rows[1:]
        for duplicate in duplicates:
            repoint(apps, duplicate, kept)
            duplicate.delete()
        if kept.slug != values["slug"]:
            # Free the slug first when a folded-in row held it.
            FormerCommune.objects.filter(district=kept.district, slug=values["slug"]).exclude(pk=kept.pk).update(
                slug=f"old-{kept.pk}"
            )
        for field, value in values.items():
            setattr(kept, field, value)
        kept.save()
    if old:
        raise RuntimeError(f"Former communes missing from the crosswalk: {sorted(old)}")

    successors = {f.pk: f.successor for f in FormerCommune.objects.select_related("successor")}
    for app_label, model_name in READDRESSED:
        Model = apps.get_model(app_label, model_name)
        for obj in Model.objects.all():
            replace_place(obj, successors)
            obj.save(update_fields=["district", "commune", "former_district", "former_commune"])
        rewrite_revisions(apps, app_label, model_name, successors)


def repoint(apps, duplicate, kept):
    for app_label, model_name in PLACED:
        Model = apps.get_model(app_label, model_name)
        if any(f.name == "former_commune" for f in Model._meta.get_fields()):
            Model.objects.filter(former_commune=duplicate).update(former_commune=kept)


def replace_place(obj, successors):
    """The stored district/commune pair becomes the former address; the crosswalk gives the current commune."""
    obj.former_district_id = obj.district_id
    successor = successors.get(obj.former_commune_id)
    if successor is not None:
        obj.commune_id = successor.pk
        obj.district_id = successor.district_id


def rewrite_revisions(apps, app_label, model_name, successors):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type):
        content = dict(revision.content)
        if "former_district" in content:
            continue
        former_commune = content.pop("commune", None)
        content["former_commune"] = former_commune
        content["former_district"] = content.get("district")
        successor = successors.get(former_commune)
        content["commune"] = successor.pk if successor else None
        if successor is not None:
            content["district"] = successor.district_id
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0003_places_since_2025"),
        ("salespoints", "0002_places_since_2025"),
        ("events", "0002_places_since_2025"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
