import pytest
from django.urls import reverse

from catalog.factories import district
from salespoints.factories import SalesPointFactory, build_sales_point_index


@pytest.fixture
def sales_index(db):
    return build_sales_point_index()


def test_product_page_lists_the_sales_points_that_sell_it(client, product):
    SalesPointFactory(name="Trung tâm OCOP Điện Biên Phủ", products=[product], opening_hours="7:30–21:00")
    SalesPointFactory(name="Cửa hàng không bán sản phẩm này")

    html = client.get(product.url).content.decode()

    assert "Điểm bán sản phẩm" in html
    assert "Trung tâm OCOP Điện Biên Phủ" in html
    assert "7:30–21:00" in html
    assert "Cửa hàng không bán sản phẩm này" not in html


def test_product_without_sales_points_shows_no_empty_section(client, product):
    html = client.get(product.url).content.decode()

    assert 'id="sales-points-heading"' not in html


def test_listing_groups_sales_points_by_district(client, sales_index, product):
    SalesPointFactory(name="Điểm bán Mường Ảng", district=district("muong-ang"), products=[product])
    SalesPointFactory(name="Điểm bán thành phố", district=district("dien-bien-phu"))

    html = client.get(sales_index.url).content.decode()

    city, muong_ang = html.index("Thành phố Điện Biên Phủ"), html.index("Huyện Mường Ảng")
    assert city < html.index("Điểm bán thành phố") < muong_ang < html.index("Điểm bán Mường Ảng")
    assert f'href="{product.url}"' in html


def test_listing_filters_by_district_slug(client, sales_index):
    SalesPointFactory(name="Điểm bán Mường Ảng", district=district("muong-ang"))
    SalesPointFactory(name="Điểm bán thành phố", district=district("dien-bien-phu"))

    html = client.get(sales_index.url, {"district": "muong-ang"}).content.decode()

    assert "Điểm bán Mường Ảng" in html
    assert "Điểm bán thành phố" not in html


def test_unknown_district_is_a_400_with_a_message(client, sales_index):
    SalesPointFactory(name="Điểm bán thành phố")

    response = client.get(sales_index.url, {"district": "khong-co"})

    assert response.status_code == 400
    assert "Không có khu vực này" in response.content.decode()


def test_admin_lists_sales_points_filtered_by_district(admin_client):
    SalesPointFactory(name="Điểm bán Mường Ảng", district=district("muong-ang"))
    SalesPointFactory(name="Điểm bán thành phố", district=district("dien-bien-phu"))
    url = reverse("wagtailsnippets_salespoints_salespoint:list")

    html = admin_client.get(url, {"district": district("muong-ang").pk}).content.decode()

    assert "Điểm bán Mường Ảng" in html
    assert "Điểm bán thành phố" not in html


def test_admin_add_form_offers_products_and_districts(admin_client, product):
    response = admin_client.get(reverse("wagtailsnippets_salespoints_salespoint:add"))

    assert response.status_code == 200
    assert product.title in response.content.decode()


def test_a_sales_point_needs_a_place(db):
    from django.core.exceptions import ValidationError

    from salespoints.models import SalesPoint

    with pytest.raises(ValidationError) as error:
        SalesPoint(name="X", address="Y").full_clean()
    assert "commune" in error.value.message_dict


def test_a_former_commune_fills_in_the_current_one(db):
    from catalog.factories import former_commune
    from salespoints.models import SalesPoint

    point = SalesPoint(name="X", address="Y", former_commune=former_commune("tuan-giao", "quai-cang"))
    point.full_clean()
    point.save()

    assert point.commune.name == "Tuần Giáo"
    assert point.district.slug == "tuan-giao"
    assert point.former_district.slug == "tuan-giao"


def test_a_former_district_that_became_one_ward_fills_it_in(db):
    from salespoints.models import SalesPoint

    point = SalesPoint(name="X", address="Y", former_district=district("muong-lay"))
    point.full_clean()

    assert str(point.commune) == "Phường Mường Lay"


def test_a_former_district_that_became_several_communes_asks_which(db):
    from django.core.exceptions import ValidationError

    from salespoints.models import SalesPoint

    point = SalesPoint(name="X", address="Y", former_district=district("tua-chua"))
    with pytest.raises(ValidationError) as error:
        point.full_clean()
    message = " ".join(error.value.message_dict["commune"])
    assert "Xã Tủa Chùa" in message and "Xã Sín Chải" in message
