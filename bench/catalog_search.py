"""Seed N OCOP products into a separate SQLite file and time catalog and supplier searches.

    python bench/catalog_search.py                 # 15 000 products, bench/results/bench.sqlite3
    python bench/catalog_search.py -n 3000 --db /tmp/b.sqlite3 --rounds 10
    python bench/catalog_search.py --database-url postgres://user@host/ocop_bench   # an EMPTY database

Seeding builds the page tree cheaply (treebeard paths computed here, rows
inserted in batches, the search index rebuilt once) and is skipped when the
file already holds N products. The query mix is fixed, so numbers compare
across machines and changes. Prints p50/p95 per query and overall, for
`search_catalog` and then for `search_suppliers` (kept rows, and read again as
after an editor's save).
"""

import argparse
import datetime
import os
import platform
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# product-set code → typical Điện Biên products of that set
PRODUCT_KINDS = {
    "1.1.1": ["Măng tre", "Cam sành", "Chuối tây", "Dứa Mường Phăng"],
    "1.1.2": ["Thịt trâu tươi", "Trứng gà đồi", "Cá suối", "Lợn đen bản"],
    "1.2.1": ["Gạo Séng Cù", "Gạo tám thơm", "Gạo nếp nương", "Gạo nếp cẩm", "Hạt mắc ca"],
    "1.2.2": ["Mật ong hoa ban", "Mật ong rừng", "Mật ong bạc hà"],
    "1.3.2": ["Bánh chưng đen", "Bánh khẩu xén", "Cốm nếp", "Miến dong", "Phở khô"],
    "1.3.3": ["Mứt mận", "Măng khô", "Mắc ca rang"],
    "1.3.4": ["Thịt trâu gác bếp", "Lạp xưởng", "Thịt lợn hun khói"],
    "1.4.2": ["Chẩm chéo", "Mắc khén", "Tinh bột nghệ"],
    "1.5.1": ["Chè Shan Tuyết", "Chè búp", "Trà hoa vàng"],
    "1.6.1": ["Cà phê Arabica", "Cà phê rang xay"],
    "2.1.1": ["Rượu ngô men lá", "Rượu nếp cẩm"],
    "2.1.2": ["Rượu táo mèo", "Rượu mơ"],
    "2.2.2": ["Nước mắc ca", "Nước cam ép"],
    "3.1.1": ["Cao atiso", "Cao xương khớp", "Trà giảo cổ lam"],
    "3.1.3": ["Tinh dầu quế", "Tinh dầu sả"],
    "4.1.1": ["Giỏ mây tre đan", "Khăn piêu"],
    "4.1.2": ["Thổ cẩm Thái", "Váy Mông"],
    "5.1.1": ["Hoa ban cảnh", "Lan rừng"],
    "6.1.1": ["Du lịch bản Mển", "Homestay bản Him Lam"],
}
PRODUCER_WORDS = ["Hợp tác xã", "Công ty TNHH", "Tổ hợp tác", "Hộ kinh doanh"]
PRODUCER_TYPES = {
    "Hợp tác xã": "cooperative",
    "Công ty TNHH": "enterprise",
    "Tổ hợp tác": "cooperative_group",
    "Hộ kinh doanh": "household",
}
PRODUCER_NAMES = [
    "Nông sản",
    "Thảo Nguyên",
    "Tây Bắc",
    "Hoa Ban",
    "Mường Thanh",
    "Bản Xôm",
    "Sơn La",
    "Pú Nhung",
]

# (label, URL-like parameters) — the fixed mix.
QUERY_MIX = [
    ("default listing", {}),
    ("stars=4", {"stars": (4,)}),
    ("stars=4,5 + district", {"stars": (4, 5), "districts": ("muong-cha",)}),
    ("group=1 + category", {"groups": ("1",), "categories": ("1.2.1",)}),
    ("district + commune", {"districts": ("dien-bien",), "communes": ("thanh-yen",)}),
    ("q=gao", {"q": "gao"}),
    ("q=seng cu + stars=4", {"q": "seng cu", "stars": (4,)}),
    ("q=mat ong hoa ban", {"q": "mat ong hoa ban"}),
    ("q=dien bien, sort=name", {"q": "dien bien", "sort": "name"}),
    ("producer_type + sort=newest p3", {"producer_types": ("household",), "sort": "newest", "page": 3}),
    ("q=ruou + group=2 + stars=3", {"q": "rượu", "groups": ("2",), "stars": (3,)}),
    ("sort=name page 20", {"sort": "name", "page": 20}),
]

# The supplier directory's mix (search.suppliers), over the same seeded producers.
SUPPLIER_MIX = [
    ("all suppliers", {}),
    ("stars=5", {"stars": (5,)}),
    ("group=1 + district", {"groups": ("1",), "districts": ("muong-cha",)}),
    ("q=mat ong + stars=4", {"q": "mat ong", "stars": (4,)}),
    ("producer_type + sort=stars p2", {"producer_types": ("cooperative",), "sort": "stars", "page": 2}),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--products", type=int, default=int(os.environ.get("BENCH_PRODUCTS", 15000)))
    parser.add_argument(
        "--db", default=os.environ.get("BENCH_DB", str(ROOT / "bench" / "results" / "bench.sqlite3"))
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", ""),
        help="use this (empty, dedicated) database instead of the SQLite file, e.g. PostgreSQL",
    )
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 5)))
    parser.add_argument("--reseed", action="store_true", help="delete the file and seed again")
    return parser.parse_args()


def setup_django(db_path, database_url=""):
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{db_path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ocop_site.settings.test")
    os.environ.setdefault("ELASTICSEARCH_URL", "")
    import django

    django.setup()


def _page_fields(model, parent, index, title, slug, content_type, locale, now):
    path = model._get_path(parent.path, parent.depth + 1, index)
    return model(
        path=path,
        depth=parent.depth + 1,
        numchild=0,
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        live=True,
        has_unpublished_changes=False,
        url_path=f"{parent.url_path}{slug}/",
        first_published_at=now,
        last_published_at=now,
        locale=locale,
        translation_key=uuid.uuid4(),
    )


def _insert_children(model, parent, rows, batch=400):
    """Insert pages of `model` (multi-table) under `parent`; rows are (title, slug, local_fields)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    start = parent.numchild
    local_fields = list(model._meta.local_concrete_fields)
    created = []
    with transaction.atomic():
        for offset in range(0, len(rows), batch):
            chunk = rows[offset : offset + batch]
            bases = [
                _page_fields(
                    Page, parent, start + offset + i + 1, title, slug, content_type, parent.locale, now
                )
                for i, (title, slug, _) in enumerate(chunk)
            ]
            bases = Page.objects.bulk_create(bases)
            children = []
            for base, (_, _, fields) in zip(bases, chunk, strict=True):
                child = model(page_ptr_id=base.pk, **fields)
                child.pk = base.pk
                children.append(child)
            model._base_manager._insert(children, fields=local_fields, using="default")
            created.extend(base.pk for base in bases)
        Page.objects.filter(pk=parent.pk).update(numchild=start + len(rows))
    parent.refresh_from_db()
    return created


def seed(count, rng):
    from catalog import certification
    from catalog.factories import build_catalog
    from catalog.models import Commune, District, ProducerPage, ProductPage, ProductSet
    from search import indexing

    catalog, producers_index = build_catalog()
    districts = list(District.objects.all())
    communes = {}
    for commune in Commune.objects.all():
        communes.setdefault(commune.district_id, []).append(commune)
    sets = {s.code: s for s in ProductSet.objects.filter(locale__language_code="vi", code__in=PRODUCT_KINDS)}

    producer_count = max(1, count // 4)
    producer_rows, producer_meta = [], []
    for index in range(producer_count):
        word = rng.choice(PRODUCER_WORDS)
        district = rng.choice(districts)
        commune = rng.choice(communes.get(district.pk, [None]))
        title = (
            f"{word} {rng.choice(PRODUCER_NAMES)} {commune.name if commune else district.name} {index + 1}"
        )
        fields = {
            "producer_type": PRODUCER_TYPES[word],
            "summary": f"{word} sản xuất đặc sản vùng cao tại {district.full_name}.",
            "district_id": district.pk,
            "commune_id": commune.pk if commune else None,
            "phone": "0215 3800 000",
        }
        producer_rows.append((title, f"chu-the-bench-{index + 1}", fields))
        producer_meta.append((district, commune))
    producer_ids = _insert_children(ProducerPage, producers_index, producer_rows)

    today = certification.today()
    product_rows = []
    codes = list(PRODUCT_KINDS)
    for index in range(count):
        code = rng.choice(codes)
        kind = rng.choice(PRODUCT_KINDS[code])
        producer_index = rng.randrange(producer_count)
        district, commune = producer_meta[producer_index]
        stars = rng.choices([3, 4, 5], weights=[70, 27, 3])[0]
        low, high = certification.STAR_SCORE_BANDS[stars]
        certified_on = today - datetime.timedelta(days=rng.randrange(0, 5 * 365))
        place = commune.name if commune else district.name
        title = f"{kind} {place}"
        fields = {
            "short_description": f"{kind} của đồng bào vùng cao {district.name}, đạt OCOP {stars} sao.",
            "description": f"<p>{kind} được sản xuất tại {place}, {district.full_name}, tỉnh Điện Biên.</p>",
            "category_id": sets[code].pk,
            "producer_id": producer_ids[producer_index],
            "district_id": district.pk,
            "commune_id": commune.pk if commune else None,
            "stars": stars,
            "score": rng.randint(low, high),
            "certificate_number": f"DEMO-{certified_on.year}-{index + 1:05d}",
            "certified_on": certified_on,
            "certifying_level": "province",
            "valid_until": certification.default_valid_until(certified_on),
            "story": [],
        }
        product_rows.append((title, f"san-pham-bench-{index + 1}", fields))
    _insert_children(ProductPage, catalog, product_rows)
    return indexing.rebuild()


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run(rounds):
    from search.service import search_catalog
    from search.types import CatalogQuery

    rows, every = [], []
    search_catalog(CatalogQuery())  # warm caches and connections
    for label, params in QUERY_MIX:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            result = search_catalog(CatalogQuery(**params))
            times.append((time.perf_counter() - start) * 1000)
        every.extend(times)
        rows.append((label, result.total, statistics.median(times), percentile(times, 0.95)))
    return rows, every


def run_suppliers(rounds):
    """Like `run`, for `search_suppliers`; each query also timed as the first search after an edit."""
    from home import content_generation
    from search.suppliers import SupplierQuery, search_suppliers

    rows, every = [], []
    search_suppliers(SupplierQuery())
    for label, params in SUPPLIER_MIX:
        for after_edit in (False, True):
            times = []
            for _ in range(rounds):
                if after_edit:
                    content_generation.advance()  # as an editor's save does: the kept rows are read again
                start = time.perf_counter()
                result = search_suppliers(SupplierQuery(**params))
                times.append((time.perf_counter() - start) * 1000)
            if not after_edit:
                every.extend(times)
            name = f"{label}, after an edit" if after_edit else label
            rows.append((name, result.total, statistics.median(times), percentile(times, 0.95)))
    return rows, every


def print_table(rows, every):
    print(f"{'query':46} {'hits':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for label, total, p50, p95 in rows:
        print(f"{label:46} {total:6d} {p50:8.1f} {p95:8.1f}")
    print(f"{'ALL':46} {'':6} {statistics.median(every):8.1f} {percentile(every, 0.95):8.1f}")


def main():
    args = parse_args()
    db_path = Path(args.db).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if args.reseed and db_path.exists() and not args.database_url:
        db_path.unlink()
    setup_django(db_path, args.database_url)

    from django.core.management import call_command
    from django.db import connection

    from catalog.models import ProducerPage, ProductPage

    call_command("migrate", verbosity=0)
    existing = ProductPage.objects.count()
    if existing != args.products:
        if existing:
            sys.exit(
                f"{db_path} holds {existing} products, not {args.products}: use --reseed or another --db"
            )
        start = time.perf_counter()
        indexed = seed(args.products, random.Random(20240601))
        print(f"Seeded {args.products} products ({indexed} indexed) in {time.perf_counter() - start:.1f} s")
        # Planner statistics, as autovacuum (PostgreSQL) or `ANALYZE` after a rebuild would leave them.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")

    rows, every = run(args.rounds)
    print(f"\nCatalog search, embedded database backend, {args.products} products, {args.rounds} rounds")
    print(
        f"Machine: {cpu_model()}, {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{connection.vendor} {connection.Database.sqlite_version if connection.vendor == 'sqlite' else connection.pg_version}"
    )
    print_table(rows, every)

    rows, every = run_suppliers(args.rounds)
    producers = ProducerPage.objects.live().count()
    print(
        f"\nSupplier directory (search_suppliers), {producers} producers, {args.rounds} rounds; ALL leaves out"
    )
    print("the first search after an edit, which reads every producer's rows again")
    print_table(rows, every)


if __name__ == "__main__":
    main()
