from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo catalog `make run` loads (`manage.py load_demo`): the top layer, it may use every app."""

    name = "demo"
    verbose_name = "Demo"
