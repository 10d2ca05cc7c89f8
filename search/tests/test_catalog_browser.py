"""End to end in real headless Chromium: facets update results in place, then a product page opens."""

import pytest


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ticking_facets_updates_results_and_opens_a_product(
    live_server, make_product, catalog_tree, browser_page
):
    make_product("Gạo Séng Cù", stars=4, district_slug="muong-cha")
    make_product("Chè Shan Tuyết", stars=4, district_slug="tua-chua")
    make_product("Mật ong hoa ban", stars=3, district_slug="muong-cha")
    make_product("Rượu ngô men lá", stars=5, district_slug="muong-nhe")
    page = browser_page

    page.goto(live_server.url + catalog_tree[0].url)
    count = page.locator("[data-catalog-count]")
    assert count.inner_text().startswith("4 sản phẩm")
    page.evaluate("window.__sameDocument = true")

    page.check("#f-stars-4")
    page.wait_for_url("**stars=4**")
    page.wait_for_function("document.querySelector('[data-catalog-count]').textContent.startsWith('2 ')")
    # Disjunctive counts: 3 and 5 stars still show what ticking them would add.
    assert "(1" in page.locator("label[for=f-stars-3]").inner_text()
    assert "(1" in page.locator("label[for=f-stars-5]").inner_text()

    page.check("#f-district-muong-cha")
    page.wait_for_url("**district=muong-cha**")
    page.wait_for_function("document.querySelector('[data-catalog-count]').textContent.startsWith('1 ')")
    assert "(1" in page.locator("label[for=f-district-tua-chua]").inner_text()
    assert page.evaluate("window.__sameDocument === true"), "the facet change reloaded the whole page"
    assert page.locator(".product-card h3").all_inner_texts() == ["Gạo Séng Cù"]

    page.click("text=Gạo Séng Cù")
    page.wait_for_selector("h1:has-text('Gạo Séng Cù')")
    assert page.locator(".product .star-badge").first.get_attribute("aria-label") == "OCOP 4 sao"


LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(total), 500);
})"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_filters_arrive_closed_and_nothing_shifts(
    live_server, make_product, catalog_tree, browser_page
):
    for number in range(6):
        make_product(f"Sản phẩm số {number}", stars=4, district_slug="muong-cha")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})

    page.goto(live_server.url + catalog_tree[0].url)
    page.wait_for_load_state("load")

    # Web Vitals call under 0.1 good; the panel closed by script cost 0.33 (issue 12).
    assert page.evaluate(LAYOUT_SHIFT) < 0.05
    assert not page.locator("#f-stars-4").is_visible()
    page.click(".filters__toggle")
    assert page.locator("#f-stars-4").is_visible()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_wide_screen_the_closed_filter_panel_shows_its_facets(
    live_server, make_product, catalog_tree, browser_page
):
    make_product("Gạo Séng Cù", stars=4, district_slug="muong-cha")
    page = browser_page

    page.goto(live_server.url + catalog_tree[0].url)

    assert page.locator("#f-stars-4").is_visible()
    assert not page.locator(".filters__toggle").is_visible()
    # Shown by CSS alone: no script had to open the panel.
    assert page.evaluate("document.querySelector('[data-filters]').open") is False


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_typing_offers_names_and_the_keyboard_opens_one(
    live_server, make_product, catalog_tree, browser_page
):
    make_product("Gạo Séng Cù", stars=4)
    make_product("Mật ong hoa ban", stars=3)
    page = browser_page

    page.goto(live_server.url + catalog_tree[0].url)
    field = page.locator("input[name=q]")
    field.press_sequentially("gao se")
    page.wait_for_selector("[role=listbox] [role=option]")
    assert field.get_attribute("aria-expanded") == "true"
    assert page.locator("[role=option]").all_inner_texts() == ["Gạo Séng Cù"]

    field.press("Escape")
    assert field.get_attribute("aria-expanded") == "false"

    field.press("Backspace")
    page.wait_for_selector("[role=option]")
    field.press("ArrowDown")
    assert field.get_attribute("aria-activedescendant") == page.locator("[role=option]").first.get_attribute(
        "id"
    )
    field.press("Enter")
    page.wait_for_selector("h1:has-text('Gạo Séng Cù')")
