"""Which Django group edits which commune's products and producers, and the commune's review step."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import AbstractGroupApprovalTask, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial.areas import may_review
from editorial.roles import is_province_editor


class CommuneEditorGroup(models.Model):
    """Members of `group` prepare the products and producers filed under `commune`'s folders."""

    group = models.OneToOneField(
        Group, verbose_name=_("nhóm"), on_delete=models.CASCADE, related_name="commune_scope"
    )
    commune = models.OneToOneField(
        "catalog.Commune",
        verbose_name=_("xã / phường"),
        on_delete=models.CASCADE,
        related_name="editor_group",
    )

    class Meta:
        verbose_name = _("nhóm biên tập viên xã")
        verbose_name_plural = pgettext_lazy("plural", "nhóm biên tập viên xã")

    def __str__(self):
        return self.group.name


class CommuneReviewTask(AbstractGroupApprovalTask):
    """The commune's step: its People's Committee receives the dossier and pre-assesses it.

    Only the editors of the page's own commune (or the province's) may act:
    members of another commune's group see nothing to review.
    """

    def _may_review(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return False
        return may_review(user, obj)

    def user_can_access_editor(self, obj, user):
        return self._may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self._may_review(obj, user)

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if self._may_review(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser or is_province_editor(user):
            return in_progress
        if not self._user_in_groups(user):
            return TaskState.objects.none()
        page_ids = PagePermissionPolicy().instances_user_has_permission_for(user, "change").values_list("pk")
        return in_progress.filter(workflow_state__object_id__in=[str(pk) for (pk,) in page_ids])

    @classmethod
    def get_description(cls):
        return _("Biên tập viên của xã nơi có sản phẩm hoặc chủ thể tiếp nhận và đánh giá sơ bộ hồ sơ.")

    class Meta:
        verbose_name = _("bước tiếp nhận, đánh giá sơ bộ của xã")
        verbose_name_plural = pgettext_lazy("plural", "bước tiếp nhận, đánh giá sơ bộ của xã")
