"""Malformed input on every public address answers with a page or a 4xx, never a 500.

One sweep over the demo site: each feature's own tests check its messages;
this guards the whole surface, including addresses added later to the list.
"""

import io

from django.core.management import call_command
from django.test import TestCase

from catalog.models import ProductPage

HUGE = "mật ong " * 2000
GARBAGE = ["abc", "-1", "99999999999999999999", "\x00", '"', "'", "*(", HUGE]


class BadInputSweepTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", "--small-images", stdout=io.StringIO())
        cls.product = ProductPage.objects.live().filter(locale__language_code="vi").first()

    def get(self, url, params):
        response = self.client.get(url, params)
        self.assertLess(response.status_code, 500, (url, params))
        return response

    def test_list_pages_survive_any_parameter_value(self):
        urls = [
            "/vi/san-pham/",
            "/en/ocop-products/",
            "/vi/nha-cung-cap/",
            "/vi/tin-tuc/",
            "/vi/su-kien/",
            "/vi/diem-ban/",
            "/vi/thong-ke/",
            "/vi/thong-ke.csv",
            "/vi/tim-kiem/",
            "/vi/xac-thuc/",
            "/vi/nguoi-mua/danh-muc.csv",
            "/vi/nguoi-mua/danh-sach/",
        ]
        params = [
            "q",
            "page",
            "stars",
            "group",
            "category",
            "district",
            "commune",
            "producer_type",
            "sort",
            "tag",
            "standard",
            "ma",
            "expired",
        ]
        for url in urls:
            for name in params:
                for value in GARBAGE:
                    self.get(url, {name: value})

    def test_unknown_codes_and_ids_are_not_found(self):
        for url in [
            "/vi/xac-thuc/ZZZZZZZZ/",
            "/xac-thuc/%3Cscript%3E/",
            "/vi/san-pham-in/999999/",
            "/vi/san-pham-in/99999999999999999999999/",
            "/vi/nguoi-mua/lien-he/99999999999999999999999/",
            "/vi/khong-co-trang-nay/",
        ]:
            response = self.client.get(url, follow=True)
            self.assertEqual(response.status_code, 404, url)

    def test_posts_with_garbage_keep_to_4xx(self):
        for url, data in [
            (
                f"/vi/nguoi-mua/lien-he/{self.product.pk}/",
                {"name": HUGE, "email": "not-an-email", "quantity": "-1"},
            ),
            ("/vi/nguoi-mua/lien-he/999999/", {"name": "A"}),
            ("/vi/nguoi-mua/danh-sach/them/", {"product": "abc"}),
            ("/vi/nguoi-mua/danh-sach/them/", {"product": "999999"}),
            ("/vi/nguoi-mua/danh-sach/bo/", {"product": "-1"}),
        ]:
            response = self.client.post(url, data)
            self.assertLess(response.status_code, 500, url)
            self.assertGreaterEqual(response.status_code, 200, url)

    def test_a_bad_catalog_filter_says_which_value_is_wrong(self):
        response = self.get("/vi/san-pham/", {"stars": "abc", "district": "muong-ang"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("abc", response.content.decode())
