"""Local browser endpoints on loopback, for the remote-browser tests and for trying `--connect`:
a Playwright server (`python -m playwright run-server`) and a Chromium with DevTools open.

Each is a subprocess that prints its address when ready; both are started bounded (an error
with the output when no address comes in time) and stopped with SIGTERM, then SIGKILL.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from .ports import LOOPBACK

#: `run-server` prints this once it listens.
_PLAYWRIGHT_LISTENING = re.compile(r"Listening on (ws://\S+)")
#: Chromium prints this on stderr once DevTools listen.
_DEVTOOLS_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")


class EndpointError(RuntimeError):
    """The endpoint did not start or did not say where it listens."""


class _Endpoint:
    """A subprocess that announces its address on one of its output streams."""

    announcement: re.Pattern

    def __init__(self, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.process: subprocess.Popen | None = None
        self.output: list[str] = []
        self.endpoint: str | None = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> str:
        """Start the process; its address once it announces it (EndpointError otherwise)."""
        # A session of its own: `python -m playwright` runs its server as a child (node) and
        # Chromium has helpers; stop() ends the whole group.
        self.process = subprocess.Popen(self.command(), stdin=subprocess.PIPE, env=self.env(),
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, encoding="utf-8", errors="replace",
                                        start_new_session=True)
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, args=(lines,), daemon=True).start()
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.stop()
                raise EndpointError(f"{self.command()[0]} gave no address within "
                                    f"{self.timeout:g}s:\n{self.tail()}") from None
            if line is None:
                self.stop()
                raise EndpointError(f"{self.command()[0]} exited before it listened:\n"
                                    f"{self.tail()}")
            found = self.announcement.search(line)
            if found:
                self.endpoint = self.address(found.group(1))
                return self.endpoint

    def _read(self, lines: queue.Queue) -> None:
        # Reading to the end keeps the pipe from filling up while the process runs.
        for line in self.process.stdout:
            self.output.append(line.rstrip("\n"))
            lines.put(line)
        lines.put(None)

    def address(self, announced: str) -> str:
        return announced

    def env(self) -> dict[str, str]:
        return dict(os.environ)

    def tail(self, lines: int = 20) -> str:
        return "\n".join(self.output[-lines:])

    def stop(self, grace: float = 5.0) -> None:
        """SIGTERM to the process and its children, then SIGKILL after `grace` seconds."""
        process, self.process = self.process, None
        if process is None:
            return
        if process.stdin:
            process.stdin.close()  # a Playwright server ends when its stdin closes
        _signal_group(process, signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        # Whatever of the group outlived its leader goes too: a Playwright server's node child
        # may still be closing its browsers when `python -m playwright` has exited.
        _signal_group(process, signal.SIGKILL)
        process.wait()
        _wait_until_gone(process.pid, grace)


def group_alive(pgid: int) -> bool:
    """Whether a running process of the group `pgid` is left. Where /proc lists processes, a
    zombie (ended, waiting for init to reap it, which may take a second) does not count."""
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            # "pid (name) state ppid pgrp …": the name may hold spaces and parentheses.
            state, _, pgrp = stat.read_text().rpartition(")")[2].split()[:3]
        except (OSError, ValueError):
            continue  # ended while the list was read
        if int(pgrp) == pgid and state != "Z":
            return True
    return False


def _wait_until_gone(pgid: int, timeout: float) -> None:
    # SIGKILL is delivered a moment after killpg returns.
    deadline = time.monotonic() + timeout
    while group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.01)


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    """`signum` to every process of `process`'s session (its own, see start())."""
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


class PlaywrightServer(_Endpoint):
    """`python -m playwright run-server` on a free loopback port; `--unsafe` lets clients name
    the browser executable and its flags in their launch options (a system Chromium here)."""

    announcement = _PLAYWRIGHT_LISTENING

    def __init__(self, timeout: float = 30.0, unsafe: bool = True, debug: bool = False) -> None:
        super().__init__(timeout)
        self.unsafe = unsafe
        #: Log each connection and how the server served it (Playwright's DEBUG=pw:server).
        self.debug = debug

    def env(self) -> dict[str, str]:
        return {**os.environ, **({"DEBUG": "pw:server"} if self.debug else {})}

    def command(self) -> list[str]:
        return [sys.executable, "-m", "playwright", "run-server", "--host", LOOPBACK,
                "--port", "0", *(["--unsafe"] if self.unsafe else [])]


class DevToolsChromium(_Endpoint):
    """A headless Chromium with DevTools on a free loopback port and a profile of its own;
    its address is the http:// one that `connect_over_cdp` (and browser grids) take."""

    announcement = _DEVTOOLS_LISTENING

    def __init__(self, executable: str, args: list[str] | tuple[str, ...] = (),
                 timeout: float = 30.0) -> None:
        super().__init__(timeout)
        self.executable = executable
        self.args = list(args)
        self.profile = Path(tempfile.mkdtemp(prefix="devtools-chromium-"))

    def command(self) -> list[str]:
        return [self.executable, "--headless", f"--remote-debugging-address={LOOPBACK}",
                "--remote-debugging-port=0", f"--user-data-dir={self.profile}",
                "--no-first-run", *self.args, "about:blank"]

    def address(self, announced: str) -> str:
        return f"http://{urlsplit(announced).netloc}"

    def stop(self, grace: float = 5.0) -> None:
        super().stop(grace)
        shutil.rmtree(self.profile, ignore_errors=True)
