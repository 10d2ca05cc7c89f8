"""Admin forms of the pages filed under a commune folder (products, producers)."""

from django.utils.translation import gettext_lazy as _

from home.slugs import ReadableSlugPageForm


class FiledPageForm(ReadableSlugPageForm):
    """Checks an editor's choices on the field, so the form keeps what was typed.

    The page's commune is its folder's (new pages: the folder they are created
    in), so the former-address checks of `PlacedMixin` run against it; and a
    product may only name a producer the editor may edit, as Wagtail's page
    permissions decide (a commune editor: their commune's producers).
    """

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is None and self.parent_page is not None:
            self.instance.take_commune_from_folder(self.parent_page)
        producer = cleaned_data.get("producer")
        if producer is not None and self.for_user is not None:
            if not producer.permissions_for_user(self.for_user).can_edit():
                self.add_error(
                    "producer",
                    _("Bạn chỉ chọn được chủ thể mà mình được sửa (chủ thể thuộc xã / phường của bạn)."),
                )
        return cleaned_data
