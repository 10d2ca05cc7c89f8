"""Time catalog searches on either backend, over the catalog benchmark's seeded database.

    python bench/catalog_search_elastic.py --backend elasticsearch            # noida-db stand-in
    python bench/catalog_search_elastic.py --backend elasticsearch --elasticsearch-url http://127.0.0.1:9200
    python bench/catalog_search_elastic.py --backend database -n 3000
    python bench/catalog_search_elastic.py --backend both      # time both, and compare their answers

Seeding and the fixed query mix come from bench/catalog_search.py. Every
answer is checked to come from the backend asked for, so a silent fallback to
the database cannot pass for an Elasticsearch number. With `--backend both`
the two backends must also agree on every query's total, facet counts and,
for explicit sorts, hits: the contract tests' check, at benchmark scale. Timings on noida-db say
nothing about a real cluster's speed: quote them only as "noida-db".
"""

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import catalog_search  # noqa: E402 (the benchmark's seeding and query mix)
from elastic import elasticsearch_backend  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["database", "elasticsearch", "both"], default="elasticsearch")
    parser.add_argument(
        "--elasticsearch-url",
        default=os.environ.get("ELASTICSEARCH_URL", ""),
        help="a real cluster; without one, noida-db is started for the run",
    )
    parser.add_argument("-n", "--products", type=int, default=int(os.environ.get("BENCH_PRODUCTS", 15000)))
    parser.add_argument(
        "--db", default=os.environ.get("BENCH_DB", str(ROOT / "bench" / "results" / "bench.sqlite3"))
    )
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 5)))
    parser.add_argument(
        "--timeout",
        type=float,
        default=30,
        help="read timeout in seconds (the site uses ELASTICSEARCH_TIMEOUT, 2 s; noida-db needs more)",
    )
    return parser.parse_args()


def answers():
    """(label, total, facet counts, hit ids or None for relevance) of every query in the mix."""
    from search.service import search_catalog
    from search.types import SORT_RELEVANCE, CatalogQuery

    rows = []
    for label, params in catalog_search.QUERY_MIX:
        query = CatalogQuery(**params)
        result = search_catalog(query)
        facets = {(f.name, v.key): v.count for f in result.facets for v in f.values}
        ids = None if query.sort == SORT_RELEVANCE else [page.pk for page in result.hits]
        rows.append((label, result.backend, result.total, facets, ids))
    return rows


def compare(database_rows, elastic_rows):
    differences = 0
    for (label, _b, total, facets, ids), (_l, _e, es_total, es_facets, es_ids) in zip(
        database_rows, elastic_rows, strict=True
    ):
        for what, ours, theirs in [
            ("total", total, es_total),
            ("facets", facets, es_facets),
            ("hits", ids, es_ids),
        ]:
            if ours != theirs:
                differences += 1
                print(f"DIFFERENT {what} for {label!r}")
    print(
        f"Backends agree on {len(database_rows)} queries"
        if not differences
        else f"{differences} difference(s)"
    )
    return differences


def run_checked(rounds, backend):
    """catalog_search's fixed query mix, refusing any answer from another backend (a fallback)."""
    from search.service import search_catalog
    from search.types import CatalogQuery

    def timed(params):
        start = time.perf_counter()
        result = search_catalog(CatalogQuery(**params))
        elapsed = (time.perf_counter() - start) * 1000
        if result.backend != backend:
            sys.exit(f"{params} was answered by the {result.backend} backend, not {backend} (see the log)")
        return result, elapsed

    timed({})  # warm caches and connections
    rows, every = [], []
    for label, params in catalog_search.QUERY_MIX:
        times = []
        for _ in range(rounds):
            result, elapsed = timed(params)
            times.append(elapsed)
        every.extend(times)
        rows.append((label, result.total, statistics.median(times), catalog_search.percentile(times, 0.95)))
    return rows, every


def main():
    args = parse_args()
    db_path = Path(args.db).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    catalog_search.setup_django(db_path)

    from django.core.management import call_command

    from catalog.models import ProductPage

    call_command("migrate", verbosity=0)
    existing = ProductPage.objects.count()
    if existing == 0:
        start = time.perf_counter()
        catalog_search.seed(args.products, random.Random(20240601))
        print(f"Seeded {args.products} products in {time.perf_counter() - start:.1f} s")
    elif existing != args.products:
        sys.exit(f"{db_path} holds {existing} products, not {args.products}: use another --db")

    backends = ["database", "elasticsearch"] if args.backend == "both" else [args.backend]
    database_rows = None
    for backend in backends:
        if backend == "database":
            server = f"SQLite file {db_path}"
            rows, every = run_checked(args.rounds, "database")
            database_rows = answers()
        else:
            from django.conf import settings

            settings.ELASTICSEARCH_TIMEOUT = args.timeout
            start = time.perf_counter()
            with elasticsearch_backend(args.elasticsearch_url) as (url, built):
                indexed = sum(count for _name, count in built.values())
                print(f"Indexed {indexed} products into {url} in {time.perf_counter() - start:.1f} s")
                server = "Elasticsearch at " + url if args.elasticsearch_url else "noida-db 0.2.3 (stand-in)"
                rows, every = run_checked(args.rounds, "elasticsearch")
                if database_rows is not None and compare(database_rows, answers()):
                    sys.exit(1)
        report(args, backend, server, rows, every)


def report(args, backend, server, rows, every):
    print(f"\nCatalog search, {backend} backend, {args.products} products, {args.rounds} rounds")
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {server}"
    )
    print(f"{'query':38} {'hits':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for label, total, p50, p95 in rows:
        print(f"{label:38} {total:6d} {p50:8.1f} {p95:8.1f}")
    print(f"{'ALL':38} {'':6} {statistics.median(every):8.1f} {catalog_search.percentile(every, 0.95):8.1f}")


if __name__ == "__main__":
    main()
