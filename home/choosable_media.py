"""Admin forms refuse an image or document the editor may not choose, with a field error.

The choosers list only what an editor may choose, but a form takes whatever id is
posted. Which items a user may choose is decided above this layer: apps register a
function (user, queryset) -> queryset under FILTER_CHOOSABLE_MEDIA_HOOK
(editorial/wagtail_hooks.py: `editorial.areas.visible_media`).
"""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.blocks import StreamValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

FILTER_CHOOSABLE_MEDIA_HOOK = "filter_choosable_media"


def media_in(value):
    """Images and documents held by a form field's cleaned value (StreamField values walked)."""
    if isinstance(value, (get_image_model(), get_document_model())):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from media_in(child.value)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from media_in(item)
    elif isinstance(value, (list, tuple, ListValue)):
        for item in value:
            yield from media_in(item)


def unchoosable(user, items):
    """Those of `items` that no registered filter lets `user` choose."""
    refused = []
    for model in {type(item)._meta.concrete_model for item in items}:
        wanted = {item.pk for item in items if type(item)._meta.concrete_model is model}
        allowed = model.objects.filter(pk__in=wanted)
        for narrow in hooks.get_hooks(FILTER_CHOOSABLE_MEDIA_HOOK):
            allowed = narrow(user, allowed)
        refused += sorted(wanted - set(allowed.values_list("pk", flat=True)))
    return refused


def refuse_unchoosable_media(form, user):
    """Add a field error to `form` for each field naming media `user` may not choose."""
    for name, value in list(getattr(form, "cleaned_data", {}).items()):
        if name in form.fields and unchoosable(user, list(media_in(value))):
            form.add_error(
                name, _("Bạn không được chọn ảnh hay tài liệu này; hãy chọn trong danh sách của mình.")
            )


class ChoosableMediaMixin:
    """First among an admin form's bases: images and documents, in the form and its inline
    panels, must be ones the editor may choose. Checked once the form and its formsets are
    cleaned, so an inline panel's error lands on its own row."""

    def is_valid(self):
        valid = super().is_valid()
        if self.for_user is None or getattr(self, "_media_checked", False):
            return valid
        self._media_checked = True
        forms = [self] + [
            child
            for formset in self.formsets.values()
            for child in formset.forms
            if not getattr(child, "cleaned_data", {}).get("DELETE")
        ]
        for form in forms:
            refuse_unchoosable_media(form, self.for_user)
        return valid and not any(form.errors for form in forms)


class ChoosableMediaAdminForm(ChoosableMediaMixin, WagtailAdminModelForm):
    """The admin's base form for snippets and models (WAGTAILADMIN_BASE_FORM_CLASS)."""
