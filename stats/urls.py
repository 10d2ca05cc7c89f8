from django.urls import path

from stats import views

urlpatterns = [
    path("thong-ke/", views.statistics, name="statistics"),
    path("thong-ke.csv", views.statistics_csv, name="statistics_csv"),
]
