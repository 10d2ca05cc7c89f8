"""Create the first admin account with a random password, once.

The password is printed once and kept in a git-ignored file so that
`make run` never relies on a fixed, guessable password.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = "Create the admin superuser with a random password if no superuser exists."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("OCOP_ADMIN_USERNAME", "admin"))
        parser.add_argument("--credentials-file", default=str(CREDENTIALS_FILE))

    def handle(self, *args, username, credentials_file, **options):
        User = get_user_model()
        path = Path(credentials_file)
        if User.objects.filter(is_superuser=True).exists():
            where = f" (see {path})" if path.exists() else ""
            self.stdout.write(f"An admin account already exists{where}.")
            return
        password = secrets.token_urlsafe(16)
        User.objects.create_superuser(username=username, email="", password=password)
        path.write_text(f"username: {username}\npassword: {password}\n", encoding="utf-8")
        path.chmod(0o600)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created admin account '{username}' with password: {password}\n"
                f"(shown once; also saved in {path}, which git ignores)"
            )
        )
