import datetime

import pytest

from catalog.models import ProducerPage, ProductPage
from imports.importer import CREATE, ERROR, UNCHANGED, UPDATE, ImportSetupError, import_rows
from imports.reading import read_table

from .conftest import DATA, GOOD_ROW, csv_bytes

pytestmark = pytest.mark.django_db


def row_at(district, commune):
    """GOOD_ROW with other place columns (former district, commune)."""
    cells = GOOD_ROW.split(",")
    cells[3], cells[4] = district, commune
    return ",".join(cells)


def test_a_former_commune_name_of_two_districts_without_a_district_lists_the_candidates(catalog_tree):
    # Typed without accents, former xã Nà Tòng (Tuần Giáo) and xã Na Tông (Điện Biên) read alike.
    result = import_rows(rows_of(csv_bytes(row_at("", "xa Na Tong"))), dry_run=True)

    assert result.rows[0].action == ERROR
    message = " ".join(result.rows[0].errors)
    assert "Xã Tủa Chùa" in message and "Xã Núa Ngam" in message


def test_a_current_commune_wins_over_a_former_namesake_without_a_district(catalog_tree):
    import_rows(rows_of(csv_bytes(row_at("", "Mường Chà"))), dry_run=False)

    product = ProductPage.objects.get()
    assert product.commune.name == "Mường Chà"
    assert product.district.slug == "nam-po"
    assert product.former_commune is None


def rows_of(data, name="list.csv"):
    return read_table(name, data)


def test_dry_run_reports_every_row_and_writes_nothing(catalog_tree, sample_csv):
    result = import_rows(rows_of(sample_csv), dry_run=True)

    assert [(row.action, row.errors) for row in result.rows] == [(CREATE, [])] * 5
    assert [row.line for row in result.rows] == [2, 3, 4, 5, 6]
    assert not result.applied
    assert not ProductPage.objects.exists()


def test_apply_creates_producers_and_draft_products(catalog_tree, sample_csv):
    result = import_rows(rows_of(sample_csv), dry_run=False)

    assert result.applied
    assert ProducerPage.objects.count() == 3
    rice = ProductPage.objects.get(title="Gạo Séng Cù")
    assert not rice.live
    assert rice.producer.title == "Hợp tác xã dịch vụ tổng hợp Thanh Yên"
    assert rice.commune.name == "Thanh Yên"
    assert (rice.stars, rice.score, rice.category.code) == (4, 78, "1.2.1")
    assert rice.certified_on == datetime.date(2024, 3, 15)
    assert rice.valid_until == datetime.date(2027, 3, 15)
    assert rice.get_parent().get_parent().pk == catalog_tree[0].pk
    assert rice.former_commune.name == "Thanh Yên"
    assert rice.former_district.slug == "dien-bien"


def test_apply_can_publish(catalog_tree, sample_csv):
    import_rows(rows_of(sample_csv), dry_run=False, publish=True)

    assert ProductPage.objects.live().count() == 5
    assert ProducerPage.objects.live().count() == 3


def test_district_prefix_is_accepted(catalog_tree, sample_csv):
    import_rows(rows_of(sample_csv), dry_run=False)

    taro = ProductPage.objects.get(title="Khoai sọ Phình Nhừ")
    assert taro.former_district.name == "Điện Biên Đông"
    assert taro.former_commune.name == "Phì Nhừ"
    assert taro.commune.name == "Xa Dung"


def test_a_current_commune_alone_places_the_product_without_a_former_address(catalog_tree, sample_csv):
    import_rows(rows_of(sample_csv), dry_run=False)

    squash = ProductPage.objects.get(title="Bí xanh Tìa Dình")
    assert squash.commune.name == "Tìa Dình"
    assert squash.district.name == "Điện Biên Đông"
    assert squash.former_district is None and squash.former_commune is None


def test_a_former_district_alone_that_became_several_communes_lists_them(catalog_tree):
    rows = rows_of(csv_bytes(row_at("Tủa Chùa", "")))

    result = import_rows(rows, dry_run=True)

    assert result.rows[0].action == ERROR
    message = " ".join(result.rows[0].errors)
    assert "Xã Tủa Chùa" in message and "Xã Sính Phình" in message


def test_a_former_district_alone_that_became_one_ward_places_the_product(catalog_tree):
    rows = rows_of(csv_bytes(row_at("Thị xã Mường Lay", "")))

    import_rows(rows, dry_run=False)

    assert str(ProductPage.objects.get().commune) == "Phường Mường Lay"


def test_a_former_township_is_read_with_its_district_not_as_todays_namesake(catalog_tree):
    # "Mường Chà" was a township of huyện Mường Chà; today's xã Mường Chà is four former Nậm Pồ communes.
    rows = rows_of(csv_bytes(row_at("Mường Chà", "thị trấn Mường Chà")))

    import_rows(rows, dry_run=False)

    product = ProductPage.objects.get()
    assert product.commune.name == "Na Sang"
    assert product.former_commune.name == "Mường Chà"


def test_reimporting_the_same_file_changes_nothing(catalog_tree, sample_csv):
    import_rows(rows_of(sample_csv), dry_run=False, publish=True)
    revisions = sum(page.revisions.count() for page in ProductPage.objects.all())

    again = import_rows(rows_of(sample_csv), dry_run=False, publish=True)

    assert [row.action for row in again.rows] == [UNCHANGED] * 5
    assert sum(page.revisions.count() for page in ProductPage.objects.all()) == revisions
    assert ProductPage.objects.count() == 5


def test_changed_stars_is_an_update(catalog_tree):
    import_rows(rows_of(csv_bytes(GOOD_ROW)), dry_run=False, publish=True)
    changed = GOOD_ROW.replace(",4,78,", ",5,92,")

    result = import_rows(rows_of(csv_bytes(changed)), dry_run=False, publish=True)

    assert result.rows[0].action == UPDATE
    # Five stars are certified centrally: the level follows.
    assert set(result.rows[0].changes) == {"hạng sao", "điểm đánh giá", "cấp công nhận"}
    assert ProductPage.objects.get().certifying_level == "national"
    assert ProductPage.objects.get().stars == 5


def test_a_file_with_any_error_imports_nothing(catalog_tree):
    bad = GOOD_ROW.replace("Gạo Séng Cù", "Gạo Tám").replace(",4,78,", ",6,78,")

    result = import_rows(rows_of(csv_bytes(GOOD_ROW, bad)), dry_run=False, publish=True)

    assert [row.action for row in result.rows] == [CREATE, ERROR]
    assert not result.applied
    assert not ProductPage.objects.exists()
    assert not ProducerPage.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ((",Điện Biên,Thanh Yên,", ",Phan Thiết,,"), "Không có huyện “Phan Thiết”"),
        ((",Thanh Yên,", ",Ninh Gia,"), "Không có xã “Ninh Gia”"),
        ((",1.2.1,", ",9.9.9,"), "Không có bộ sản phẩm “9.9.9”"),
        ((",1.2.1,", ",Thực phẩm,"), "là tên nhóm"),
        ((",4,78,", ",2,40,"), "phải là 3, 4 hoặc 5"),
        ((",4,78,", ",4,95,"), "điểm từ 70 đến 89"),
        (("15/03/2024", "31/02/2024"), "không đọc được"),
        (("15/03/2024", ""), "Thiếu ngày quyết định"),
        (("DEMO-001/QĐ-UBND", ""), "Thiếu số quyết định"),
        ((",Hợp tác xã,", ",Công xã,"), "Loại hình chủ thể “Công xã”"),
    ],
)
def test_each_bad_value_gets_a_clear_message(catalog_tree, change, message):
    row = GOOD_ROW.replace(*change)

    result = import_rows(rows_of(csv_bytes(row)), dry_run=True)

    assert result.rows[0].action == ERROR
    assert any(message in error for error in result.rows[0].errors), result.rows[0].errors


def test_duplicate_rows_in_one_file_are_reported(catalog_tree):
    result = import_rows(rows_of(csv_bytes(GOOD_ROW, GOOD_ROW)), dry_run=True)

    assert result.rows[1].action == ERROR
    assert "Trùng sản phẩm ở dòng 2" in result.rows[1].errors[0]


def test_real_world_rows_are_refused_not_guessed(catalog_tree):
    result = import_rows(rows_of((DATA / "lamdong_derived.csv").read_bytes()), dry_run=True)

    assert [row.action for row in result.rows] == [ERROR, ERROR, ERROR]
    first, second, third = (" ".join(row.errors) for row in result.rows)
    assert "Phan Thiết" in first and "là tên nhóm" in first
    assert "Ninh Gia" in second
    assert "Thiếu số quyết định" in third and "Thiếu ngày quyết định" in third


def test_english_headers_and_english_producer_type_are_accepted(catalog_tree):
    header = (
        "product,producer,producer_type,district,commune,category,stars,score,decision_number,decision_date"
    )
    row = GOOD_ROW.replace("Hợp tác xã", "cooperative")

    result = import_rows(rows_of(csv_bytes(row, header=header)), dry_run=True)

    assert result.rows[0].action == CREATE


def test_missing_index_pages_is_a_clear_error(db, sample_csv):
    with pytest.raises(ImportSetupError, match="Danh mục sản phẩm"):
        import_rows(rows_of(sample_csv), dry_run=True)


def test_reimport_keeps_an_expiry_date_set_by_hand(catalog_tree):
    import_rows(rows_of(csv_bytes(GOOD_ROW)), dry_run=False, publish=True)
    page = ProductPage.objects.get()
    page.valid_until = datetime.date(2027, 12, 31)
    page.save_revision().publish()

    result = import_rows(rows_of(csv_bytes(GOOD_ROW)), dry_run=True)

    assert result.rows[0].action == UNCHANGED


def test_new_decision_date_moves_the_expiry_date(catalog_tree):
    import_rows(rows_of(csv_bytes(GOOD_ROW)), dry_run=False, publish=True)

    import_rows(rows_of(csv_bytes(GOOD_ROW.replace("15/03/2024", "01/06/2025"))), dry_run=False, publish=True)

    assert ProductPage.objects.get().valid_until == datetime.date(2028, 6, 1)


def test_an_imported_product_names_the_criteria_set_of_its_date(catalog_tree):
    import_rows(rows_of(csv_bytes(GOOD_ROW)), dry_run=False)

    assert ProductPage.objects.get().criteria_set.decision_number == "148/QĐ-TTg"


def test_a_new_decision_date_moves_a_defaulted_criteria_set_with_it(catalog_tree):
    import_rows(rows_of(csv_bytes(GOOD_ROW)), dry_run=False)
    import_rows(rows_of(csv_bytes(GOOD_ROW.replace("15/03/2024", "10/08/2025"))), dry_run=False)

    latest = ProductPage.objects.get().get_latest_revision_as_object()
    assert latest.certified_on == datetime.date(2025, 8, 10)
    assert latest.criteria_set.decision_number == "148/QĐ-TTg, sửa đổi bởi 1489/QĐ-TTg"
