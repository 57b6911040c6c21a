"""`python -m mock_portal`: serve the portal and the identity platform on loopback."""

from __future__ import annotations

import argparse
import json
import signal
import sys

from . import defects
from .config import InvalidSetting, Settings, defect_names, parse_case_result, parse_minutes
from .domain.limits import Table
from .server import CannotListen, Server
from .services import limits_table
from .services.personas import DEFAULT_PASSWORD, DEMO_PERSONAS
from .store import UnusableDatabase


def _port(text: str) -> int:
    """A TCP port, 0 (any free one) to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0 to 65535)")
    return port


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m mock_portal",
        description="Mock of 灵活就业人员社会保险缴费申报与变更: portal, identity platform, SMS outbox.")
    parser.add_argument("--port", type=_port, default=8000, help="portal port (default 8000)")
    parser.add_argument("--idp-port", type=_port, default=8001,
                        help="identity platform port (default 8001)")
    parser.add_argument("--host", default="127.0.0.1", help="portal host (default 127.0.0.1)")
    parser.add_argument("--idp-host", default="localhost",
                        help="identity platform host name; another name than the portal's keeps "
                             "cookies apart (default localhost)")
    parser.add_argument("--db", default="var/portal.db", help="SQLite file, brought forward to the current schema at start "
                             "(default var/portal.db)")
    parser.add_argument("--test-mode", action="store_true",
                        help="enable the control API (/__admin), the SMS outbox page, demo personas")
    parser.add_argument("--limits", metavar="FILE",
                        help='JSON limits table replacing the published one, '
                             '{"2026": {"lower": 7500, "upper": 37000}, ...}')
    parser.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    # Read as text and checked in main(), so a bad value gets one line, as a refused --db does.
    parser.add_argument("--accept-after-minutes", metavar="N",
                        help="mock-clock minutes from 提交 to 已受理, same day "
                             "(default 5; MOCK_PORTAL_ACCEPT_AFTER_MINUTES)")
    parser.add_argument("--complete-after-minutes", metavar="N",
                        help="mock-clock minutes from 提交 to 已办结, same day "
                             "(default 30; MOCK_PORTAL_COMPLETE_AFTER_MINUTES)")
    parser.add_argument("--default-result", metavar="通过|不予通过",
                        help="result of a case the clock completes "
                             "(default 通过; MOCK_PORTAL_DEFAULT_RESULT)")
    parser.add_argument("--defects", metavar="A,B",
                        help="switch on these seeded defects together (test mode only; "
                             "GET /__admin/defects lists them; MOCK_PORTAL_DEFECTS)")
    return parser.parse_args(argv)


def case_overrides(args: argparse.Namespace) -> dict:
    """The case-lifecycle settings given as flags, checked (InvalidSetting names the flag)."""
    overrides = {}
    if args.accept_after_minutes is not None:
        overrides["accept_after_minutes"] = parse_minutes(args.accept_after_minutes,
                                                    "--accept-after-minutes")
    if args.complete_after_minutes is not None:
        overrides["complete_after_minutes"] = parse_minutes(args.complete_after_minutes,
                                                      "--complete-after-minutes")
    if args.default_result is not None:
        overrides["default_result"] = parse_case_result(args.default_result, "--default-result")
    if args.defects is not None:
        overrides["defects"] = defect_names(args.defects)
    return overrides


def refuse(problem: str) -> None:
    """Stop before serving: one line naming the problem and what to do, status 2 (as argparse
    does for a usage error); a wrong start is the operator's to fix, not a crash."""
    print(f"python -m mock_portal: {problem}", file=sys.stderr)
    sys.exit(2)


def _check_ports(args: argparse.Namespace, idp_bind: str) -> None:
    # Port 0 asks the system for any free port, so two zeros never collide.
    if args.port and args.port == args.idp_port and args.host == idp_bind:
        refuse(f"--port and --idp-port are both {args.port}; the portal and the identity "
               "platform need a port each, e.g. --port 8000 --idp-port 8001")


def _load_limits(path: str) -> Table:
    try:
        return limits_table.read_file(path)
    except (OSError, UnicodeDecodeError) as exc:
        refuse(f"--limits {path}: cannot read it ({getattr(exc, 'strerror', None) or exc}); "
               "give the path of a JSON limits file")
    except json.JSONDecodeError as exc:
        refuse(f"--limits {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
               f"{exc.msg}); fix the file or leave --limits out")
    except limits_table.InvalidTable as exc:
        refuse(f"--limits {path} is not a limits table ({exc}); write it as "
               '{"2026": {"lower": 7500, "upper": 37000}, ...}')


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    # localhost resolves to 127.0.0.1 here; waitress binds the address, so name it.
    idp_bind = "127.0.0.1" if args.idp_host == "localhost" else args.idp_host
    _check_ports(args, idp_bind)
    portal_url = f"http://{args.host}:{args.port}"
    idp_url = f"http://{args.idp_host}:{args.idp_port}"
    try:
        settings = Settings.from_env(database=args.db, portal_url=portal_url, idp_url=idp_url,
                                     test_mode=args.test_mode, **case_overrides(args))
    except InvalidSetting as exc:
        refuse(str(exc))
    try:
        defects.applied(settings)
    except (defects.UnknownDefect, defects.DefectsOutsideTestMode) as exc:
        refuse(str(exc))

    startup_limits = _load_limits(args.limits) if args.limits else None
    try:
        server = Server(settings, args.host, args.port, idp_bind, args.idp_port, args.threads,
                        startup_limits)
    except (UnusableDatabase, CannotListen) as exc:
        refuse(str(exc))
    print(f"portal:            {portal_url}/", flush=True)
    print(f"identity platform: {idp_url}/", flush=True)
    if args.test_mode:
        print(f"control API:       {portal_url}/__admin/", flush=True)
        print(f"SMS outbox:        {portal_url}/__outbox/", flush=True)
        if settings.defects:
            print(f"seeded defects:    {', '.join(settings.defects)}", flush=True)
        for persona in DEMO_PERSONAS:
            print(f"demo persona:      {persona.name}  phone {persona.phone}  "
                  f"password {DEFAULT_PASSWORD}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
