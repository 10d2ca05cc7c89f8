"""Which Django group edits which district's products and producers."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import AbstractGroupApprovalTask, TaskState


class DistrictEditorGroup(models.Model):
    """Members of `group` may prepare products and producers of `district` only."""

    group = models.OneToOneField(
        Group, verbose_name=_("nhóm"), on_delete=models.CASCADE, related_name="district_scope"
    )
    district = models.OneToOneField(
        "catalog.District", verbose_name=_("huyện"), on_delete=models.CASCADE, related_name="editor_group"
    )

    class Meta:
        verbose_name = _("nhóm biên tập viên huyện")
        verbose_name_plural = pgettext_lazy("plural", "nhóm biên tập viên huyện")

    def __str__(self):
        return self.group.name


class DistrictReviewTask(AbstractGroupApprovalTask):
    """Approval by the editors of the page's own district (or the province's editors).

    A product or producer of huyện Điện Biên waits for Điện Biên's editors only;
    members of the chosen groups who edit another district cannot act on it.
    """

    def _may_review(self, obj, user):
        from editorial.roles import editor_districts, is_province_editor

        if user.is_superuser or is_province_editor(user):
            return True
        if not self._user_in_groups(user):
            return False
        obj = getattr(obj, "specific_deferred", obj)
        district_id = getattr(obj, "district_id", None)
        return district_id is not None and editor_districts(user).filter(pk=district_id).exists()

    def user_can_access_editor(self, obj, user):
        return self._may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self._may_review(obj, user)

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if self._may_review(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from catalog.models import ProducerPage, ProductPage
        from editorial.roles import editor_districts, is_province_editor

        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser or is_province_editor(user):
            return in_progress
        if not self._user_in_groups(user):
            return TaskState.objects.none()
        districts = editor_districts(user)
        page_ids = [
            str(pk)
            for model in (ProductPage, ProducerPage)
            for pk in model.objects.filter(district__in=districts).values_list("pk", flat=True)
        ]
        return in_progress.filter(workflow_state__object_id__in=page_ids)

    @classmethod
    def get_description(cls):
        return _("Biên tập viên của huyện nơi có sản phẩm hoặc chủ thể duyệt bước này.")

    class Meta:
        verbose_name = _("bước duyệt của huyện")
        verbose_name_plural = pgettext_lazy("plural", "bước duyệt của huyện")
