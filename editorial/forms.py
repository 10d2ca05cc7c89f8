"""Admin forms of placed things outside the commune folders (sales points, events).

The commune fence for them is a form rule, since they are not filed under a
commune's folder: a commune editor may place them only in their own commune(s).
"""

from django.utils.translation import gettext_lazy as _

from catalog.models import Commune
from editorial.areas import choosable_communes
from editorial.roles import is_commune_editor
from home.choosable_media import ChoosableMediaAdminForm
from home.slugs import ReadableSlugPageForm


class CommuneChoiceMixin:
    """A commune editor places a sales point or an event in their own commune(s) only.

    The commune list offers only those (and the record's current commune, so an
    existing record still shows), and any other commune — chosen, or filled in
    from a former address — is an error on the field, so the form keeps what was
    typed instead of the save being refused afterwards.
    """

    def editor_commune_ids(self):
        user = getattr(self, "for_user", None)
        if user is None or not is_commune_editor(user):
            return None
        return set(choosable_communes(user, Commune.objects.all()).values_list("pk", flat=True))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_communes = self.editor_commune_ids()
        field = self.fields.get("commune")
        if self.allowed_communes is not None and field is not None and not field.disabled:
            keep = self.allowed_communes | ({self.instance.commune_id} if self.instance.commune_id else set())
            field.queryset = field.queryset.filter(pk__in=keep)
            field.error_messages["invalid_choice"] = COMMUNE_NOT_YOURS

    def _post_clean(self):
        super()._post_clean()  # the model's clean fills the commune in from a former address
        commune_id = self.instance.commune_id
        if self.allowed_communes is None or commune_id is None or commune_id in self.allowed_communes:
            return
        if commune_id == self.initial.get("commune"):
            return  # an existing record left where it was
        field = "commune" if self.cleaned_data.get("commune") else "former_commune"
        if field in self.fields and not self.has_error(field):
            self.add_error(field, COMMUNE_NOT_YOURS)


COMMUNE_NOT_YOURS = _("Bạn chỉ chọn được xã / phường của mình; địa chỉ này thuộc xã / phường khác.")


class PlacedSnippetForm(CommuneChoiceMixin, ChoosableMediaAdminForm):
    pass


class PlacedPageForm(CommuneChoiceMixin, ReadableSlugPageForm):
    pass
