"""Real mail servers on loopback for the tests: Dovecot (IMAP) and aiosmtpd (SMTP).

Dovecot comes from Debian's `dovecot-imapd` (`make test` installs it) and runs
in the foreground with a configuration of its own in a temporary folder: one
user, a maildir, no TLS (loopback only). As root it runs its processes as
Debian's `dovecot` and `dovenull` users; as anyone else, as that user.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import free_port, wait_for

USER, PASSWORD, ADDRESS = "theo", "a-long-test-password", "theo@example.org"


@dataclass
class Dovecot:
    port: int
    folder: Path
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_dovecot() -> Dovecot:
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(binary).exists():
        raise RuntimeError("Dovecot is not installed: run `make test` (it installs dovecot-imapd)")
    port = free_port()
    # Not pytest's folder: as root, that is closed to the `dovecot` user Dovecot reads as.
    folder = Path(tempfile.mkdtemp(prefix="os1-dovecot-"))
    folder.chmod(0o755)
    run, mail = folder / "run", folder / "mail"
    run.mkdir(parents=True)
    mail.mkdir()
    if os.getuid() == 0:
        owner = pwd.getpwnam("dovecot")
        login, internal, group = "dovenull", "dovecot", "dovecot"
        os.chown(mail, owner.pw_uid, owner.pw_gid)
        uid, gid = owner.pw_uid, owner.pw_gid
    else:
        me = pwd.getpwuid(os.getuid())
        login = internal = me.pw_name
        group = grp.getgrgid(me.pw_gid).gr_name
        uid, gid = me.pw_uid, me.pw_gid
    (folder / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{mail}/{USER}\n")
    config = folder / "dovecot.conf"
    config.write_text(
        f"""
base_dir = {run}
state_dir = {run}/state
log_path = {run}/dovecot.log
instance_name = os1-test-{port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = {login}
default_internal_user = {internal}
default_internal_group = {group}
first_valid_uid = {uid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {folder}/passwd
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  mailbox Archive {{
    special_use = \\Archive
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
"""
    )
    process = subprocess.Popen(
        [binary, "-F", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(port, process, "Dovecot")
    return Dovecot(port, folder, process)


@dataclass
class Recorded:
    """What the SMTP server was given: (sender, recipients, message bytes), in order."""

    sent: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    # aiosmtpd calls a handler's method by this name for each message.
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.sent.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def start_smtp() -> tuple[object, Recorded, int]:
    from aiosmtpd.controller import Controller

    recorded = Recorded()
    port = free_port()
    controller = Controller(recorded, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, recorded, port


def running() -> Iterator[tuple[Dovecot, Recorded, int]]:
    dovecot = start_dovecot()
    controller, recorded, smtp_port = start_smtp()
    try:
        yield dovecot, recorded, smtp_port
    finally:
        controller.stop()  # type: ignore[attr-defined]
        dovecot.stop()
