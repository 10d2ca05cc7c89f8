"""Two languages: URL prefixes, translations through wagtail-localize, switcher and sitemaps."""

import pytest
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource


def translate(page, language="en", publish=True):
    """Translate `page` through wagtail-localize's own workflow (source → translation → target)."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language)
    )
    # wagtail-localize publishes on transaction commit, which tests must run by hand.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    return page.get_translation(translation.target_locale), translation


@pytest.fixture
def english_home(db):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="vi")
    return translate(home)[0]


def test_root_redirects_to_vietnamese_by_default(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/vi/"


def test_root_redirects_to_english_for_an_english_browser(client, db):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert response["Location"] == "/en/"


def test_a_product_translates_and_keeps_certificate_facts(english_home, product):
    translate(product.get_index_page())
    english, _translation = translate(product)
    assert english.locale.language_code == "en"
    assert english.url.startswith("/en/")
    assert english.certificate_number == product.certificate_number
    assert english.category.locale.language_code == "en"
    assert english.category.code == product.category.code


def test_switcher_links_to_the_translation(client, english_home, product):
    translate(product.get_index_page())
    english, _translation = translate(product)
    html = client.get(product.url).content.decode()
    assert f'href="{english.url}" hreflang="en"' in html
    assert f'<link rel="alternate" hreflang="en" href="{english.full_url}">' in html, html[:1500]


def test_switcher_falls_back_to_the_english_home_without_translation(client, english_home, product):
    html = client.get(product.url).content.decode()
    assert 'href="/en/" hreflang="en"' in html
    assert 'rel="alternate" hreflang="en"' not in html


def test_sync_after_the_vietnamese_page_changes(english_home, product):
    translate(product.get_index_page())
    english, translation = translate(product)
    product.short_description = "Mô tả mới"
    product.save_revision().publish()
    TranslationSource.update_or_create_from_instance(product)
    # The new source string is untranslated, so the sync falls back to the source text.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    english.refresh_from_db()
    assert english.short_description == "Mô tả mới"
    assert StringTranslation.objects.filter(translation_of__data="Mô tả mới").count() == 0


def test_each_language_has_its_own_sitemap(client, english_home, product):
    vi = client.get("/sitemap-vi.xml").content.decode()
    en = client.get("/sitemap-en.xml").content.decode()
    assert "/vi/" in vi and "/en/" not in vi
    assert "/en/" in en and product.slug not in en


def test_english_home_features_the_english_translation_of_a_featured_product(client, product):
    from home.models import FeaturedProduct, HomePage

    home = HomePage.objects.get(locale__language_code="vi")
    FeaturedProduct.objects.create(page=home, product=product)
    english_home = translate(home)[0]
    translate(product.get_index_page())
    english_product, _translation = translate(product)
    html = client.get(english_home.url).content.decode()
    assert f'href="{english_product.url}"' in html
    assert f'href="{product.url}"' not in html


def test_each_language_catalog_lists_only_its_own_pages_with_its_own_labels(client, english_home, product):
    from catalog.factories import ProductPageFactory

    vietnamese_only = ProductPageFactory(parent=product.get_index_page(), producer=product.producer)
    english_catalog = translate(product.get_index_page())[0]
    english_product, _translation = translate(product)

    english_html = client.get(english_catalog.url).content.decode()
    assert f'href="{english_product.url}"' in english_html
    assert f'href="{vietnamese_only.url}"' not in english_html
    assert "Food" in english_html and "Thực phẩm" not in english_html

    vietnamese_html = client.get(product.get_index_page().url).content.decode()
    assert f'href="{vietnamese_only.url}"' in vietnamese_html
    assert f'href="{english_product.url}"' not in vietnamese_html
