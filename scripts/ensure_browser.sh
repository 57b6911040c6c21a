#!/usr/bin/env bash
# Make sure a Chromium the harness can drive is present.
#
# Order: (a) one already present: Playwright's own build for the installed Playwright version, or
# Debian's chromium-headless-shell / chromium packages (with fonts-noto-cjk, so Chinese renders);
# (b) Playwright's own download from its CDN, bounded by a short timeout; (c) Debian's packages
# through apt-get (as root, or with password-less sudo); (d) fail with instructions.
# NEED_XVFB=1 also makes sure Xvfb is present (headed recording on a machine without a display);
# NEED_XVFB=optional installs it where it can and only warns where it cannot (`make test`).
#
# Environment: PYTHON (default .venv/bin/python), PLAYWRIGHT_INSTALL_TIMEOUT (seconds, default 90),
# NEED_XVFB=1|optional, PLAYWRIGHT_BROWSERS_PATH (honoured as Playwright does).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PY="${PYTHON:-$PWD/.venv/bin/python}"
INSTALL_TIMEOUT="${PLAYWRIGHT_INSTALL_TIMEOUT:-90}"
# Real binaries of Debian's packages; /usr/bin/chromium* are shell wrappers around them.
SYSTEM_HEADLESS_SHELL=/usr/lib/chromium/chromium-headless-shell
SYSTEM_CHROMIUM=/usr/lib/chromium/chromium

say() { echo "ensure_browser: $*"; }
warn() { echo "ensure_browser: $*" >&2; }

have_playwright() { [ -x "$PY" ] && "$PY" -c 'import playwright' 2>/dev/null; }

# Where Playwright would install chromium and its ffmpeg for the installed version (computed once).
PLAYWRIGHT_LOCATIONS=
read_playwright_locations() {
    if have_playwright; then
        PLAYWRIGHT_LOCATIONS="$("$PY" -m playwright install --dry-run chromium 2>/dev/null \
            | sed -n 's/^ *Install location: *//p' || true)"
    fi
}

playwright_browser_dirs() {
    if [ -n "$PLAYWRIGHT_LOCATIONS" ]; then
        echo "$PLAYWRIGHT_LOCATIONS" | grep -E '/chromium(_headless_shell)?-[0-9]+$' || true
    else
        local root="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
        ls -d "$root"/chromium-[0-9]* "$root"/chromium_headless_shell-[0-9]* 2>/dev/null || true
    fi
}

# Executables of Playwright's completely installed chromium builds, one per line.
playwright_browsers() {
    local dir exe
    for dir in $(playwright_browser_dirs); do
        [ -f "$dir/INSTALLATION_COMPLETE" ] || continue
        for exe in "$dir"/chrome-headless-shell-*/chrome-headless-shell "$dir"/chrome-linux*/chrome; do
            if [ -x "$exe" ]; then echo "$exe"; fi
        done
    done
}

# Shared libraries a binary needs but cannot find (empty when it can run).
missing_libs() { ldd "$1" 2>/dev/null | awk '/not found/ {print $1}' | sort -u; }

system_browsers() {
    local exe
    for exe in "$SYSTEM_HEADLESS_SHELL" "$SYSTEM_CHROMIUM"; do
        if [ -x "$exe" ]; then echo "$exe"; fi
    done
}

# GNU `timeout` bounds the CDN check and Playwright's download. macOS has none of its own:
# Homebrew's coreutils installs it as `gtimeout`.
bounded() {
    local tool
    tool="$(command -v timeout || command -v gtimeout || true)"
    if [ -z "$tool" ]; then
        warn "GNU timeout is missing (on macOS: brew install coreutils), so Playwright's browser" \
            "download cannot be bounded. Install it, or install the browser yourself:" \
            "$PY -m playwright install chromium; then run make setup again."
        exit 1
    fi
    "$tool" "$@"
}

is_root() { [ "$(id -u)" = 0 ]; }
can_be_root() { is_root || { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }; }
as_root() { if is_root; then "$@"; else sudo -n "$@"; fi; }

APT_UPDATED=
apt_install() {
    command -v apt-get >/dev/null || {
        warn "no apt-get on this machine (it cannot install $*; on macOS use Playwright's own browser)"
        return 1
    }
    can_be_root || { warn "apt-get needs root (or password-less sudo)"; return 1; }
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600)
    if [ -z "$APT_UPDATED" ]; then
        say "apt-get update"
        as_root "${apt[@]}" update </dev/null || return 1
        APT_UPDATED=1
    fi
    say "apt-get install $*"
    as_root "${apt[@]}" install -y --no-install-recommends "$@" </dev/null
}

package_installed() {
    command -v dpkg-query >/dev/null \
        && dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

has_cjk_font() {
    package_installed fonts-noto-cjk && return 0
    command -v fc-list >/dev/null && fc-list ':lang=zh' family 2>/dev/null | grep -q .
}

# Chinese text renders as boxes without a CJK font; the browser still works, so only warn.
ensure_cjk_font() {
    package_installed fonts-noto-cjk && return 0
    if ! command -v dpkg-query >/dev/null && has_cjk_font; then return 0; fi
    apt_install fonts-noto-cjk && return 0
    has_cjk_font && return 0
    warn "WARNING: no CJK font: Chinese text will not render in screenshots" \
        "(install fonts-noto-cjk)"
}

# Playwright records videos (--video) with its own ffmpeg build, downloaded from its CDN together
# with its chromium. With a system browser, Debian's ffmpeg stands in at the same place.
ensure_video_ffmpeg() {
    [ "$(uname -s)" = Linux ] || return 0
    local dir exe system_ffmpeg
    dir="$(echo "$PLAYWRIGHT_LOCATIONS" | grep -E '/ffmpeg-[0-9]+$' | head -n 1 || true)"
    [ -n "$dir" ] || return 0
    exe="$dir/ffmpeg-linux"
    [ -x "$exe" ] && return 0
    command -v ffmpeg >/dev/null || apt_install ffmpeg || true
    system_ffmpeg="$(command -v ffmpeg || true)"
    if [ -z "$system_ffmpeg" ]; then
        warn "WARNING: no ffmpeg: video recording (--video) will not work (apt-get install ffmpeg)"
        return 0
    fi
    mkdir -p "$dir" && ln -sfn "$system_ffmpeg" "$exe"
    say "video recording: $system_ffmpeg linked at $exe"
}

have_xvfb() { command -v Xvfb >/dev/null && command -v xvfb-run >/dev/null; }

# The Makefile runs headed browsers through xvfb-run (Debian's xvfb package) on Linux without a
# display: NEED_XVFB=1, Xvfb must be there. `make test` sets NEED_XVFB=optional: installed where
# it can be, for the recorder's smoke test, which is skipped without it (always on macOS, which
# has a display and no xvfb-run).
ensure_xvfb() {
    case "${NEED_XVFB:-}" in 1 | optional) ;; *) return 0 ;; esac
    have_xvfb && return 0
    apt_install xvfb && have_xvfb && return 0
    if [ "$NEED_XVFB" = optional ]; then
        warn "note: no Xvfb (apt-get install xvfb): the recorder's smoke test will be skipped"
        return 0
    fi
    warn "a headed browser without a display needs xvfb-run, which is missing and could not be" \
        "installed (apt-get install xvfb); or run with a display (DISPLAY set)"
    return 1
}

# A Playwright build is usable when its libraries resolve; as root, let Playwright install them.
playwright_browser_usable() {
    local exe missing
    exe="$(playwright_browsers | head -n 1 || true)"
    [ -n "$exe" ] || return 1
    missing="$(missing_libs "$exe")"
    if [ -n "$missing" ] && have_playwright && can_be_root; then
        say "Playwright's chromium lacks system libraries; running playwright install-deps chromium"
        as_root "$PY" -m playwright install-deps chromium </dev/null || true
        missing="$(missing_libs "$exe")"
    fi
    if [ -n "$missing" ]; then
        warn "Playwright's chromium at $exe misses libraries: $(tr "\n" " " <<<"$missing")"
        return 1
    fi
}

report_playwright() {
    local exe
    for exe in $(playwright_browsers); do say "found Playwright's chromium: $exe"; done
}

report_system() {
    local exe
    for exe in $(system_browsers); do
        say "found system chromium: $exe ($("$exe" --version 2>/dev/null | head -n 1 | sed 's/ *$//' || true))"
    done
}

# The CDN check avoids waiting for Playwright's retries where the CDN cannot be reached. With a
# proxy or a download mirror configured, Playwright is left to try on its own.
cdn_reachable() {
    if [ -n "${PLAYWRIGHT_DOWNLOAD_HOST:-}${HTTPS_PROXY:-}${https_proxy:-}${ALL_PROXY:-}${all_proxy:-}" ]; then
        return 0
    fi
    bounded 10 "$PY" - <<'EOF'
import socket, sys
try:
    socket.create_connection(("cdn.playwright.dev", 443), timeout=5).close()
except OSError as error:
    print(f"ensure_browser: cdn.playwright.dev unreachable ({error})", file=sys.stderr)
    sys.exit(1)
EOF
}

try_playwright_install() {
    have_playwright || { warn "no Playwright in $PY; skipping Playwright's download"; return 1; }
    cdn_reachable || return 1
    say "trying: playwright install chromium (at most ${INSTALL_TIMEOUT}s)"
    local rc=0
    PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT="${PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT:-15000}" \
        bounded -k 10 "$INSTALL_TIMEOUT" "$PY" -m playwright install chromium </dev/null || rc=$?
    if [ "$rc" = 124 ]; then warn "playwright install timed out after ${INSTALL_TIMEOUT}s"; fi
    [ "$rc" = 0 ] || { warn "playwright install failed (exit $rc)"; return 1; }
    playwright_browser_usable
}

fail() {
    cat >&2 <<'EOF'
ensure_browser: no usable Chromium found, and none could be installed. Install one of:
  - Playwright's own build (needs https://cdn.playwright.dev):
        .venv/bin/python -m playwright install --with-deps chromium
  - Debian's packages (as root):
        apt-get install --no-install-recommends chromium chromium-headless-shell fonts-noto-cjk
  - on macOS (no apt-get): the first one, or point E2E_BROWSER_PATH at an installed Chrome:
        E2E_BROWSER_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  then run `make setup` again.
EOF
    exit 1
}

main() {
    # A browser named by the environment is the harness's first choice (support/browsers.py).
    if [ -n "${E2E_BROWSER_PATH:-}" ]; then
        [ -x "$E2E_BROWSER_PATH" ] || { warn "E2E_BROWSER_PATH=$E2E_BROWSER_PATH cannot run"; exit 1; }
        say "using E2E_BROWSER_PATH: $E2E_BROWSER_PATH"
        ensure_xvfb
        return
    fi
    read_playwright_locations
    # (a) already present
    if playwright_browser_usable; then
        report_playwright
        has_cjk_font || ensure_cjk_font
    elif [ -n "$(system_browsers)" ]; then
        report_system
        if [ ! -x "$SYSTEM_HEADLESS_SHELL" ]; then
            say "note: chromium-headless-shell is not installed (headless runs are faster with it)"
        fi
        ensure_cjk_font
        ensure_video_ffmpeg
    # (b) Playwright's download
    elif try_playwright_install; then
        report_playwright
        has_cjk_font || ensure_cjk_font
    # (c) Debian's packages
    elif apt_install chromium chromium-headless-shell fonts-noto-cjk && [ -n "$(system_browsers)" ]; then
        report_system
        ensure_video_ffmpeg
    # (d) nothing works
    else
        fail
    fi
    ensure_xvfb
}

main "$@"
