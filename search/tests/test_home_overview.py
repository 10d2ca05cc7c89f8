"""The home page's counts come from the catalog search with an empty query."""

from catalog.factories import home_page


def test_home_counts_products_by_stars_and_district(client, make_product, catalog_tree):
    make_product("A", stars=4, district_slug="muong-cha")
    make_product("B", stars=4, district_slug="muong-cha")
    make_product("C", stars=5, district_slug="tua-chua")
    catalog_url = catalog_tree[0].url

    body = client.get(home_page().url).content.decode()

    assert f'<a href="{catalog_url}?stars=4"><strong>2</strong>' in body
    assert f'<a href="{catalog_url}?stars=5"><strong>1</strong>' in body
    assert f'<a href="{catalog_url}?district=muong-cha"><strong>2</strong> Mường Chà</a>' in body
    assert "3 sản phẩm OCOP còn hiệu lực chứng nhận." in body


def test_home_links_each_ocop_group_into_the_catalog(client, make_product, catalog_tree):
    make_product("A", category="1.2.1")
    catalog_url = catalog_tree[0].url

    body = client.get(home_page().url).content.decode()

    for code in "123456":
        assert f'href="{catalog_url}?group={code}"' in body
