"""Admin routes mounted in front of Wagtail's own, so their fenced versions answer (editorial.admin_views)."""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from editorial import admin_views

urlpatterns = decorate_urlpatterns(
    [
        path(
            "choose-page/<int:parent_page_id>/",
            admin_views.FencedBrowseView.as_view(),
            name="wagtailadmin_choose_page_child",
        ),
        path(
            "choose-external-link/",
            admin_views.CompleteExternalLinkView.as_view(),
            name="wagtailadmin_choose_page_external_link",
        ),
        path(
            "choose-page/chosen-multiple/",
            admin_views.FencedChosenMultipleView.as_view(),
            name="wagtailadmin_choose_page_chosen_multiple",
        ),
        *[
            path(route, admin_views.page_view_within_reach(name), name=f"ocop_fenced_{name}")
            for route, name in [
                (
                    "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
                    "workflow_action",
                ),
                (
                    "pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
                    "collect_workflow_action_data",
                ),
                ("pages/workflow/confirm_cancellation/<int:page_id>/", "confirm_workflow_cancellation"),
                ("pages/workflow/preview/<int:page_id>/<int:task_id>/", "workflow_preview"),
            ]
        ],
        # Image and document chooser steps that take an id (Wagtail's paths, wagtail/images and
        # wagtail/documents views/chooser.py), fenced by `visible_media` like their listings.
        path("images/chooser/chosen/<str:pk>/", admin_views.fenced_image_chosen, name="ocop_image_chosen"),
        path(
            "images/chooser/chosen-multiple/",
            admin_views.fenced_image_chosen_multiple,
            name="ocop_image_chosen_multiple",
        ),
        path(
            "images/chooser/<int:image_id>/select_format/",
            admin_views.fenced_image_select_format,
            name="ocop_image_select_format",
        ),
        path(
            "documents/chooser/chosen/<str:pk>/",
            admin_views.fenced_document_chosen,
            name="ocop_document_chosen",
        ),
        path(
            "documents/chooser/chosen-multiple/",
            admin_views.fenced_document_chosen_multiple,
            name="ocop_document_chosen_multiple",
        ),
        path(
            "localize/reports/translations/",
            admin_views.FencedTranslationsReportView.as_view(),
            name="ocop_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            admin_views.FencedTranslationsReportView.as_view(results_only=True),
            name="ocop_translations_report_results",
        ),
    ],
    require_admin_access,
)
