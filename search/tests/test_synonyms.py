"""Regional synonyms: seeded once, kept as editors leave them, edited by province editors only."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from search.models import SynonymGroup, SynonymSeed
from search.synonyms import expand, seed

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_search_synonymgroup:list"


def seed_again():
    return seed(SynonymGroup, SynonymSeed)


def test_the_migration_seeds_the_regional_pairs():
    terms = set(SynonymGroup.objects.values_list("terms", flat=True))
    assert {"lợn, heo", "lạc, đậu phộng", "dứa, thơm, khóm", "sắn, khoai mì"} <= terms


def test_a_southern_phrase_expands_to_the_northern_word():
    assert expand("Đậu phộng rang", "vi") == [[("dau", "phong"), ("lac",)], [("rang",)]]


def test_seeding_again_never_overwrites_an_edited_group():
    group = SynonymGroup.objects.get(terms="lợn, heo")
    group.terms = "lợn, heo, lợn bản"
    group.save()

    assert seed_again() == 0
    assert SynonymGroup.objects.filter(terms__startswith="lợn").count() == 1
    assert SynonymGroup.objects.get(pk=group.pk).terms == "lợn, heo, lợn bản"


def test_seeding_again_never_re_adds_a_deleted_group():
    SynonymGroup.objects.filter(terms="ngô, bắp").delete()

    assert seed_again() == 0
    assert not SynonymGroup.objects.filter(terms__contains="bắp").exists()


def test_an_edit_changes_the_expansion_at_once():
    assert expand("heo", "vi") == [[("heo",), ("lon",)]]
    group = SynonymGroup.objects.get(terms="lợn, heo")
    group.terms = "lợn, heo, lợn bản"
    group.save()
    assert expand("heo", "vi") == [[("heo",), ("lon",), ("lon", "ban")]]
    group.delete()
    assert expand("heo", "vi") == [[("heo",)]]


@pytest.fixture
def editor(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(group_name.split()[-1].lower(), "e@example.org", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_province_editors_edit_synonyms_in_the_admin(client, editor):
    client.force_login(editor("Biên tập viên tỉnh"))
    assert "đậu phộng" in client.get(reverse(LIST_URL)).content.decode()

    response = client.post(
        reverse("wagtailsnippets_search_synonymgroup:add"), {"language": "vi", "terms": "cà phê, cafe"}
    )

    assert response.status_code == 302
    assert expand("cafe", "vi") == [[("cafe",), ("ca", "phe")]]


def test_commune_editors_may_not_see_or_edit_synonyms(client, editor):
    client.force_login(editor("Biên tập viên xã Thanh Yên"))
    assert client.get(reverse(LIST_URL)).status_code in (302, 403)
    response = client.post(
        reverse("wagtailsnippets_search_synonymgroup:add"), {"language": "vi", "terms": "a, b"}
    )
    assert response.status_code in (302, 403)
    assert not SynonymGroup.objects.filter(terms="a, b").exists()
