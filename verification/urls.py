from django.urls import path

from verification import views

app_name = "verification"

urlpatterns = [path("xac-thuc/<str:code>/", views.verify, name="verify")]
