"""The admin speaks Vietnamese to the province's editors, on every screen of their daily work.

Each test renders one screen as a Vietnamese editor and reads what the editor sees: text, and
the button values, placeholders, tooltips and accessible names a screen reader speaks. Any
string holding a common English interface word fails, and the assertion lists them all.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
import wagtail.admin
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from buyers.models import Inquiry
from catalog.testing import product_form

pytestmark = pytest.mark.django_db

# Words of Wagtail's English interface that are not Vietnamese words too when written without
# accents ("in" = print, "to", "an", "no", "on", "menu", "email" and "logo" are, so they are left out).
ENGLISH_WORDS = set(
    """
    the of and or for with your you this that these those are is was has have not there from
    add edit delete publish publishing published unpublish submit save saved draft drafts page pages title
    search settings choose chooser select selected cancel close view preview live status history
    workflow workflows task tasks approve approved reject rejected request changes comment comments
    upload file files image images document documents create created update updated
    more actions action show hide help account log out dashboard reports snippets sort filter filters
    clear required optional lock locked unlock unlocked back next previous new all none
    content promote slug tags privacy public private owner revision revisions last first
    latest current editor moderation awaiting review reviewing date name type types level
    yes open item items field fields error errors please following sidebar toggle collapse expand
    success successfully copy move explorer children child translate translations translation
    schedule scheduled expiry expire expired go reset export download print apply import text
    block blocks broken link complex fair good drag duplicate deleting reply resolve retry toolbar
    split missing results sure loading saving autosave autosaved insert write something enter
    network crashed reload focus unfocus button empty heading found meaningful
    """.split()
)

# Names editors know in this form: brands and file formats.
ALLOWED = {"Wagtail", "OCOP", "QR", "CSV", "XLSX", "PNG", "SVG", "URL", "SEO"}
# Whole strings Wagtail 8 writes in English without gettext, so no catalogue can translate them:
UNTRANSLATABLE = {
    "Search",  # the invisible submit button of the header's search box (shared/header.html, home.html)
    "None",  # the side panel's error counter before its script fills it in (hidden)
}

# Not interface text: code (the import's column names), scripts, styles, icons, what a user typed.
SKIPPED_ELEMENTS = {"script", "style", "svg", "textarea", "noscript", "code"}
SPOKEN_ATTRIBUTES = {
    "placeholder",
    "title",
    "aria-label",
    "alt",
    "data-w-tooltip-content-value",
    "data-w-progress-active-value",  # a button's label while it works ("Đang lưu…")
}
# Wagtail draws the sidebar, rich text toolbars and StreamField blocks from JSON in the page;
# these hold the labels, help texts and button texts it shows from it.
JSON_SCRIPTS = {"wagtail-sidebar-props", "w-edit-handler-data"}
JSON_ATTRIBUTES = {"data-w-block-data-value", "data-w-init-detail-value"}
JSON_SHOWN_KEYS = {"label", "description", "heading", "helpText", "title", "text"}
# The rest of what the scripts draw (bulk action counters, the accessibility checks the side panel
# lists) they take whole from these parts of the page's configuration; the rest of it is code.
CONFIG_SCRIPTS = {"wagtail-config": "STRINGS", "checker-axe-configuration": "messages"}


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings = []
        self.skipping = []
        self.in_json = False
        self.in_config = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("id") in JSON_SCRIPTS:
            self.in_json = True
        if tag == "script" and attrs.get("id") in CONFIG_SCRIPTS:
            self.in_config = CONFIG_SCRIPTS[attrs["id"]]
        if tag in SKIPPED_ELEMENTS:
            self.skipping.append(tag)
        if self.skipping:
            return
        for name in JSON_ATTRIBUTES & attrs.keys():
            self.read_json(json.loads(attrs[name]))
        for name in SPOKEN_ATTRIBUTES & attrs.keys():
            self.strings.append(attrs[name] or "")
        if tag == "input" and attrs.get("type") in ("submit", "button", "reset"):
            self.strings.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        self.in_json = False
        self.in_config = None

    def handle_data(self, data):
        if self.in_json:
            self.read_json(json.loads(data))
        elif self.in_config:
            self.strings.extend(every_string(json.loads(data).get(self.in_config, {})))
        elif not self.skipping:
            self.strings.append(data)

    def read_json(self, value, key=""):
        if isinstance(value, dict):
            for inner_key, inner in value.items():
                self.read_json(inner, inner_key)
        elif isinstance(value, list):
            for inner in value:
                self.read_json(inner, key)
        elif isinstance(value, str):
            if value.lstrip().startswith("<"):  # a widget's HTML, rendered when a block is added
                inner = VisibleText()
                inner.feed(value)
                self.strings.extend(inner.strings)
            elif key in JSON_SHOWN_KEYS or key.isupper():  # STRINGS: {"MOVE_UP": "Move up", …}
                self.strings.append(value)


def every_string(value):
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [string for inner in value for string in every_string(inner)]
    return [value] if isinstance(value, str) else []


def english_strings(html, own_content=()):
    """What an editor reads on the page that holds an English interface word."""
    parser = VisibleText()
    parser.feed(html)
    return english_in(parser.strings, own_content)


def english_in(strings, own_content=()):
    found = []
    for text in strings:
        text = " ".join(text.split())
        for own in own_content:
            text = text.replace(own, "")
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", text) if word not in ALLOWED}
        if words & ENGLISH_WORDS and text not in UNTRANSLATABLE and text not in found:
            found.append(text)
    return found


def assert_vietnamese(response, own_content=()):
    assert response.status_code == 200, response.status_code
    assert 'lang="vi"' in response.content.decode()[:500]
    found = english_strings(response.content.decode(), own_content)
    assert found == [], "English on a Vietnamese editor's screen:\n" + "\n".join(found)


def assert_vietnamese_modal(response):
    assert response.status_code == 200, response.status_code
    found = english_strings(response.json()["html"])
    assert found == [], "English in a Vietnamese editor's dialog:\n" + "\n".join(found)


# Wagtail's own scripts (StreamField menus, comments, the minimap, "Saving...") ask Django's
# JavaScript catalogue for these English strings and show them as they are when it has no
# translation; the catalogue merges Wagtail's Vietnamese with the project's (djangojs domain).
WAGTAIL_SCRIPT_STRINGS = Path(wagtail.admin.__file__).parent / "locale/en/LC_MESSAGES/djangojs.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def assert_scripts_speak_vietnamese(client, response):
    """The JavaScript catalogues the screen loads, fetched as its editor, translate every string."""
    html = response.content.decode()
    catalogues = [
        client.get(src).content.decode()
        for src in re.findall(r'<script src="([^"]+)"', html)
        if not src.startswith(settings.STATIC_URL)
    ]
    catalogues = [script for script in catalogues if "django.catalog" in script]
    assert catalogues, "the screen loads no JavaScript catalogue"
    shown = []
    for script in catalogues:
        catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S)[1])
        for entry in polib.pofile(str(WAGTAIL_SCRIPT_STRINGS)):
            key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
            translated = catalog.get(
                key, [entry.msgid, entry.msgid_plural] if entry.msgid_plural else entry.msgid
            )
            shown += [PLACEHOLDER.sub("", text) for text in every_string(translated)]
    found = english_in(shown)
    assert found == [], "English in what a Vietnamese editor's scripts show:\n" + "\n".join(found)


@pytest.fixture
def commune_client(client, commune_editor):
    client.force_login(commune_editor)
    return client


@pytest.fixture
def province_client(client, province_editor):
    client.force_login(province_editor)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit(client, page):
    return client.post(edit_url(page), product_form(page, **{"action-submit": "1"}), follow=True)


def test_an_editor_without_a_preference_gets_the_admin_in_vietnamese(commune_client, own_product):
    response = commune_client.get("/admin/", headers={"accept-language": "en-GB,en;q=0.9"})

    assert '<html lang="vi"' in response.content.decode()


def test_an_editor_who_prefers_english_gets_it(commune_client, commune_editor, own_product):
    UserProfile.objects.create(user=commune_editor, preferred_language="en")

    response = commune_client.get("/admin/")

    assert '<html lang="en"' in response.content.decode()


def test_account_settings_offer_vietnamese_and_english(commune_client):
    html = commune_client.get(reverse("wagtailadmin_account")).content.decode()

    assert 'value="vi"' in html and 'value="en"' in html


def test_dashboard(commune_client, own_product):
    assert_vietnamese(commune_client.get("/admin/"))


def test_dashboard_scripts(commune_client, own_product):
    assert_scripts_speak_vietnamese(commune_client, commune_client.get("/admin/"))


def test_explorer_of_the_communes_folder(commune_client, own_product):
    assert_vietnamese(commune_client.get(reverse("wagtailadmin_explore", args=[own_product.get_parent().pk])))


def test_product_add_form(commune_client, own_product):
    folder = own_product.get_parent()

    assert_vietnamese(
        commune_client.get(reverse("wagtailadmin_pages:add", args=["catalog", "productpage", folder.pk]))
    )


def test_product_edit_form(commune_client, own_product):
    assert_vietnamese(commune_client.get(edit_url(own_product)))


def test_product_edit_form_scripts(commune_client, own_product):
    assert_scripts_speak_vietnamese(commune_client, commune_client.get(edit_url(own_product)))


def test_product_edit_form_with_errors(commune_client, own_product):
    response = commune_client.post(edit_url(own_product), product_form(own_product, title=""))

    assert_vietnamese(response)


def test_submitting_for_review(commune_client, own_product):
    assert_vietnamese(submit(commune_client, own_product))


def test_reviewer_dashboard_and_edit_form_of_a_submitted_product(
    commune_client, province_client, own_product
):
    submit(commune_client, own_product)
    approver = commune_client  # the commune's own editors pass the commune step

    assert_vietnamese(approver.get("/admin/"))
    assert_vietnamese(approver.get(edit_url(own_product)))


def test_approval_form_and_approving(commune_client, own_product):
    submit(commune_client, own_product)
    task_state = WorkflowState.objects.get(object_id=str(own_product.pk)).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[own_product.pk, "approve", task_state.pk])

    assert_vietnamese_modal(commune_client.get(url))
    assert_vietnamese(commune_client.post(url, {"comment": ""}, follow=True))


def test_request_changes_form_and_requesting_changes(commune_client, own_product):
    submit(commune_client, own_product)
    task_state = WorkflowState.objects.get(object_id=str(own_product.pk)).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[own_product.pk, "reject", task_state.pk])

    assert_vietnamese_modal(commune_client.get(url))
    assert_vietnamese(commune_client.post(url, {"comment": "Thiếu ảnh sản phẩm"}, follow=True))


def test_choosers_of_the_product_form(commune_client, own_product):
    """The product set, producer and image choosers the product form opens."""
    html = commune_client.get(edit_url(own_product)).content.decode()
    chooser_urls = sorted(set(re.findall(r'data-chooser-url="([^"]+)"', html)))
    chooser_urls += sorted(set(re.findall(r'data-w-chooser-modal-url-value="([^"]+)"', html)))

    assert len(chooser_urls) >= 2, chooser_urls
    for url in chooser_urls:
        # Wagtail's chooser script asks for the page's language; without it a snippet chooser also
        # lists the English product sets, which are content.
        assert_vietnamese_modal(commune_client.get(url, {"locale": "vi"}))


def test_workflow_history(commune_client, own_product):
    submit(commune_client, own_product)

    assert_vietnamese(
        commune_client.get(reverse("wagtailadmin_pages:workflow_history", args=[own_product.pk]))
    )


def test_page_history(commune_client, own_product):
    submit(commune_client, own_product)

    assert_vietnamese(commune_client.get(reverse("wagtailadmin_pages:history", args=[own_product.pk])))


def test_province_workflow_overview(province_client, commune_client, own_product):
    submit(commune_client, own_product)

    assert_vietnamese(province_client.get(reverse("wagtailadmin_reports:workflow")))


def test_province_dashboard_and_task_report(province_client, commune_client, own_product):
    submit(commune_client, own_product)

    assert_vietnamese(province_client.get("/admin/"))
    assert_vietnamese(province_client.get(reverse("wagtailadmin_reports:workflow_tasks")))


def test_import_form_and_preview(province_client, catalog_tree):
    from imports.tests.conftest import GOOD_ROW, csv_bytes

    url = reverse("ocop_import")
    assert_vietnamese(province_client.get(url))
    preview = province_client.post(
        url, {"file": SimpleUploadedFile("list.csv", csv_bytes(GOOD_ROW)), "publish": "0", "preview": "1"}
    )
    assert_vietnamese(preview)


def test_stamp_sheet(commune_client, own_product):
    assert_vietnamese(commune_client.get(reverse("ocop_stamp_sheet", args=[own_product.pk])))


@pytest.fixture
def inquiry(own_product):
    return Inquiry.objects.create(
        product=own_product,
        producer=own_product.producer,
        page_title=own_product.title,
        name="Trần Văn Minh",
        company="Chuỗi Bách Hóa Tây Bắc",
        email="minh@bachhoa.vn",
        message="Cần báo giá cho 40 cửa hàng.",
    )


@pytest.fixture
def office_client(client, django_user_model):
    """The province office's account, which handles buyers' inquiries (no editor group does)."""
    client.force_login(django_user_model.objects.create_superuser("vanphong", "vp@example.org", "pw"))
    return client


def test_inquiry_listing(office_client, inquiry):
    assert_vietnamese(office_client.get("/admin/yeu-cau-nguoi-mua/"))


def test_inquiry_edit_and_inspect(office_client, inquiry):
    assert_vietnamese(office_client.get(f"/admin/yeu-cau-nguoi-mua/edit/{inquiry.pk}/"))
    assert_vietnamese(office_client.get(f"/admin/yeu-cau-nguoi-mua/inspect/{inquiry.pk}/"))
