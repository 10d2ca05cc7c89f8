"""The embedded catalog search index: one folded, denormalised row per live product page.

Its facet columns are the `column`s of the facets declared in
`catalog.search_index`. The database backend filters, counts facets and sorts on this table only, so
diacritic-insensitive matching and Vietnamese name order work the same on
SQLite and PostgreSQL without extensions or collations. `search.indexing`
keeps it in sync; `manage.py rebuild_catalog_search` rebuilds it.

On SQLite, a migration that alters a column of `ProductSearchEntry` makes Django remake
the table, which drops the full-text triggers of search 0004: such a migration must
create them again (search 0006 drops indexes in the database only for that reason).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from catalog import search_index


def _entry_indexes():
    """Indexes that answer the catalog's queries from the index alone, derived from the declaration.

    One per facet family, led by the family's columns so its counts stream in index order
    without a sort, and holding every other facet column so the other families' filters are
    checked without reading the (wide) rows; one per order, so a page of a sorted listing
    stops after its rows. Every catalog query filters on language and validity.
    """
    columns = [facet.column for facet in search_index.FACETS]
    indexes = []
    for root, children in search_index.families():
        family = [root.column, *(child.column for child in children)]
        rest = [column for column in columns if column not in family]
        indexes.append(
            models.Index(
                fields=["language", *family, "valid_until", *rest], name=f"search_family_{root.name}"[:30]
            )
        )
    orders = {"listing": search_index.LISTING_ORDER}
    orders.update({sort.value: sort.order for sort in search_index.SORTS if sort.order})
    seen = set()
    for name, order in orders.items():
        if order not in seen:
            seen.add(order)
            indexes.append(
                models.Index(fields=["language", *order, "valid_until"], name=f"search_order_{name}")
            )
    return indexes


class ProductSearchEntry(models.Model):
    page = models.OneToOneField(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
    )
    language = models.CharField(_("ngôn ngữ"), max_length=16)
    # " gao seng cu " — folded, punctuation turned into spaces, padded so a
    # word prefix is a plain `contains(" seng")`.
    name_folded = models.TextField()
    # Name, descriptions, ingredients, producer, category and places, folded.
    document = models.TextField()
    name_sort = models.CharField(max_length=400)
    stars = models.PositiveSmallIntegerField()
    group_code = models.CharField(max_length=8, blank=True)
    category_code = models.CharField(max_length=16, blank=True)
    district_slug = models.CharField(max_length=255, blank=True)
    commune_slug = models.CharField(max_length=255, blank=True)
    producer_type = models.CharField(max_length=32, blank=True)
    # " vietgap haccp ": a facet with several values per product (catalog.search_index.padded_keys).
    standards = models.TextField(blank=True, default="")
    certified_on = models.DateField(null=True)
    valid_until = models.DateField(null=True)

    class Meta:
        verbose_name = _("mục tìm kiếm sản phẩm")
        verbose_name_plural = pgettext_lazy("plural", "mục tìm kiếm sản phẩm")
        indexes = _entry_indexes()

    def __str__(self):
        return self.name_folded.strip()


class PendingSearchUpdate(models.Model):
    """An object Wagtail's Elasticsearch index missed while the cluster was out.

    Replaying reads the object again: it is indexed if it still exists, its
    document deleted otherwise (search.elastic.wagtail_backend).
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("loại nội dung"), on_delete=models.CASCADE
    )
    object_id = models.CharField(_("mã đối tượng"), max_length=255)
    recorded_at = models.DateTimeField(_("ghi lúc"), auto_now=True)

    class Meta:
        verbose_name = _("cập nhật chỉ mục tìm kiếm đang chờ")
        verbose_name_plural = pgettext_lazy("plural", "cập nhật chỉ mục tìm kiếm đang chờ")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="unique_pending_search_update"
            ),
        ]

    def __str__(self):
        return f"{self.content_type} #{self.object_id}"


class SynonymGroup(models.Model):
    """Words and phrases a buyer may type for the same thing ("lạc, đậu phộng").

    Province editors keep the list in the admin; `search.synonyms` turns it into
    query expansion for every backend. Seeded once from search/data/synonyms.csv.
    """

    language = models.CharField(
        _("ngôn ngữ"), max_length=16, choices=settings.LANGUAGES, default="vi", db_index=True
    )
    terms = models.TextField(
        _("các từ cùng nghĩa"),
        help_text=_("Các từ hoặc cụm từ cùng nghĩa, cách nhau bằng dấu phẩy, ví dụ: lạc, đậu phộng"),
    )
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("nhóm từ đồng nghĩa")
        verbose_name_plural = pgettext_lazy("plural", "nhóm từ đồng nghĩa")
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    def term_list(self):
        return [term.strip() for term in self.terms.replace("\n", ",").split(",") if term.strip()]


class SynonymSeed(models.Model):
    """A row of search/data/synonyms.csv already seeded: never seeded again, even if the editor deleted it."""

    key = models.CharField(max_length=255, unique=True)

    def __str__(self):
        return self.key


class ZeroResultSearch(models.Model):
    """How often a query found nothing, per language and day. Nothing about who searched."""

    query = models.CharField(_("từ khóa"), max_length=100)
    language = models.CharField(_("ngôn ngữ"), max_length=16)
    day = models.DateField(_("ngày"))
    count = models.PositiveIntegerField(_("số lần"), default=0)

    class Meta:
        verbose_name = _("tìm kiếm không có kết quả")
        verbose_name_plural = pgettext_lazy("plural", "tìm kiếm không có kết quả")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "day"], name="unique_zero_result_search"),
        ]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.day})"
