"""Plan and apply an import of certified OCOP products.

`plan(rows)` resolves every row against the catalog and says what it would do:
create, update, unchanged or error (with reasons). `import_rows(rows, dry_run=…)`
plans and, when no row has an error and it is not a dry run, writes all rows
in one transaction. A file with any error imports nothing.

Matching: a producer by its folded name, a product by (producer, folded name).
"""

import datetime
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from catalog import certification, criteria, places
from catalog.filing import folder_for
from catalog.models import (
    CatalogIndexPage,
    Commune,
    CriteriaSet,
    District,
    FormerCommune,
    ProducerIndexPage,
    ProducerPage,
    ProducerType,
    ProductGroup,
    ProductPage,
    ProductSet,
)
from home.text import ascii_slug, fold

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
ACTION_LABELS = {
    CREATE: _("Tạo mới"),
    UPDATE: _("Cập nhật"),
    UNCHANGED: _("Không đổi"),
    ERROR: _("Lỗi"),
}
REQUIRED = (
    "san_pham",
    "chu_the",
    "loai_hinh",
    "bo_san_pham",
    "so_sao",
    "so_quyet_dinh",
    "ngay_quyet_dinh",
)
REQUIRED_LABELS = {
    "san_pham": _("tên sản phẩm"),
    "chu_the": _("chủ thể"),
    "loai_hinh": _("loại hình chủ thể"),
    "bo_san_pham": _("bộ sản phẩm"),
    "so_sao": _("số sao"),
    "so_quyet_dinh": _("số quyết định"),
    "ngay_quyet_dinh": _("ngày quyết định"),
}
DISTRICT_PREFIXES = ("thanh pho ", "thi xa ", "huyen ", "tp. ", "tp ", "tx. ", "tx ")
COMMUNE_PREFIXES = ("thi tran ", "phuong ", "xa ", "tt. ", "tt ")
PRODUCER_TYPE_ALIASES = {
    "ho kinh doanh": ProducerType.HOUSEHOLD,
    "ho san xuat": ProducerType.HOUSEHOLD,
    "ho san xuat kinh doanh": ProducerType.HOUSEHOLD,
    "htx": ProducerType.COOPERATIVE,
    "thg": ProducerType.COOPERATIVE_GROUP,
    "cong ty": ProducerType.ENTERPRISE,
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
# The place columns place the product; a new producer is filed under the commune of its first
# row, and an existing producer's place is never changed by an import (it may work elsewhere).
PRODUCER_FIELDS = ("title", "producer_type")
PRODUCT_FIELDS = (
    "title",
    "category_id",
    "commune_id",
    "former_district_id",
    "former_commune_id",
    "stars",
    "score",
    "certificate_number",
    "certified_on",
    "valid_until",
    "certifying_level",
)


class ImportSetupError(Exception):
    """The catalog is not ready to receive an import (missing index pages)."""


@dataclass
class RowResult:
    line: int
    product: str
    producer: str
    action: str = CREATE
    errors: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    producer_action: str = UNCHANGED
    values: dict = field(default_factory=dict)
    producer_page: object = None
    product_page: object = None

    @property
    def action_label(self):
        return ACTION_LABELS[self.action]


@dataclass
class ImportResult:
    rows: list
    applied: bool = False

    @property
    def has_errors(self):
        return any(row.action == ERROR for row in self.rows)

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def summary(self):
        return [(action, label, self.count(action)) for action, label in ACTION_LABELS.items()]

    @property
    def counts(self):
        return {action: self.count(action) for action in ACTION_LABELS}


def _strip_prefix(folded, prefixes):
    for prefix in prefixes:
        if folded.startswith(prefix):
            return folded[len(prefix) :].strip()
    return folded


def _name_key(text):
    return " ".join(fold(text).split())


class Resolver:
    """Looks up places, categories and existing pages once per import."""

    def __init__(self):
        self.districts = {_name_key(d.name): d for d in District.objects.all()}
        self.communes = {_name_key(c.name): c for c in Commune.objects.all()}
        self.former_communes = {}
        for former in FormerCommune.objects.select_related("district", "successor"):
            self.former_communes.setdefault(_name_key(former.name), []).append(former)
        vi_sets = ProductSet.objects.filter(locale__language_code="vi")
        self.sets_by_code = {s.code: s for s in vi_sets}
        self.sets_by_name = {_name_key(s.name): s for s in vi_sets}
        self.group_names = {_name_key(g.name) for g in ProductGroup.objects.all()}
        self.producers = {}
        for producer in ProducerPage.objects.filter(locale__language_code="vi").specific():
            self.producers.setdefault(_name_key(producer.title), producer)
        self.products = {}
        for product in ProductPage.objects.filter(locale__language_code="vi").specific():
            self.products.setdefault((product.producer_id, _name_key(product.title)), product)

    def district(self, text):
        return self.districts.get(_strip_prefix(_name_key(text), DISTRICT_PREFIXES))

    def place(self, district_text, commune_text):
        """(current commune, former district, former commune, error) for the place columns.

        With a district, the commune is read as the former address (older
        certificates) and the crosswalk gives the current commune; without one, as
        a current commune, or a former one when its name is unique. A former
        district alone is accepted only when it became a single commune.
        """
        district = None
        if district_text:
            district = self.district(district_text)
            if district is None:
                return (
                    None,
                    None,
                    None,
                    _("Không có huyện “%(value)s” trong tỉnh.") % {"value": district_text},
                )
        if not commune_text:
            current, candidates = places.resolve(district, None)
            if current is None:
                return (
                    None,
                    district,
                    None,
                    _("%(district)s nay gồm nhiều xã / phường (%(candidates)s): ghi cột xã.")
                    % {"district": district.full_name, "candidates": places.names(candidates)},
                )
            return current, district, None, None
        key = _strip_prefix(_name_key(commune_text), COMMUNE_PREFIXES)
        formers = self.former_communes.get(key, [])
        if district is not None:
            formers = [f for f in formers if f.district_id == district.pk]
            if formers:
                return formers[0].successor, district, formers[0], None
            current = self.communes.get(key)
            if current is not None and current.former_units.filter(district=district).exists():
                return current, district, None, None
            return (
                None,
                district,
                None,
                _("Không có xã “%(value)s” trong %(district)s.")
                % {
                    "value": commune_text,
                    "district": district.full_name,
                },
            )
        current = self.communes.get(key)
        if current is not None:
            return current, None, None, None
        successors = {f.successor for f in formers}
        if len(successors) == 1:
            return formers[0].successor, formers[0].district, formers[0], None
        if successors:
            return (
                None,
                None,
                None,
                _("Xã cũ “%(value)s” có ở nhiều huyện, nay thuộc: %(candidates)s. Ghi thêm cột huyện.")
                % {
                    "value": commune_text,
                    "candidates": places.names(sorted(successors, key=lambda c: c.sort_order)),
                },
            )
        return None, None, None, _("Không có xã / phường “%(value)s” trong tỉnh.") % {"value": commune_text}

    def category(self, text):
        return self.sets_by_code.get(text.strip()) or self.sets_by_name.get(_name_key(text))


def parse_producer_type(text):
    key = _name_key(text).replace(",", " ")
    key = " ".join(key.split())
    for value, label in ProducerType.choices:
        if key in (value, " ".join(_name_key(str(label)).replace(",", " ").split())):
            return value
    return PRODUCER_TYPE_ALIASES.get(key)


def parse_date(text):
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), date_format).date()
        except ValueError:
            continue
    return None


def parse_int(text):
    text = text.strip()
    if re.fullmatch(r"\d+(\.0+)?", text):
        return int(float(text))
    return None


def _resolve(row, resolver):
    """(values, errors) for one row: the fields it sets, or why it cannot be accepted."""
    errors = []
    values = {}
    for column in REQUIRED:
        if not row.get(column, "").strip():
            errors.append(_("Thiếu %(field)s.") % {"field": REQUIRED_LABELS[column]})

    values["product"] = " ".join(row.get("san_pham", "").split())
    values["producer"] = " ".join(row.get("chu_the", "").split())
    if len(values["product"]) > 255:
        errors.append(_("Tên sản phẩm dài quá 255 ký tự."))
    if len(values["producer"]) > 255:
        errors.append(_("Tên chủ thể dài quá 255 ký tự."))

    if row.get("loai_hinh", "").strip():
        values["producer_type"] = parse_producer_type(row["loai_hinh"])
        if values["producer_type"] is None:
            errors.append(
                _("Loại hình chủ thể “%(value)s” không hợp lệ; dùng: %(choices)s.")
                % {
                    "value": row["loai_hinh"],
                    "choices": ", ".join(str(label) for _v, label in ProducerType.choices),
                }
            )

    district_text, commune_text = row.get("huyen", "").strip(), row.get("xa", "").strip()
    values["commune"] = values["former_district"] = values["former_commune"] = None
    if not district_text and not commune_text:
        errors.append(_("Thiếu xã / phường (hoặc huyện và xã cũ)."))
    else:
        place = resolver.place(district_text, commune_text)
        values["commune"], values["former_district"], values["former_commune"], error = place
        if error:
            errors.append(error)

    if row.get("bo_san_pham", "").strip():
        values["category"] = resolver.category(row["bo_san_pham"])
        if values["category"] is None:
            if _name_key(row["bo_san_pham"]) in resolver.group_names:
                errors.append(
                    _("“%(value)s” là tên nhóm, không phải bộ sản phẩm; ghi mã bộ như 1.2.1.")
                    % {"value": row["bo_san_pham"]}
                )
            else:
                errors.append(
                    _("Không có bộ sản phẩm “%(value)s”; ghi mã (ví dụ 1.2.1) hoặc đúng tên bộ.")
                    % {"value": row["bo_san_pham"]}
                )

    stars = score = None
    if row.get("so_sao", "").strip():
        stars = parse_int(row["so_sao"])
        if stars is None or stars not in certification.STAR_SCORE_BANDS:
            errors.append(_("Số sao “%(value)s” phải là 3, 4 hoặc 5.") % {"value": row["so_sao"]})
            stars = None
    if row.get("diem", "").strip():
        score = parse_int(row["diem"])
        if score is None or score > 100:
            errors.append(_("Điểm “%(value)s” phải là số nguyên từ 0 đến 100.") % {"value": row["diem"]})
            score = None
    if stars is not None and score is not None:
        errors.extend(certification.score_errors(stars, score).values())
    values["stars"], values["score"] = stars, score

    values["certificate_number"] = row.get("so_quyet_dinh", "").strip()
    if len(values["certificate_number"]) > 100:
        errors.append(_("Số quyết định dài quá 100 ký tự."))
    if row.get("ngay_quyet_dinh", "").strip():
        values["certified_on"] = parse_date(row["ngay_quyet_dinh"])
        if values["certified_on"] is None:
            errors.append(
                _("Ngày quyết định “%(value)s” không đọc được; ghi dạng ngày/tháng/năm, ví dụ 05/08/2024.")
                % {"value": row["ngay_quyet_dinh"]}
            )
        elif values["certified_on"] > certification.today():
            errors.append(_("Ngày quyết định %(value)s ở tương lai.") % {"value": row["ngay_quyet_dinh"]})
        else:
            values["valid_until"] = certification.default_valid_until(values["certified_on"])
    return values, errors


def _field_label(model, name):
    return str(model._meta.get_field(name.removesuffix("_id")).verbose_name)


def _latest(page):
    return page.get_latest_revision_as_object() if page.pk else page


def _differences(page, desired, names):
    current = _latest(page)
    return [name for name in names if name in desired and getattr(current, name) != desired[name]]


def plan(rows):
    """What importing `rows` would do, row by row, without writing anything."""
    resolver = Resolver()
    results = []
    seen_products = {}
    seen_producers = {}
    for row in rows:
        values, errors = _resolve(row, resolver)
        result = RowResult(line=row.get("_line", 0), product=values["product"], producer=values["producer"])
        results.append(result)
        producer_key = _name_key(values["producer"])
        product_key = (producer_key, _name_key(values["product"]))
        if product_key in seen_products and values["product"]:
            errors.append(_("Trùng sản phẩm ở dòng %(line)s.") % {"line": seen_products[product_key]})
        seen_products.setdefault(product_key, result.line)
        if errors:
            result.action, result.errors = ERROR, [str(error) for error in errors]
            continue

        producer_values = {
            "title": values["producer"],
            "producer_type": values["producer_type"],
        }
        earlier = seen_producers.get(producer_key)
        if earlier is not None:
            if earlier["values"] != producer_values:
                result.action = ERROR
                result.errors = [
                    str(
                        _("Chủ thể khác loại hình so với dòng %(line)s cùng chủ thể.")
                        % {"line": earlier["line"]}
                    )
                ]
                continue
        else:
            seen_producers[producer_key] = {"values": producer_values, "line": result.line}

        producer = resolver.producers.get(producer_key)
        result.producer_page = producer
        product_values = {
            "title": values["product"],
            "category_id": values["category"].pk,
            "commune_id": values["commune"].pk,
            "former_district_id": values["former_district"].pk if values["former_district"] else None,
            "former_commune_id": values["former_commune"].pk if values["former_commune"] else None,
            "stars": values["stars"],
            "score": values["score"],
            "certificate_number": values["certificate_number"],
            "certified_on": values["certified_on"],
            "valid_until": values["valid_until"],
        }
        result.values = {"producer": producer_values, "product": product_values}
        if producer is None:
            result.producer_action = CREATE
            result.action = CREATE
            continue
        producer_changes = _differences(producer, producer_values, PRODUCER_FIELDS)
        if producer_changes and earlier is None:
            result.producer_action = UPDATE
            result.changes.extend(
                f"{_('chủ thể')}: {_field_label(ProducerPage, name)}" for name in producer_changes
            )
        product = resolver.products.get((producer.pk, _name_key(values["product"])))
        result.product_page = product
        if product is None:
            result.action = CREATE
            continue
        current = _latest(product)
        if current.certified_on == product_values["certified_on"] and current.valid_until:
            # Same decision: keep an expiry date the office may have set by hand.
            product_values["valid_until"] = current.valid_until
        stars, day = product_values["stars"], product_values["certified_on"]
        if certification.level_errors(stars, day, current.certifying_level):
            # New stars or date the stored level cannot certify (5 stars are central): the usual level.
            product_values["certifying_level"] = certification.default_level(stars, day)
        if day != current.certified_on and (
            criteria.follows_date(current.criteria_set_id, current.certified_on, CriteriaSet.objects)
            or criteria.not_in_force_errors(current.criteria_set, day)
        ):
            # A new decision date moves a defaulted criteria set with it (None: the date's default on save).
            product_values["criteria_set_id"] = None
        product_changes = _differences(product, product_values, PRODUCT_FIELDS)
        if "commune_id" in product_changes:
            result.action, result.errors = ERROR, [str(moved_error(product))]
            continue
        result.changes.extend(_field_label(ProductPage, name) for name in product_changes)
        result.action = UPDATE if result.changes else UNCHANGED
    return ImportResult(rows=results)


def moved_error(page):
    return _(
        "“%(title)s” đã có trong %(commune)s; dòng này ghi xã khác. Nếu đúng là đã chuyển xã, "
        "hãy di chuyển trang trong quản trị trước khi nhập."
    ) % {"title": page.title, "commune": page.commune.full_name if page.commune_id else "—"}


def index_pages():
    catalog = CatalogIndexPage.objects.filter(locale__language_code="vi").first()
    producers = ProducerIndexPage.objects.filter(locale__language_code="vi").first()
    if catalog is None or producers is None:
        raise ImportSetupError(
            _(
                "Chưa có trang “Danh mục sản phẩm” và “Danh sách chủ thể OCOP” (tiếng Việt); "
                "hãy tạo chúng trước khi nhập."
            )
        )
    return catalog, producers


def _unique_slug(parent, text):
    base = ascii_slug(text)[:200] or "muc"
    slug, n = base, 2
    siblings = set(parent.get_children().values_list("slug", flat=True))
    while slug in siblings:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _save(page, user, publish):
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return page


def _create(parent, page, user, publish):
    page.slug = _unique_slug(parent, page.title)
    page.live = False
    page.owner = user
    parent.add_child(instance=page)
    return _save(page, user, publish)


def _update(page, values, user, publish):
    latest = _latest(page)
    for name, value in values.items():
        setattr(latest, name, value)
    if latest.title != page.title:
        latest.draft_title = latest.title
    return _save(latest, user, publish)


def values_of(row):
    return row.values["product"]


def import_rows(rows, dry_run=True, publish=False, user=None):
    """Plan `rows`; unless `dry_run` or any row has an error, write them all in one transaction.

    `publish` publishes created and updated pages; otherwise they are saved as drafts
    (an update to a live page then waits as unpublished changes).
    """
    catalog, producer_index = index_pages()
    with transaction.atomic():
        result = plan(rows)
        if dry_run or result.has_errors:
            return result
        producers = {}
        for row in result.rows:
            if row.action == UNCHANGED and row.producer_action == UNCHANGED:
                continue
            producer_key = _name_key(row.producer)
            producer = producers.get(producer_key)
            if producer is None:
                producer = row.producer_page
                if producer is None:
                    producer = ProducerPage(
                        commune_id=values_of(row)["commune_id"],
                        former_district_id=values_of(row)["former_district_id"],
                        former_commune_id=values_of(row)["former_commune_id"],
                        **row.values["producer"],
                    )
                    producer = _create(folder_for(producer_index, producer.commune), producer, user, publish)
                elif row.producer_action == UPDATE:
                    _update(producer, row.values["producer"], user, publish)
                producers[producer_key] = producer
            values = row.values["product"]
            if row.action == CREATE:
                page = ProductPage(
                    producer=producer,
                    certifying_level=certification.default_level(values["stars"], values["certified_on"]),
                    short_description=str(
                        _("%(product)s – sản phẩm OCOP %(stars)s sao của %(producer)s.")
                        % {"product": values["title"], "stars": values["stars"], "producer": producer.title}
                    )[:300],
                    **values,
                )
                _create(folder_for(catalog, page.commune), page, user, publish)
            elif row.action == UPDATE:
                _update(row.product_page, values, user, publish)
        result.applied = True
        return result
