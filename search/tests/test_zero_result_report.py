"""The zero-result report: counted searches, listed for province editors only, a link to add a synonym."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from search import zero_results
from search.models import ZeroResultSearch

pytestmark = pytest.mark.django_db

REPORT = "ocop_zero_results"


@pytest.fixture
def editor(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(group_name.split()[-1].lower(), "e@example.org", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_the_same_query_the_same_day_is_counted_on_one_row():
    zero_results.record("Sầu  Riêng", "vi")
    zero_results.record("sầu riêng", "vi")
    zero_results.record("sầu riêng", "en")

    assert sorted(ZeroResultSearch.objects.values_list("language", "count")) == [("en", 1), ("vi", 2)]


def test_a_long_query_is_cut_not_refused():
    zero_results.record("x" * 5000, "vi")
    assert len(ZeroResultSearch.objects.get().query) == zero_results.MAX_QUERY_LENGTH


def test_province_editors_see_the_most_frequent_first_with_a_synonym_link(client, editor):
    today = datetime.date.today()
    ZeroResultSearch.objects.create(query="dau phong", language="vi", day=today, count=2)
    ZeroResultSearch.objects.create(query="sầu riêng", language="vi", day=today, count=5)
    client.force_login(editor("Biên tập viên tỉnh"))

    body = client.get(reverse(REPORT)).content.decode()

    assert body.index("sầu riêng") < body.index("dau phong")
    add = reverse("wagtailsnippets_search_synonymgroup:add")
    assert f'href="{add}?terms=dau+phong&amp;language=vi"' in body


def test_the_synonym_form_opens_prefilled_with_the_query(client, editor):
    client.force_login(editor("Biên tập viên tỉnh"))
    add = reverse("wagtailsnippets_search_synonymgroup:add")

    body = client.get(add, {"terms": "sầu riêng", "language": "vi"}).content.decode()

    assert "sầu riêng</textarea>" in body


def test_typed_markup_is_listed_escaped(client, editor):
    zero_results.record("<script>alert(1)</script>", "vi")
    client.force_login(editor("Biên tập viên tỉnh"))
    body = client.get(reverse(REPORT)).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_commune_editors_are_refused(client, editor):
    zero_results.record("sầu riêng", "vi")
    client.force_login(editor("Biên tập viên xã Thanh Yên"))
    response = client.get(reverse(REPORT))
    assert response.status_code == 403
    assert "sầu riêng" not in response.content.decode()
    assert reverse(REPORT) not in client.get(reverse("wagtailadmin_home")).content.decode()
