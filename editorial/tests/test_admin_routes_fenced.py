"""Every admin route, tried by a commune editor on another commune's pages, refuses or filters.

The routes are not listed by hand: they are read from the URL resolver, so a route
that Wagtail, wagtail-localize or the project registers later is tried too. Each
route's URL arguments are filled with the other commune's objects (its page, its
revisions, its workflow state, its translation); an argument this test does not
know makes the test fail until someone says what it addresses.

A request passes when it answers below 500 and never shows the other commune's
unpublished draft (its title carries MARKER). After every route was tried with
GET and POST, the other commune's pages must be exactly as they were.
"""

import json
import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from catalog.factories import ProducerPageFactory, ProductPageFactory, commune
from catalog.models import ProductPage
from editorial.workflow import catalog_workflow
from verification.models import VerificationCode

from .conftest import OTHER_COMMUNE

pytestmark = pytest.mark.django_db

MARKER = "NHAPKIN7Q"  # in the other commune's draft titles only; never sent in a request
QUERY = "Mật ong"  # searches that would find the other commune's draft

# URL arguments that address another object than a page: any existing value will do,
# since commune editors are not fenced by them (they hold no area's drafts).
GENERIC_ARGUMENTS = {
    "image_id": "1",
    "document_id": "1",
    "doc_id": "1",
    "collection_id": "1",
    "redirect_id": "1",
    "uploaded_file_id": "1",
    "workflow_pk": "1",
    "session_id": "1",
    "filter_spec": "original",
    "uidb64": "MQ",
    "token": "x-y",
    "mode": "",
}
# Routes not tried: logging out would end the editor's session mid-sweep; "failwhale" is
# Wagtail's deliberate error page for testing error reporting.
SKIPPED_ROUTES = {"wagtailadmin_logout", "wagtailadmin_error_test"}
API_PAGE_ACTIONS = [
    "copy",
    "move",
    "delete",
    "publish",
    "unpublish",
    "revert_to_page_revision",
    "convert_alias",
    "copy_for_translation",
    "create_alias",
]
BULK_PAGE_ACTIONS = ["delete", "move", "publish", "unpublish"]
WORKFLOW_ACTIONS = ["approve", "reject"]


def admin_routes():
    """(route name, argument names) of every named URL under /admin/."""
    routes = set()

    def walk(resolver, prefix, namespaces):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                names = namespaces + ([pattern.namespace] if pattern.namespace else [])
                walk(pattern, prefix + str(pattern.pattern), names)
            elif isinstance(pattern, URLPattern) and pattern.name:
                route = prefix + str(pattern.pattern)
                if route.lstrip("^").startswith("admin/"):
                    arguments = tuple(a or b for a, b in re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", route))
                    routes.add((":".join([*namespaces, pattern.name]), arguments))

    walk(get_resolver(), "", [])
    return sorted(routes)


@pytest.fixture
def targets(catalog_tree, province_editor):
    """The other commune's pages: a live one with a draft waiting, and a draft never published."""
    place = commune(*OTHER_COMMUNE)
    producer = ProducerPageFactory(parent=catalog_tree[1], commune=place, title="HTX Tủa Chùa")
    live = ProductPageFactory(parent=catalog_tree[0], producer=producer, commune=place, title="Chè Tủa Chùa")
    live.save_revision(user=province_editor).publish()
    live.title = f"Chè Tủa Chùa {MARKER}"
    draft_revision = live.save_revision(user=province_editor)
    draft = ProductPageFactory(
        parent=catalog_tree[0], producer=producer, commune=place, title=f"Mật ong {MARKER}", live=False
    )
    draft.save_revision(user=province_editor)
    catalog_workflow().start(draft, province_editor)
    source, _created = TranslationSource.get_or_create_from_instance(live)
    translation = Translation.objects.create(source=source, target_locale_id=other_locale_id(live))
    translation.save_target(publish=False)  # the English draft, as the translation editor makes it
    return {"live": live, "draft": draft, "draft_revision": draft_revision, "translation": translation}


def other_locale_id(page):
    from wagtail.models import Locale

    return Locale.objects.exclude(pk=page.locale_id).first().pk


def arguments_for(name, argument_names, page, targets):
    """Every filling of the route's arguments that addresses `page`; None when one is unknown."""
    page = Page.objects.get(pk=page.pk)
    translation = targets["translation"]
    state = WorkflowState.objects.filter(object_id=str(page.pk)).first()
    task_state = state.current_task_state if state else None
    revision = page.latest_revision
    segment = StringSegment.objects.filter(source=translation.source).first()
    values = {
        "page_id": page.pk,
        "parent_page_id": page.pk,
        "page_to_move_id": page.pk,
        "page_pk": page.pk,
        "destination_id": page.get_parent().pk,
        "object_id": page.pk,
        "revision_id": revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_state_id": task_state.pk if task_state else 1,
        "workflow_state_id": state.pk if state else 1,
        "task_id": task_state.task_id if task_state else 1,
        "translation_id": translation.pk,
        "translation_source_id": translation.source_id,
        "string_segment_id": segment.pk if segment else 1,
        "overridable_segment_id": 1,
    }
    page_route = name.startswith(("wagtailadmin_pages:", "wagtailadmin_api:pages", "wagtailadmin_explore"))
    fillings = [{}]
    for argument in argument_names:
        if argument == "pk":
            choices = [page.pk] if page_route else [1]
        elif argument == "action_name":
            choices = API_PAGE_ACTIONS if name.startswith("wagtailadmin_api") else WORKFLOW_ACTIONS
        elif argument == "action":
            choices = BULK_PAGE_ACTIONS
        elif argument in ("app_label", "app_name", "content_type_app_name"):
            choices = ["wagtailcore"] if name == "wagtail_bulk_action" else ["catalog"]
        elif argument in ("model_name", "content_type_model_name"):
            choices = ["page"] if name == "wagtail_bulk_action" else ["productpage"]
        elif argument in values:
            choices = [values[argument]]
        elif argument in GENERIC_ARGUMENTS:
            choices = [GENERIC_ARGUMENTS[argument]]
        else:
            return None
        fillings = [{**filling, argument: choice} for filling in fillings for choice in choices]
    return fillings


def state_of(page):
    page = Page.objects.get(pk=page.pk)
    return (
        page.path,
        page.live,
        page.locked,
        page.latest_revision_id,
        page.get_parent().numchild,
        list(WorkflowState.objects.filter(object_id=str(page.pk)).values_list("status", flat=True)),
        VerificationCode.objects.filter(translation_key=page.translation_key).exists(),
        list(Page.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True)),
    )


def test_every_admin_route_refuses_or_filters_another_communes_pages(commune_editor, targets):
    client = Client(raise_request_exception=False)  # a 500 is collected, not raised
    pages = [targets["live"], targets["draft"]]
    before = {page.pk: state_of(page) for page in pages}
    translation_enabled = targets["translation"].enabled
    translated_strings = (StringTranslation.objects.count(), SegmentOverride.objects.count())
    unknown, leaks, errors, tried = [], [], [], 0

    for name, argument_names in admin_routes():
        if name in SKIPPED_ROUTES:
            continue
        for page in pages:
            fillings = arguments_for(name, argument_names, page, targets)
            if fillings is None:
                unknown.append((name, argument_names))
                break
            for kwargs in fillings:
                try:
                    url = reverse(name, kwargs=kwargs)
                except NoReverseMatch:
                    continue
                query = {"q": QUERY, "search": QUERY, "id": page.pk, "next": "/admin/"}
                payload = {"destination_page_id": page.get_parent().pk, "recursive": True}
                for method in ("get", "post", "post-json"):
                    client.force_login(commune_editor)
                    if method == "get":
                        response = client.get(url, query)
                    elif method == "post":
                        response = client.post(f"{url}?id={page.pk}", {"next": "/admin/"})
                    else:
                        response = client.post(url, json.dumps(payload), content_type="application/json")
                    tried += 1
                    body = b"".join(response) if response.streaming else response.content
                    if response.status_code >= 500:
                        errors.append((method, url, response.status_code))
                    elif MARKER.encode() in body:
                        leaks.append((method, url, response.status_code))
    assert unknown == [], "say what these URL arguments address (GENERIC_ARGUMENTS or arguments_for)"
    assert errors == []
    assert leaks == []
    assert {page.pk: state_of(page) for page in pages} == before
    targets["translation"].refresh_from_db()
    assert targets["translation"].enabled == translation_enabled
    assert (StringTranslation.objects.count(), SegmentOverride.objects.count()) == translated_strings
    assert (
        ProductPage.objects.get(pk=targets["live"].pk).get_latest_revision_as_object().title.endswith(MARKER)
    )
    assert tried > 1000


def test_the_province_sees_the_other_communes_draft(client, province_editor, targets):
    client.force_login(province_editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[targets["live"].pk]))

    assert MARKER in response.content.decode()


def test_the_commune_editor_still_works_on_own_pages(client, commune_editor, own_product):
    client.force_login(commune_editor)
    for name in ("edit", "history", "preview_on_edit", "usage"):
        assert client.get(reverse(f"wagtailadmin_pages:{name}", args=[own_product.pk])).status_code == 200, (
            name
        )
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": own_product.title})
    assert own_product.title in search.content.decode()
