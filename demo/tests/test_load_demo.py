"""`manage.py load_demo` builds a complete, valid, idempotent demo of the Điện Biên site."""

import datetime
import io
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from catalog import certification
from catalog.models import (
    CatalogIndexPage,
    CommuneFolderPage,
    CriteriaSet,
    District,
    ProducerIndexPage,
    ProducerPage,
    ProducerType,
    ProductGalleryImage,
    ProductPage,
)
from demo import content, images, loader
from home.models import HomePage
from news.models import NewsArticlePage, NewsIndexPage


def load_demo():
    out = io.StringIO()
    call_command("load_demo", "--small-images", stdout=out)
    return out.getvalue()


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "gallery images": ProductGalleryImage.objects.count(),
        "sites": Site.objects.count(),
    }


class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # One day for the whole class: certificate dates follow the day the demo is loaded on, and
        # a run that crosses midnight in Vietnam (17:00 UTC) would otherwise see a second load move them.
        day = mock.patch("catalog.certification.today", return_value=certification.today())
        day.start()
        cls.addClassCleanup(day.stop)
        cls.output = load_demo()

    def test_prints_a_summary_that_says_it_is_demo_data(self):
        self.assertIn("Dữ liệu minh họa", self.output)

    def test_builds_at_least_15_producers_of_all_four_types(self):
        producers = ProducerPage.objects.live()
        self.assertGreaterEqual(producers.count(), 15)
        self.assertEqual(set(producers.values_list("producer_type", flat=True)), set(ProducerType.values))

    def test_builds_at_least_30_products_over_six_groups_and_three_star_ratings(self):
        products = ProductPage.objects.live()
        self.assertGreaterEqual(products.count(), 30)
        self.assertEqual(
            set(products.values_list("category__group__code", flat=True)), {"1", "2", "3", "4", "5", "6"}
        )
        self.assertEqual(set(products.values_list("stars", flat=True)), {3, 4, 5})

    def test_vietnamese_products_use_vietnamese_product_sets(self):
        languages = set(
            ProductPage.objects.filter(locale__language_code="vi").values_list(
                "category__locale__language_code", flat=True
            )
        )
        self.assertEqual(languages, {"vi"})

    def test_products_name_all_ten_former_districts_and_sit_in_their_successor_communes(self):
        products = ProductPage.objects.select_related("commune", "former_commune")
        self.assertEqual(
            set(products.values_list("former_district__slug", flat=True)),
            set(District.objects.values_list("slug", flat=True)),
        )
        for product in products:
            self.assertEqual(product.former_commune.successor_id, product.commune_id, product.title)
            self.assertEqual(product.commune.district_id, product.district_id, product.title)
            self.assertEqual(product.get_parent().specific.commune_id, product.commune_id, product.title)

    def test_certificates_are_marked_demo_and_scored_inside_their_star_band(self):
        for product in ProductPage.objects.all():
            self.assertRegex(product.certificate_number, r"^DEMO-\d{4}-\d{3}$")
            low, high = certification.score_band(product.stars)
            self.assertTrue(low <= product.score <= high, product.title)

    def test_demo_shows_valid_expiring_and_expired_certificates(self):
        statuses = [p.certification_status for p in ProductPage.objects.filter(locale__language_code="vi")]
        self.assertGreater(statuses.count(certification.Status.VALID), 20)
        self.assertGreaterEqual(statuses.count(certification.Status.EXPIRING), 2)
        self.assertIn(statuses.count(certification.Status.EXPIRED), (1, 2))

    def test_five_star_products_are_certified_nationally(self):
        levels = set(ProductPage.objects.filter(stars=5).values_list("certifying_level", flat=True))
        self.assertEqual(levels, {certification.CertifyingLevel.NATIONAL})

    def test_every_product_passes_full_clean(self):
        for product in ProductPage.objects.all():
            product.full_clean()

    def test_every_product_names_the_criteria_set_in_force_on_its_date(self):
        from catalog import criteria

        for product in ProductPage.objects.all():
            self.assertIsNotNone(product.criteria_set_id, product.title)
            self.assertEqual(
                product.criteria_set,
                criteria.in_force_on(product.certified_on, CriteriaSet.objects),
                product.title,
            )

    def test_every_producer_passes_full_clean_and_says_it_is_demo_data(self):
        for producer in ProducerPage.objects.filter(locale__language_code="vi"):
            producer.full_clean()
            self.assertIn("Dữ liệu minh họa", producer.summary)
            self.assertTrue(producer.email.endswith("@example.vn"))
            self.assertIsNotNone(producer.logo)

    def test_every_product_has_one_to_three_images_with_alt_text(self):
        for product in ProductPage.objects.prefetch_related("gallery_images"):
            items = list(product.gallery_images.all())
            self.assertTrue(1 <= len(items) <= 3, product.title)
            self.assertTrue(all(item.alt_text and item.caption for item in items), product.title)

    def test_index_pages_sit_under_the_vietnamese_home_page_in_menus(self):
        home = HomePage.objects.get(locale__language_code="vi")
        for model, slug in (
            (CatalogIndexPage, "san-pham"),
            (ProducerIndexPage, "chu-the"),
            (NewsIndexPage, "tin-tuc"),
        ):
            index = model.objects.child_of(home).get()
            self.assertEqual(index.slug, slug)
            self.assertTrue(index.show_in_menus)
            self.assertTrue(index.live)

    def test_home_page_has_a_hero_that_says_demo_and_six_to_eight_featured_products(self):
        home = HomePage.objects.get(locale__language_code="vi")
        self.assertIn("Dữ liệu minh họa", home.hero_text)
        self.assertIsNotNone(home.hero_image)
        self.assertTrue(6 <= home.featured_products.count() <= 8)
        self.assertFalse(home.has_unpublished_changes)

    def test_five_news_articles_with_lead_and_body(self):
        articles = NewsArticlePage.objects.live()
        self.assertEqual(articles.count(), 5)
        for article in articles:
            self.assertTrue(article.lead and article.author and len(article.body) >= 3, article.title)

    def test_default_site_answers_at_the_public_url(self):
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("testserver", 80))  # test settings' OCOP_PUBLIC_URL
        self.assertEqual(site.root_page.specific_class, HomePage)

    def test_site_follows_the_address_make_run_serves(self):
        with override_settings(OCOP_PUBLIC_URL="http://127.0.0.1:18080"):
            load_demo()
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("127.0.0.1", 18080))
        self.assertEqual(Site.objects.count(), 1)

    def test_canonical_hreflang_and_sitemap_use_the_configured_address(self):
        with override_settings(OCOP_PUBLIC_URL="http://127.0.0.1:18080"):
            load_demo()
        product = ProductPage.objects.live().filter(locale__language_code="vi").first()
        body = self.client.get(product.url).content.decode()
        sitemap = self.client.get("/sitemap-vi.xml").content.decode()
        # assertTrue, not assertIn: a failure would print the whole page.
        self.assertTrue(f'<link rel="canonical" href="http://127.0.0.1:18080{product.url}">' in body)
        self.assertTrue(f'hreflang="vi" href="http://127.0.0.1:18080{product.url}"' in body)
        self.assertTrue(f"<loc>http://127.0.0.1:18080{product.url}</loc>" in sitemap)
        self.assertFalse(":8000" in body + sitemap)

    def test_an_address_an_editor_gave_the_site_is_kept(self):
        site = Site.objects.get(is_default_site=True)
        site.hostname, site.port = "ocop.dienbien.gov.vn", 443
        site.save()
        with override_settings(OCOP_PUBLIC_URL="http://127.0.0.1:18080"):
            output = load_demo()
        site.refresh_from_db()
        self.assertEqual((site.hostname, site.port), ("ocop.dienbien.gov.vn", 443))
        self.assertIn("OCOP_PUBLIC_URL=http://127.0.0.1:18080 không được áp dụng", output)

    def test_running_twice_creates_and_changes_nothing(self):
        before = counts()
        output = load_demo()
        self.assertEqual(counts(), before)
        self.assertIn("0 tạo mới, 0 cập nhật", output)

    def test_running_on_a_later_day_moves_certificate_dates_without_duplicating(self):
        before = counts()
        later = certification.today() + datetime.timedelta(days=30)
        summary = loader.load_demo(image_size=images.SMALL_SIZE, today=later)
        self.assertGreater(summary.pages["updated"], 0)
        self.assertEqual(counts()["pages"], before["pages"])
        self.assertEqual(counts()["images"], before["images"])
        spec = content.PRODUCTS[0]
        product = ProductPage.objects.get(slug=spec["slug"])
        self.assertEqual(product.certified_on, loader.certified_on(spec["cert"], later))
        self.assertFalse(product.has_unpublished_changes)

    def test_every_demo_page_renders(self):
        pages = Page.objects.live().filter(depth__gte=2).specific()
        self.assertGreater(len(pages), 60)
        for page in pages:
            response = self.client.get(page.url)
            # A commune folder is no page of its own: it sends visitors to the filtered catalog.
            expected = 302 if isinstance(page, CommuneFolderPage) else 200
            self.assertEqual(response.status_code, expected, page.url)

    def test_demo_pages_open_in_the_admin_editor(self):
        admin = get_user_model().objects.create_superuser("editor", "editor@example.vn", "unused-password")
        self.client.force_login(admin)
        for model in (HomePage, ProducerPage, ProductPage, NewsArticlePage):
            page = model.objects.first()
            response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            self.assertEqual(response.status_code, 200, model.__name__)

    def test_product_page_shows_its_certificate_and_producer(self):
        product = ProductPage.objects.get(slug="mat-ong-hoa-ban")
        response = self.client.get(product.url)
        self.assertContains(response, "Mật ong hoa ban")
        self.assertContains(response, product.certificate_number)
        self.assertContains(response, "Hợp tác xã Ong mật Điện Biên")
