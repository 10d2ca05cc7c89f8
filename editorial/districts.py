"""District editors may touch only their own district's products and producers.

Wagtail's page permissions follow the page tree, and products are not stored
under district subtrees, so the rule is enforced here and called from the
admin hooks (edit, create, delete, move, copy, unpublish, explorer, chooser).
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from catalog.models import ProducerPage, ProductPage
from editorial.roles import editor_districts, is_district_editor

DISTRICT_SCOPED = (ProductPage, ProducerPage)


def allowed_district_ids(user):
    """None when `user` is not restricted to districts, else the ids they may edit."""
    if not is_district_editor(user):
        return None
    return set(editor_districts(user).values_list("pk", flat=True))


def page_refusal(user, page):
    """Why `user` may not work on `page`, or None when they may."""
    allowed = allowed_district_ids(user)
    if allowed is None:
        return None
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    if not isinstance(page, DISTRICT_SCOPED):
        return _("Biên tập viên huyện chỉ được sửa sản phẩm và chủ thể OCOP.")
    if page.district_id not in allowed:
        return _(
            "Trang này thuộc huyện khác; biên tập viên huyện chỉ được sửa sản phẩm và chủ thể của huyện mình."
        )
    return None


def create_refusal(user, page_class):
    if allowed_district_ids(user) is None:
        return None
    if not issubclass(page_class, DISTRICT_SCOPED):
        return _("Biên tập viên huyện chỉ được tạo sản phẩm và chủ thể OCOP.")
    return None


def submitted_district_refusal(user, data):
    """Refuse a submitted form that places the page in another district."""
    allowed = allowed_district_ids(user)
    if allowed is None or "district" not in data:
        return None
    try:
        district_id = int(data.get("district") or 0)
    except ValueError:
        district_id = 0
    if district_id not in allowed:
        return _("Chọn huyện của mình: biên tập viên huyện chỉ được lưu trang thuộc huyện mình.")
    return None


def visible_pages(user, pages):
    """`pages` without the products and producers of other districts, for a district editor."""
    allowed = allowed_district_ids(user)
    if allowed is None:
        return pages
    other_products = ProductPage.objects.exclude(district_id__in=allowed).values("pk")
    other_producers = ProducerPage.objects.exclude(district_id__in=allowed).values("pk")
    return pages.exclude(Q(pk__in=other_products) | Q(pk__in=other_producers))
