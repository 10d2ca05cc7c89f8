"""Nothing a visitor types comes back unescaped, on any public address.

The URL resolver is walked, so an address added later is swept too. Each view is
asked once with a harmless probe; every query or form parameter it read is then sent
again holding the marker, as is every string segment of its path.
"""

import io
import re
from urllib.parse import quote

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.http import QueryDict
from django.test import TestCase, modify_settings
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Page

from catalog.models import ProductPage

# No "/" so that it fits a <str:…> path segment as well as a parameter.
MARKER = "\"'><script>alert(1)<img src=x onerror=alert(1)>"
UNESCAPED = ["<script>alert(1)", "<img src=x onerror=alert(1)>", "onerror=alert(1)>"]
SKIPPED_PREFIXES = ("admin/",)
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")

READ = set()


class RecordingQueryDict(QueryDict):
    """A QueryDict that notes which keys the view asked for."""

    def __getitem__(self, key):
        READ.add(key)
        return super().__getitem__(key)

    def getlist(self, key, default=None):
        READ.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        READ.add(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        READ.add(key)
        return super().get(key, default)


def record_parameters(get_response):
    def middleware(request):
        request.GET = RecordingQueryDict(request.GET.urlencode(), encoding=request.encoding)
        if request.method == "POST" and request.content_type == "application/x-www-form-urlencoded":
            request.POST = RecordingQueryDict(request.POST.urlencode(), encoding=request.encoding)
        return get_response(request)

    return middleware


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


@modify_settings(MIDDLEWARE={"append": f"{__name__}.record_parameters"})
class NothingReflectedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", "--small-images", stdout=io.StringIO())
        cls.product = ProductPage.objects.live().filter(locale__language_code="vi").first()

    def public_paths(self):
        """A path for every public URL pattern, string segments holding the marker."""
        paths = []
        for route in walk(get_resolver().url_patterns):
            if route.startswith(SKIPPED_PREFIXES):
                continue
            if route.endswith("^((?:[\\w\\-]+/)*)$"):  # Wagtail's page serving: every kind of page
                paths += self.page_urls()
            elif "^" in route:  # documents/^(\d+)/(.*)$
                paths.append("/documents/999999/" + quote(MARKER, safe=""))
            else:
                paths.append("/" + ROUTE_PARAMETER.sub(self.segment, route))
        return paths

    def segment(self, match):
        if (match["converter"] or "str") in ("str", "slug", "path"):
            return quote(MARKER, safe="")
        return str(self.product.pk)  # numbers: a real page, so the view goes past its lookup

    def page_urls(self):
        urls = []
        for content_type in ContentType.objects.filter(
            pk__in=Page.objects.live().values("content_type").distinct()
        ):
            for page in Page.objects.live().filter(content_type=content_type).order_by("locale_id")[:2]:
                if page.url:
                    urls.append(page.url)
        return urls

    def ask(self, method, path, data):
        if method == "POST":
            return self.client.post(path, data, follow=True)
        return self.client.get(path, data, follow=True)

    def assert_not_reflected(self, response, where):
        body = response.content.decode("utf-8", errors="replace")
        for fragment in UNESCAPED:
            self.assertNotIn(fragment, body, where)

    def sweep(self, path):
        for method in ("GET", "POST"):
            READ.clear()
            response = self.ask(method, path, {"probe": "1"})
            if response.status_code == 405:
                continue
            self.assert_not_reflected(response, (method, path))
            # A view may read more parameters once the first ones are there (bound forms).
            names = set()
            for _round in range(3):
                names |= READ - {"probe"}
                READ.clear()
                response = self.ask(method, path, dict.fromkeys(names, MARKER) | {"probe": "1"})
                self.assertLess(response.status_code, 500, (method, path, sorted(names)))
                self.assert_not_reflected(response, (method, path, sorted(names)))
                if READ <= names | {"probe"}:
                    break

    def test_the_marker_is_never_reflected_unescaped(self):
        paths = self.public_paths()
        self.assertGreater(len(paths), 25)
        for path in paths:
            with self.subTest(path=path):
                self.sweep(path)

    def test_the_sweep_reaches_the_views_parameters(self):
        """Guard on the sweep itself: the catalog export's filters are discovered and refused."""
        READ.clear()
        self.client.get("/vi/nguoi-mua/danh-muc.csv", {"probe": "1"})
        self.assertIn("district", READ)
        response = self.client.get("/vi/nguoi-mua/danh-muc.csv", {"district": MARKER})
        self.assertEqual(response.status_code, 400)
        self.assertIn("&lt;script&gt;alert(1)", response.content.decode())
