"""Requests per second and p50/p99 latency of every public page type, served the production way.

    python bench/pages.py                        # demo and 15 000 products, cache off and on, 5 s a page
    python bench/pages.py --seconds 10 --datasets demo
    python bench/pages.py --keep /tmp/pages      # keep the databases, media and server logs there

Builds a throw-away demo site with `make setup` (its own database, media and static folders; the
checkout's db.sqlite3 is left alone), and a copy with the catalog grown to --products products by
bench/catalog_search.py's seeding. Each database is served by deploy/serve-production (production
settings, collected static files, gunicorn with --workers workers) on a free loopback port, once with
the page cache off (OCOP_PAGE_CACHE_SECONDS=0) and once on. Every page type is loaded by Debian's
`wrk` (installed through .ci/debian-deps when missing) with --connections connections for --seconds
seconds, after one warming fetch that must answer 200. `/healthz/`, a Django view that does nothing,
is measured by the same server in the same run: it is the limit each page's ratio is taken against.
Redis is used as the shared cache when CACHE_URL is set (`make bench-pages` runs under .ci/services),
otherwise production's database cache. Prints a Markdown table and whether issue 12's targets are met.
"""

import argparse
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRIVIAL = ("trivial view (/healthz/)", "/healthz/")
# (label, address or a rule to find one on the served site); the addresses are the demo's Vietnamese ones.
PAGES = [
    ("home", "/vi/"),
    ("catalog listing", "/vi/san-pham/"),
    ("catalog with facets", "/vi/san-pham/?stars=4&group=1&district=dien-bien"),
    ("catalog with a text query", "/vi/san-pham/?q=mat+ong"),
    ("product", ("/vi/san-pham/", r'class="card__title"><a href="(/vi/san-pham/[^"]+)"')),
    ("producer", ("/vi/chu-the/", r'<ul class="producer-list"><li><a href="(/vi/chu-the/[^"]+)"')),
    ("news index", "/vi/tin-tuc/"),
    ("article", ("/vi/tin-tuc/", r'href="(/vi/tin-tuc/[^/?#"]+/)"')),
    ("events", "/vi/su-kien/"),
    ("sales points", "/vi/diem-ban/"),
    ("suppliers", "/vi/nha-cung-cap/"),
    ("statistics", "/vi/thong-ke/"),
    ("site search", "/vi/tim-kiem/?q=mat+ong"),
]
# Issue 12: cached pages at least this share of the trivial view...
CACHED_TARGET = 0.3
# ...and uncached home, catalog and product at 3 x today's 0.5-1.2 % of it.
UNCACHED_PAGES = ("home", "catalog listing", "product")
UNCACHED_TARGET = (3 * 0.005, 3 * 0.012)
CACHE_SETTING = "OCOP_PAGE_CACHE_SECONDS"

# wrk's summary as one line the bench parses; latencies are in microseconds.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration=%d p50=%d p99=%d status_errors=%d socket_errors=%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 5)))
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--products", type=int, default=int(os.environ.get("BENCH_PRODUCTS", 15000)))
    parser.add_argument("--datasets", default="demo,large", help="demo, large or both (comma-separated)")
    parser.add_argument(
        "--cache-seconds", type=int, default=300, help=f"{CACHE_SETTING} when the cache is on"
    )
    parser.add_argument("--keep", help="build in this folder and keep it, instead of a temporary one")
    parser.add_argument("--seed-into", help=argparse.SUPPRESS)  # the seeding step, run in its own process
    return parser.parse_args()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, timeout=120):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (loopback only)
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


def run_logged(argv, log, env, what):
    with open(log, "a") as out:
        done = subprocess.run(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)  # noqa: S603
    if done.returncode:
        sys.exit(
            f"{what} failed ({done.returncode}); its output is in {log}:\n{Path(log).read_text()[-3000:]}"
        )


def site_env(scratch, database):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(scratch / "media"),
        "STATIC_ROOT": str(scratch / "static"),
        "ELASTICSEARCH_URL": "",
        "VENV": os.environ.get("VENV", sys.prefix),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def build_demo(scratch):
    database = scratch / "demo.sqlite3"
    env = site_env(scratch, database)
    run_logged(
        # The README's own setup, so the bench serves what a fresh clone serves.
        [
            "make",
            "--no-print-directory",
            "setup",
            f"VENV={env['VENV']}",
            f"ADMIN_CREDENTIALS={scratch}/admin",
        ],
        scratch / "build.log",
        env,
        "make setup",
    )
    return database


def build_large(scratch, demo, products):
    database = scratch / f"products-{products}.sqlite3"
    shutil.copyfile(demo, database)
    env = site_env(scratch, database)
    run_logged(
        [sys.executable, __file__, "--seed-into", str(database), "--products", str(products)],
        scratch / "build.log",
        env,
        "seeding",
    )
    # Site search reads Wagtail's index, which rows inserted in bulk never reach by themselves.
    run_logged(
        [sys.executable, "manage.py", "build_search_indexes", "--verbosity", "0"],
        scratch / "build.log",
        env,
        "build_search_indexes",
    )
    return database


def seed_into(database, products):
    """Grow the demo's catalog to `products` products, under its own catalog and producer index."""
    import random

    os.environ["DJANGO_SETTINGS_MODULE"] = "ocop_site.settings.dev"
    from bench import catalog_search

    catalog_search.setup_django(database)
    from catalog.models import ProductPage

    missing = products - ProductPage.objects.count()
    if missing > 0:
        catalog_search.seed(missing, random.Random(20240601))


class Server:
    """deploy/serve-production on a free loopback port, in its own process group."""

    def __init__(self, scratch, database, workers, cache_seconds, log):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = site_env(scratch, database)
        env.update(
            {
                "GUNICORN_WORKERS": str(workers),
                CACHE_SETTING: str(cache_seconds),
                "DJANGO_SECRET_KEY": "bench-pages-" + "x" * 50,
            }
        )
        self.log = log
        with open(log, "a") as out:
            self.process = subprocess.Popen(  # noqa: S603
                ["bash", "deploy/serve-production", "127.0.0.1", str(self.port)],  # noqa: S607
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_until_up(self, timeout=300):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"serve-production stopped ({self.process.returncode}); see {self.log}")
            try:
                if fetch(self.base + TRIVIAL[1], timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        sys.exit(f"serve-production did not answer within {timeout} s; see {self.log}")

    def wait_until_idle(self, workers):
        """Let the workers finish what wrk left queued, so it is not billed to the next page."""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            times = [None] * workers

            def probe(slot, times=times):
                start = time.perf_counter()
                try:
                    fetch(self.base + TRIVIAL[1], timeout=120)
                except OSError:
                    return
                times[slot] = time.perf_counter() - start

            threads = [threading.Thread(target=probe, args=(slot,)) for slot in range(workers)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            if all(t is not None and t < 0.05 for t in times):
                return

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def resolve_pages(base):
    """Each page type's address on this site: fixed ones, and the first link a listing gives."""
    resolved = []
    for label, where in PAGES:
        if isinstance(where, tuple):
            listing, pattern = where
            status, html = fetch(base + listing)
            found = re.findall(pattern, html) if status == 200 else []
            if not found:
                print(f"  {label}: no link on {listing} ({status}); not measured")
                continue
            where = found[0]
        resolved.append((label, where))
    return resolved


def load(url, seconds, connections, script):
    done = subprocess.run(  # noqa: S603
        [  # noqa: S607
            "wrk",
            "--threads",
            "1",
            "--connections",
            str(connections),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "60s",
            "--script",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("BENCH "))
    values = {key: int(value) for key, value in (pair.split("=") for pair in line.split()[1:])}
    return {
        "rps": values["requests"] / (values["duration"] / 1e6),
        "p50": values["p50"] / 1000,
        "p99": values["p99"] / 1000,
        "errors": values["status_errors"] + values["socket_errors"],
    }


def measure(server, pages, args, script):
    results = {}
    for label, path in [TRIVIAL, *pages]:
        status, _ = fetch(server.base + path)  # warms the worker and, when on, fills the page cache
        if status != 200:
            print(f"  {label}: {path} answered {status}; not measured")
            continue
        server.wait_until_idle(args.workers)
        results[label] = load(server.base + path, args.seconds, args.connections, script)
        row = results[label]
        print(
            f"  {label:28} {row['rps']:8.1f} req/s  p50 {row['p50']:8.1f} ms  p99 {row['p99']:8.1f} ms"
            + (f"  ({row['errors']} errors)" if row["errors"] else "")
        )
    server.wait_until_idle(args.workers)
    return results


def cache_is_read():
    """Whether this checkout reads the page-cache setting at all (outside this bench)."""
    for path in ROOT.rglob("*.py"):
        if "bench" in path.parts or ".venv" in path.parts or "node_modules" in path.parts:
            continue
        try:
            if CACHE_SETTING in path.read_text(encoding="utf-8"):
                return True
        except (OSError, UnicodeDecodeError):
            continue
    return False


def cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def wrk_version():
    done = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)  # noqa: S607
    return (done.stdout or done.stderr).split()[1] if (done.stdout or done.stderr) else "?"


def ratio(row, trivial):
    return row["rps"] / trivial["rps"] if row and trivial else None


def cell(row, trivial):
    if not row:
        return "— | — | — | —"
    share = ratio(row, trivial)
    return f"{row['rps']:.1f} | {row['p50']:.0f} | {row['p99']:.0f} | {100 * share:.1f} %"


def report(tables, args, cache_read):
    cache = "Redis (CACHE_URL)" if os.environ.get("CACHE_URL") else "production's database cache (SQLite)"
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(
        f"\nMachine: {cpu_model()}, {platform.machine()}, {os.cpu_count()} CPUs, {memory:.0f} GiB, "
        f"Python {platform.python_version()}; gunicorn {args.workers} sync workers, SQLite, shared cache: "
        f"{cache}; wrk {wrk_version()} on the same machine, 1 thread, {args.connections} connections, "
        f"{args.seconds} s a page. Latencies in ms; share = req/s ÷ the trivial view's req/s in the same run."
    )
    if not cache_read:
        print(
            f"Note: nothing in this checkout reads {CACHE_SETTING}: the page cache is not merged, so the "
            "'cache on' columns measure the same uncached pages."
        )
    verdicts = []
    for dataset, (off, on) in tables.items():
        print(f"\n**{dataset}**\n")
        print("| page | off req/s | p50 | p99 | share | on req/s | p50 | p99 | share |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for label, _ in [TRIVIAL, *PAGES]:
            if label in off or label in on:
                print(
                    f"| {label} | {cell(off.get(label), off.get(TRIVIAL[0]))} "
                    f"| {cell(on.get(label), on.get(TRIVIAL[0]))} |"
                )
        cached = [ratio(row, on.get(TRIVIAL[0])) for label, row in on.items() if label != TRIVIAL[0]]
        if cached:
            worst = min(cached)
            verdicts.append(
                f"{dataset}: cached pages ≥ {CACHED_TARGET} × trivial view: "
                f"{'met' if worst >= CACHED_TARGET else 'NOT met'} (lowest {worst:.3f})"
            )
        for label in UNCACHED_PAGES:
            share = ratio(off.get(label), off.get(TRIVIAL[0]))
            if share is None:
                continue
            low, high = UNCACHED_TARGET
            verdict = (
                "met" if share >= high else "met only against today's low end" if share >= low else "NOT met"
            )
            verdicts.append(
                f"{dataset}: uncached {label} ≥ 3 × today's 0.5–1.2 % ({100 * low:.1f}–{100 * high:.1f} %): "
                f"{verdict} ({100 * share:.1f} %)"
            )
    print("\nIssue 12 targets:")
    for line in verdicts:
        print(f"- {line}")


def main():
    args = parse_args()
    if args.seed_into:
        seed_into(args.seed_into, args.products)
        return
    # The load generator is a Debian package, installed the way the tests' packages are.
    subprocess.run(["bash", str(ROOT / ".ci" / "debian-deps"), "wrk=wrk"], check=False)  # noqa: S603,S607
    if not shutil.which("wrk"):
        sys.exit("wrk is missing and could not be installed (apt-get install wrk, as root)")
    datasets = [name.strip() for name in args.datasets.split(",") if name.strip()]
    if not set(datasets) <= {"demo", "large"}:
        sys.exit("--datasets takes demo, large or both")

    with tempfile.TemporaryDirectory(prefix="ocop-bench-pages-") as temporary:
        scratch = Path(args.keep or temporary).resolve()
        scratch.mkdir(parents=True, exist_ok=True)
        script = scratch / "report.lua"
        script.write_text(WRK_REPORT)
        started = time.monotonic()
        print("Building the demo site (make setup)…", flush=True)
        demo = build_demo(scratch)
        databases = {}
        if "demo" in datasets:
            databases["demo database"] = demo
        if "large" in datasets:
            print(f"Seeding {args.products} products…", flush=True)
            databases[f"{args.products} products"] = build_large(scratch, demo, args.products)

        tables = {}
        for dataset, database in databases.items():
            runs = []
            pages = None
            for cache_seconds in (0, args.cache_seconds):
                print(f"\n{dataset}, {CACHE_SETTING}={cache_seconds}", flush=True)
                server = Server(scratch, database, args.workers, cache_seconds, scratch / "server.log")
                try:
                    server.wait_until_up()
                    pages = pages or resolve_pages(server.base)
                    runs.append(measure(server, pages, args, script))
                finally:
                    server.stop()
            tables[dataset] = runs
        report(tables, args, cache_is_read())
        print(f"\nWhole bench: {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
