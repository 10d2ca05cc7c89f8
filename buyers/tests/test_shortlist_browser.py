"""In real headless Chromium: every card's shortlist button adds its own product, the first card's too."""

import pytest
from django.urls import reverse
from django.utils import translation

from catalog.factories import ProductPageFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_first_and_the_last_card_of_a_catalog_page_go_on_the_shortlist(
    live_server, catalog_tree, producer, browser_page
):
    for title in ("Mật ong hoa ban", "Gạo Séng Cù", "Chè Shan tuyết Tủa Chùa"):
        ProductPageFactory(parent=catalog_tree[0], producer=producer, title=title)
    page = browser_page
    page.goto(live_server.url + catalog_tree[0].url)
    cards = page.locator(".product-card")
    assert cards.count() == 3
    first, last = cards.first.locator("h3").inner_text(), cards.last.locator("h3").inner_text()

    for card in (cards.first, cards.last):
        with page.expect_navigation():
            card.get_by_role("button", name="+ Danh sách mua").click()
        assert "csrfmiddlewaretoken" not in page.url
        assert page.url.startswith(live_server.url + catalog_tree[0].url)

    listed = page.locator(".product-card", has=page.locator("[aria-pressed=true]"))
    assert listed.locator("h3").all_inner_texts() == [first, last]
    with translation.override("vi"):
        page.goto(live_server.url + reverse("buyers:shortlist"))
    assert first in page.content() and last in page.content()
