"""Running `manage.py load_demo` again never changes, publishes or translates an editor's work."""

import datetime
import io

from django import forms
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from catalog.models import CatalogIndexPage, ProductPage
from imports.tests.conftest import SAMPLES
from news.models import NewsArticlePage
from salespoints.models import SalesPoint

KEPT = "giữ nguyên (đã sửa bởi biên tập viên)"


def load_demo(test_case):
    out = io.StringIO()
    # wagtail-localize publishes translations when the transaction commits.
    with test_case.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", "--small-images", stdout=out)
    return out.getvalue()


def post_value(field, value):
    if isinstance(field, BlockField):
        return streamfield([])  # the pages these tests post have empty StreamFields
    if isinstance(field.widget, DraftailRichTextArea):
        return rich_text(str(value or ""))
    if isinstance(field, forms.ModelMultipleChoiceField):
        return [item.pk for item in value.all()]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(field, forms.BooleanField):
        return "on" if value else ""
    return "" if value is None else getattr(value, "pk", value)


def admin_form(form, source, **changes):
    """POST data for the admin form `form` (page, snippet or image), holding `source`'s values with `changes`."""
    data = {}
    for name, field in form.fields.items():
        if name in changes:
            data[name] = changes.pop(name)
        elif hasattr(source, name) and not isinstance(field, forms.FileField):  # no file: keep the stored one
            data[name] = post_value(field, getattr(source, name))
    for name in getattr(form, "formsets", {}):
        data[name] = inline_formset([])
    data.update(changes)
    return nested_form_data({key: value for key, value in data.items() if value != ""})


def english_revisions(pages, locale):
    """Each page's English translation's latest revision (None where it has no translation)."""
    return {
        page.pk: getattr(page.get_translation_or_none(locale), "latest_revision_id", None) for page in pages
    }


class EditorsWorkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo(cls)
        cls.en = Locale.objects.get(language_code="en")
        cls.editor = get_user_model().objects.create_superuser("bientap", "bientap@example.vn", "unused")

    def setUp(self):
        self.client.force_login(self.editor)

    def edit(self, page, **changes):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        form = self.client.get(url).context["form"]
        response = self.client.post(url, admin_form(form, page.get_latest_revision_as_object(), **changes))
        if response.status_code != 302:
            self.fail(response.context["form"].errors)

    def catalog(self):
        return CatalogIndexPage.objects.get(locale__language_code="vi")

    def test_a_published_admin_edit_of_a_demo_page_stays(self):
        self.edit(self.catalog(), intro="Giới thiệu do biên tập viên viết.", **{"action-publish": "1"})

        output = load_demo(self)

        catalog = self.catalog()
        self.assertEqual(catalog.intro, "Giới thiệu do biên tập viên viết.")
        self.assertFalse(catalog.has_unpublished_changes)
        self.assertIn(f"1 {KEPT}", output)

    def test_a_draft_of_a_demo_page_stays_a_draft_with_its_changes(self):
        live_intro = self.catalog().intro
        self.edit(self.catalog(), intro="Bản nháp chưa duyệt.")

        load_demo(self)

        catalog = self.catalog()
        self.assertEqual(catalog.intro, live_intro)
        self.assertTrue(catalog.has_unpublished_changes)
        self.assertEqual(catalog.get_latest_revision_as_object().intro, "Bản nháp chưa duyệt.")

    def test_the_english_copy_of_an_edited_demo_page_is_not_synced(self):
        english = self.catalog().get_translation(self.en)
        revisions = english.revisions.count()
        self.edit(self.catalog(), title="Sản phẩm OCOP tiêu biểu", **{"action-publish": "1"})

        load_demo(self)

        self.assertEqual(english.revisions.count(), revisions)

    def test_imported_drafts_and_one_in_review_are_left_as_they_are(self):
        call_command(
            "import_ocop", str(SAMPLES / "ocop_sample.csv"), "--user", "bientap", stdout=io.StringIO()
        )
        # New products, and drafts of changes to demo producers and products the sample names.
        imported = Page.objects.filter(latest_revision__user=self.editor).order_by("pk")
        self.assertTrue(imported.filter(live=False).exists())
        self.assertTrue(imported.filter(live=True, has_unpublished_changes=True).exists())
        in_review = ProductPage.objects.filter(owner=self.editor).first()
        self.edit(in_review, **{"action-submit": "1"})
        self.assertTrue(Page.objects.get(pk=in_review.pk).workflow_in_progress)
        before = {
            page.pk: (page.live, page.has_unpublished_changes, page.latest_revision_id) for page in imported
        }
        english_before = english_revisions(imported, self.en)

        load_demo(self)

        after = {
            page.pk: (page.live, page.has_unpublished_changes, page.latest_revision_id) for page in imported
        }
        self.assertEqual(after, before)
        self.assertEqual(Page.objects.get(pk=in_review.pk).current_workflow_state.status, "in_progress")
        self.assertEqual(english_revisions(imported, self.en), english_before)
        new_products = imported.filter(owner=self.editor)
        self.assertTrue(new_products.exists())
        self.assertFalse([page.title for page in new_products if page.get_translation_or_none(self.en)])

    def test_an_editors_own_new_product_page_gets_no_english_translation(self):
        model = ProductPage.objects.filter(locale__language_code="vi").first()
        # Products are created in their commune's folder.
        url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", model.get_parent().pk])
        form = self.client.get(url).context["form"]
        data = admin_form(form, model, title="Mận hậu Mường Ảng", slug="man-hau", **{"action-publish": "1"})
        self.assertEqual(self.client.post(url, data).status_code, 302)
        page = ProductPage.objects.get(slug="man-hau")
        self.assertTrue(page.live)

        load_demo(self)

        self.assertIsNone(page.get_translation_or_none(self.en))

    def test_an_edited_sales_point_and_image_title_stay(self):
        point = SalesPoint.objects.order_by("pk").first()
        url = reverse(point.snippet_viewset.get_url_name("edit"), args=[point.pk])
        form = self.client.get(url).context["form"]
        self.assertEqual(
            self.client.post(url, admin_form(form, point, phone="0215 999 999")).status_code, 302
        )
        image = get_image_model().objects.order_by("pk").first()
        url = reverse("wagtailimages:edit", args=[image.pk])
        form = self.client.get(url).context["form"]
        self.assertEqual(
            self.client.post(url, admin_form(form, image, title="Ảnh đã đổi tên")).status_code, 302
        )
        images = get_image_model().objects.count()

        load_demo(self)

        point.refresh_from_db()
        image.refresh_from_db()
        self.assertEqual(point.phone, "0215 999 999")
        self.assertEqual(image.title, "Ảnh đã đổi tên")
        self.assertEqual(get_image_model().objects.count(), images)

    def test_a_demo_page_an_editor_deleted_stays_deleted(self):
        article = NewsArticlePage.objects.filter(locale__language_code="vi").first()
        english = article.get_translation(self.en)
        for page in (english, article):
            response = self.client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
            self.assertEqual(response.status_code, 302)

        load_demo(self)

        self.assertFalse(NewsArticlePage.objects.filter(slug=article.slug).exists())
