"""The embedded catalog search index: one folded, denormalised row per live product page.

Its facet columns are the `column`s of the facets declared in
`catalog.search_index`. The database backend filters, counts facets and sorts on this table only, so
diacritic-insensitive matching and Vietnamese name order work the same on
SQLite and PostgreSQL without extensions or collations. `search.indexing`
keeps it in sync; `manage.py rebuild_catalog_search` rebuilds it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProductSearchEntry(models.Model):
    page = models.OneToOneField(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
    )
    language = models.CharField(_("ngôn ngữ"), max_length=16, db_index=True)
    # " gao seng cu " — folded, punctuation turned into spaces, padded so a
    # word prefix is a plain `contains(" seng")`.
    name_folded = models.TextField()
    # Name, descriptions, ingredients, producer, category and places, folded.
    document = models.TextField()
    name_sort = models.CharField(max_length=400, db_index=True)
    stars = models.PositiveSmallIntegerField(db_index=True)
    group_code = models.CharField(max_length=8, blank=True, db_index=True)
    category_code = models.CharField(max_length=16, blank=True, db_index=True)
    district_slug = models.CharField(max_length=255, blank=True, db_index=True)
    commune_slug = models.CharField(max_length=255, blank=True)
    producer_type = models.CharField(max_length=32, blank=True, db_index=True)
    # " vietgap haccp ": a facet with several values per product (catalog.search_index.padded_keys).
    standards = models.TextField(blank=True, default="")
    certified_on = models.DateField(null=True, db_index=True)
    valid_until = models.DateField(null=True, db_index=True)

    class Meta:
        verbose_name = _("mục tìm kiếm sản phẩm")
        verbose_name_plural = pgettext_lazy("plural", "mục tìm kiếm sản phẩm")

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
