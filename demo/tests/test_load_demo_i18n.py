"""`manage.py load_demo` translates the demo into English through wagtail-localize, and adds
events, sales points and news tags."""

import io
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from catalog.models import ProductPage, ProductSet
from demo import english
from events import listings
from events.models import EventPage
from home.models import HomePage
from news.models import NewsArticlePage
from salespoints.models import SalesPoint


def load_demo(test_case):
    out = io.StringIO()
    # wagtail-localize publishes translations when the transaction commits.
    with test_case.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", "--small-images", stdout=out)
    return out.getvalue()


def demo_pages(language):
    return Page.objects.filter(depth__gte=2, locale__language_code=language)


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "sales points": SalesPoint.objects.count(),
    }


class DemoTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo(cls)
        cls.en = Locale.objects.get(language_code="en")
        cls.honey = ProductPage.objects.get(slug="mat-ong-hoa-ban", locale__language_code="vi")
        cls.english_honey = cls.honey.get_translation(cls.en)

    def test_every_live_vietnamese_demo_page_has_a_live_english_translation(self):
        vietnamese = demo_pages("vi").live()
        self.assertGreater(vietnamese.count(), 70)
        missing = [page.title for page in vietnamese if not page.get_translation_or_none(self.en)]
        self.assertEqual(missing, [])
        self.assertEqual(demo_pages("en").live().count(), vietnamese.count())

    def test_each_english_page_is_a_wagtail_localize_translation_editors_can_sync(self):
        for page in demo_pages("vi"):
            translation = Translation.objects.get(
                source__object_id=page.translation_key, source__locale=page.locale, target_locale=self.en
            )
            self.assertTrue(translation.enabled)
            total, translated = translation.get_progress()
            self.assertEqual(total, translated, f"untranslated strings on {page.title}")

    def test_the_admin_opens_english_pages_in_the_translation_editor(self):
        admin = get_user_model().objects.create_superuser("editor", "editor@example.vn", "unused-password")
        self.client.force_login(admin)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.english_honey.pk]))
        self.assertContains(response, "js-translation-editor")

    def test_the_summary_reports_no_untranslated_string(self):
        english_pages = Page.objects.filter(locale__language_code="en", depth__gte=2).count()
        self.assertIn(f"Bản dịch tiếng Anh: {english_pages} tạo mới", self.output)
        self.assertNotIn("chưa có bản dịch", self.output)

    def test_english_product_has_an_english_title_description_and_slug(self):
        self.assertEqual(self.english_honey.title, "Ban flower honey")
        self.assertEqual(self.english_honey.slug, "ban-flower-honey")
        self.assertTrue(self.english_honey.short_description.startswith("Pure honey"))
        self.assertIn("<li>QR traceability label</li>", self.english_honey.description)
        self.assertEqual(self.english_honey.certificate_number, self.honey.certificate_number)

    def test_english_product_category_is_the_english_product_set(self):
        category = self.english_honey.category
        self.assertEqual(category.locale, self.en)
        self.assertEqual(category.translation_key, self.honey.category.translation_key)
        self.assertEqual(category, ProductSet.objects.get(code=self.honey.category.code, locale=self.en))

    def test_producer_keeps_its_vietnamese_legal_name_in_english(self):
        producer = self.honey.producer.get_translation(self.en)
        self.assertEqual(producer.title, "Điện Biên Honey Bee Cooperative (HTX Ong mật Điện Biên)")

    def test_english_product_links_to_the_english_producer_which_lists_it(self):
        english_producer = self.honey.producer.get_translation(self.en)
        self.assertEqual(self.english_honey.producer_id, english_producer.pk)
        self.assertContains(self.client.get(english_producer.url), self.english_honey.url)

    def test_english_pages_are_served_and_the_switcher_goes_both_ways(self):
        english_html = self.client.get(self.english_honey.url).content.decode()
        self.assertIn("<h1>Ban flower honey</h1>", english_html.replace("\n", ""))
        self.assertIn(f'href="{self.honey.url}" hreflang="vi"', english_html)
        vietnamese_html = self.client.get(self.honey.url).content.decode()
        self.assertIn(f'href="{self.english_honey.url}" hreflang="en"', vietnamese_html)

    def test_english_news_article_and_home_are_served(self):
        article = NewsArticlePage.objects.get(slug="tem-qr-va-san-thuong-mai-dien-tu").get_translation(
            self.en
        )
        response = self.client.get(article.url)
        self.assertContains(response, "QR traceability labels and e-commerce platforms")
        home = HomePage.objects.get(locale=self.en)
        self.assertContains(self.client.get(home.url), "OCOP products of Điện Biên")

    def test_events_are_split_into_upcoming_and_past(self):
        events = EventPage.objects.live().filter(locale__language_code="vi")
        self.assertGreaterEqual(listings.upcoming(events).count(), 2)
        self.assertGreaterEqual(listings.past(events).count(), 2)
        for event in events:
            self.assertTrue(event.participating_products.exists(), event.title)

    def test_sales_points_sell_several_live_demo_products(self):
        points = SalesPoint.objects.all()
        self.assertGreaterEqual(points.count(), 4)
        for point in points:
            products = point.products.all()
            self.assertGreaterEqual(products.count(), 3, point.name)
            self.assertTrue(all(p.live and p.locale.language_code == "vi" for p in products))
            self.assertTrue(point.phone.startswith("0215 3"))

    def test_news_articles_are_tagged(self):
        article = NewsArticlePage.objects.get(slug="tem-qr-va-san-thuong-mai-dien-tu")
        self.assertEqual(
            sorted(tag.name for tag in article.tags.all()), ["Thương mại điện tử", "Truy xuất nguồn gốc"]
        )
        self.assertFalse(NewsArticlePage.objects.filter(locale__language_code="vi", tags=None).exists())

    def test_running_twice_changes_no_page_and_no_translation(self):
        before = counts()
        output = load_demo(self)
        self.assertEqual(counts(), before, output)
        self.assertIn("Bản dịch tiếng Anh: 0 tạo mới, 0 cập nhật", output)

    def test_a_changed_english_text_updates_the_existing_translation(self):
        changed = english.dictionary()
        changed["Mật ong hoa ban"] = "Ban blossom honey"
        with mock.patch.object(english, "dictionary", return_value=changed):
            load_demo(self)
        self.english_honey.refresh_from_db()
        self.assertEqual(self.english_honey.title, "Ban blossom honey")
        self.assertEqual(Translation.objects.filter(source__object_id=self.honey.translation_key).count(), 1)
