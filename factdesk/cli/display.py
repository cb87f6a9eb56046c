"""Before the window opens: is there a display, and can Qt's X11 plugin load? One line if not.

Without this, Qt aborts the process (exit 134) with its own message, which
names one library at best ("xcb-cursor0 is needed…") and never FactDesk.
On Linux, `problem()` says in one sentence what is missing: no display at
all (DISPLAY and WAYLAND_DISPLAY unset), an X display that cannot be
reached, or the system libraries the xcb plugin needs (with the Debian
package names, as README's "Linux system packages" lists them). Other
systems, and a platform chosen explicitly (offscreen, vnc, …), are left to Qt.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Qt loads this one itself at run time (dlopen), so `ldd` of the plugin does not list it.
RUNTIME_LIBS = ("libxcb-cursor.so.0",)
_SONAME = re.compile(r"^lib(?P<name>.+)\.so\.(?P<version>\d+)")


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    m = _SONAME.match(soname)
    if m is None:
        return soname
    name, version = m.group("name").lower(), m.group("version")
    return f"lib{name}{'-' if name[-1].isdigit() else ''}{version}"


def _xcb_files() -> list[Path]:
    try:
        import PySide6
    except ImportError:
        return []
    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    return [p for p in (qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*")))
            if p.exists()]


def missing_libraries(files: list[Path] | None = None) -> list[str]:
    """The shared libraries the xcb plugin needs that this system lacks, in a stable order."""
    missing: dict[str, None] = {}
    ldd = shutil.which("ldd")
    for path in _xcb_files() if files is None else files:
        if ldd is None:
            break
        try:
            out = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        for line in out.splitlines():
            if "not found" in line:
                missing[line.split("=>")[0].strip()] = None
    for soname in RUNTIME_LIBS:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing[soname] = None
    return list(missing)


def _x_display_reachable() -> bool | None:
    """True/False when libxcb can tell whether the X display answers; None when it cannot tell."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return None
    try:
        xcb = ctypes.CDLL(name)
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        conn = xcb.xcb_connect(None, None)
        try:
            return xcb.xcb_connection_has_error(conn) == 0
        finally:
            xcb.xcb_disconnect(conn)
    except (OSError, AttributeError):
        return None


def problem(environ: dict[str, str] | None = None) -> str | None:
    """One line saying why no window can open here, or None when it can (or this cannot be told)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform and platform not in ("xcb", "wayland"):
        return None  # offscreen, vnc, eglfs…: chosen on purpose
    x11, wayland = env.get("DISPLAY"), env.get("WAYLAND_DISPLAY")
    if not x11 and not wayland:
        return ("no display: start FactDesk inside a desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                "the command line works without one (factdesk --help)")
    if wayland and platform != "xcb":
        return None  # Qt's Wayland plugin needs no xcb libraries
    lacking = missing_libraries()
    if lacking:
        packages = " ".join(sorted({debian_package(s) for s in lacking}))
        return (f"cannot open a window: Qt's X11 (xcb) plugin needs system libraries this computer lacks: "
                f"{', '.join(lacking)} (Debian/Ubuntu: sudo apt install {packages}; see README, "
                f"'Linux system packages')")
    if _x_display_reachable() is False:
        return f"no display: the X display {x11!r} does not answer (is the desktop session still running?)"
    return None
