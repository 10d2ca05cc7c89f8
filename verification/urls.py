from django.urls import path

from verification import views

app_name = "verification"

urlpatterns = [
    path("xac-thuc/", views.lookup, name="lookup"),
    path("xac-thuc/<str:code>/", views.verify, name="verify"),
]
