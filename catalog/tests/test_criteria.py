"""Each certificate names the OCOP criteria set it was rated under, by default the one in force on its date."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from catalog.factories import ProductPageFactory
from catalog.models import CriteriaSet

AMENDED_148 = "148/QĐ-TTg, sửa đổi bởi 1489/QĐ-TTg"


def product_on(catalog_tree, producer, day, **kwargs):
    page = ProductPageFactory(parent=catalog_tree[0], producer=producer, certified_on=day, **kwargs)
    page.refresh_from_db()
    return page


def criteria_set(number):
    return CriteriaSet.objects.get(decision_number=number)


@pytest.mark.parametrize(
    ("day", "number"),
    [
        (datetime.date(2021, 5, 10), "1048/QĐ-TTg"),
        (datetime.date(2023, 2, 23), "1048/QĐ-TTg"),
        (datetime.date(2023, 2, 24), "148/QĐ-TTg"),
        (datetime.date(2025, 7, 5), "148/QĐ-TTg"),
        (datetime.date(2025, 7, 6), AMENDED_148),
        (datetime.date(2026, 6, 1), AMENDED_148),
        (datetime.date(2026, 8, 3), "26/2026/QĐ-TTg"),
    ],
)
def test_a_product_left_without_criteria_gets_the_set_in_force_on_its_date(
    catalog_tree, producer, day, number
):
    page = product_on(catalog_tree, producer, day, stars=3, score=60, certifying_level="province")

    assert page.criteria_set.decision_number == number


def test_a_certificate_older_than_every_set_keeps_none_and_is_still_valid(catalog_tree, producer):
    page = product_on(catalog_tree, producer, datetime.date(2018, 5, 1), certifying_level="district")

    assert page.criteria_set is None
    page.full_clean()


def test_an_explicit_choice_is_kept(catalog_tree, producer):
    # A dossier filed before 22/5/2026 may be finished under the old rules.
    page = product_on(
        catalog_tree, producer, datetime.date(2026, 8, 3), criteria_set=criteria_set(AMENDED_148)
    )
    page.save_revision().publish()
    page.refresh_from_db()

    assert page.criteria_set.decision_number == AMENDED_148


def test_a_set_that_took_effect_after_the_certificate_is_refused(catalog_tree, producer):
    page = product_on(catalog_tree, producer, datetime.date(2024, 6, 1))
    page.criteria_set = criteria_set("26/2026/QĐ-TTg")

    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert "21/07/2026" in " ".join(excinfo.value.message_dict["criteria_set"])


def test_the_product_page_shows_the_criteria(client, catalog_tree, producer):
    page = product_on(catalog_tree, producer, datetime.date(2024, 6, 1))

    html = client.get(page.url).content.decode()

    assert "Tiêu chí" in html
    assert "Quyết định 148/QĐ-TTg (24/02/2023)" in html


def translate(page):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    # wagtail-localize publishes on transaction commit, which tests must run by hand.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(translation.target_locale), translation


def test_an_english_translation_carries_the_criteria_set_and_follows_changes(client, catalog_tree, producer):
    from home.models import HomePage

    translate(HomePage.objects.get(locale__language_code="vi"))
    page = product_on(catalog_tree, producer, datetime.date(2025, 8, 1))
    translate(page.get_parent().get_parent())
    translate(page.get_parent())
    english, translation = translate(page)
    assert english.criteria_set == page.criteria_set

    page.criteria_set = criteria_set("148/QĐ-TTg")
    page.save_revision().publish()
    TranslationSource.update_or_create_from_instance(page)
    translation = Translation.objects.get(pk=translation.pk)  # its cached source holds the old content
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    english.refresh_from_db()

    assert english.criteria_set.decision_number == "148/QĐ-TTg"
    assert "Decision 148/QĐ-TTg (24/02/2023)" in client.get(english.url).content.decode()


def test_a_set_an_editor_adds_becomes_the_default_for_later_dates(admin_client, catalog_tree, producer):
    response = admin_client.post(
        reverse("wagtailsnippets_catalog_criteriaset:add"),
        {
            "decision_number": "99/2031/QĐ-TTg",
            "title": "Bộ tiêu chí OCOP giai đoạn 2031–2035",
            "decided_on": "2031-01-10",
            "effective_from": "2031-03-01",
            "amended_by": "",
            "source_url": "",
        },
    )
    assert response.status_code == 302

    later = product_on(catalog_tree, producer, datetime.date(2031, 3, 1))
    earlier = product_on(catalog_tree, producer, datetime.date(2031, 2, 28))

    assert later.criteria_set.decision_number == "99/2031/QĐ-TTg"
    assert earlier.criteria_set.decision_number == "26/2026/QĐ-TTg"


def test_the_criteria_sets_are_listed_in_the_admin(admin_client, db):
    response = admin_client.get(reverse("wagtailsnippets_catalog_criteriaset:list"))

    assert response.status_code == 200
    assert AMENDED_148 in response.content.decode()
