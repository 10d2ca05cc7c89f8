"""Send hostile requests to a served copy of the site and count the answers by status.

    python bench/fuzz.py                  # 20 000 cases against runserver on a free loopback port
    python bench/fuzz.py --cases 500 --seed 7

Starts `manage.py runserver` on 127.0.0.1 itself (the database it uses is the one `make setup`
built) and stops it at the end. Every public route (home.public_routes) gets hostile path segments
and query parameters; the inquiry, shortlist, verification and search forms get hostile posts and
queries. Bounded in count and in time; exits 1 if any answer was a 5xx.
"""

import argparse
import collections
import http.client
import os
import random
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PIECES = [
    "",
    "-1",
    "0",
    "99999999999999999999",
    "\x00",
    '"',
    "'",
    "*(",
    "<script>",
    "%",
    "../..",
    "mật ong",
    "\u202e",
]


def hostile(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice(PIECES)
    if kind == 1:
        return str(rng.randint(-(2**70), 2**70))
    if kind == 2:
        return "".join(
            chr(rng.choice([rng.randrange(32), rng.randrange(32, 0x2FF), rng.randrange(0x300, 0xD7FF)]))
            for _ in range(rng.randrange(40))
        )
    return rng.choice(PIECES + ["a"]) * rng.randrange(1, 3000)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(port, deadline):
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("runserver did not start")


def cases(rng, routes, product_id):
    from home.public_routes import PARAMETERS, fill

    while True:
        kind = rng.randrange(10)
        if kind < 6:
            route = rng.choice(routes)
            segments = [urllib.parse.quote(hostile(rng).replace("/", ""), safe="") or "x" for _ in range(3)]
            query = {rng.choice(PARAMETERS): hostile(rng) for _ in range(rng.randrange(4))}
            yield "GET", fill(route, segments) + "?" + urllib.parse.urlencode(query), None
        elif kind == 6:
            fields = ["name", "company", "email", "phone", "quantity", "message", "website"]
            yield (
                "POST",
                f"/vi/nguoi-mua/lien-he/{product_id}/",
                {f: hostile(rng) for f in rng.sample(fields, 3)},
            )
        elif kind == 7:
            action = rng.choice(["them", "bo"])
            yield (
                "POST",
                f"/vi/nguoi-mua/danh-sach/{action}/",
                {"product": hostile(rng), "next": hostile(rng)},
            )
        elif kind == 8:
            yield "GET", "/vi/xac-thuc/?" + urllib.parse.urlencode({"ma": hostile(rng)}), None
        else:
            yield (
                "GET",
                "/vi/tim-kiem/?" + urllib.parse.urlencode({"q": hostile(rng), "page": hostile(rng)}),
                None,
            )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-seconds", type=float, default=1800)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ocop_site.settings.dev")
    import django

    django.setup()
    from catalog.models import ProductPage
    from home.public_routes import public_routes

    product = ProductPage.objects.live().first()
    routes = public_routes()
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - our own arguments, no shell
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    counts = collections.Counter()
    failures = []
    started = time.monotonic()
    try:
        wait_until_serving(port, started + 60)
        rng = random.Random(args.seed)
        for sent, (method, path, form) in enumerate(cases(rng, routes, product.pk if product else 1)):
            if sent >= args.cases or time.monotonic() - started > args.max_seconds:
                break
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            body = urllib.parse.urlencode(form) if form else None
            headers = {"Content-Type": "application/x-www-form-urlencoded"} if form else {}
            try:
                connection.request(method, path, body=body, headers=headers)
                status = connection.getresponse().status
            except (OSError, http.client.HTTPException) as error:
                status = f"error: {type(error).__name__}"
            finally:
                connection.close()
            counts[status] += 1
            if isinstance(status, str) or status >= 500:
                failures.append((status, method, path[:200], form))
    finally:
        server.terminate()
        server.wait(timeout=10)

    total = sum(counts.values())
    print(f"{total} cases in {time.monotonic() - started:.0f} s against 127.0.0.1:{port} (seed {args.seed})")
    for status, count in sorted(counts.items(), key=lambda item: str(item[0])):
        print(f"  {status}: {count}")
    for failure in failures[:20]:
        print("  5xx:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
