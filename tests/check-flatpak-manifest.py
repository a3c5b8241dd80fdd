#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 Startfoto-ontwikkelaars
"""Check the Flatpak manifest of Startfoto.

Usage: check-flatpak-manifest.py MANIFEST.json

The app is offline by design and keeps its projects in its own data directory, so the
sandbox must stay as small as it is: any extra permission (network, filesystem, session or
system bus names, all devices, plain X11...) makes this check fail and has to be a deliberate,
reviewed change here too.
"""

import json
import sys

APP_ID = "io.github.startfoto.Startfoto"
COMMAND = "startfoto"
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"
FINISH_ARGS = [
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
]

# Why a few common extra permissions are refused (anything not in FINISH_ARGS is refused).
WHY = {
    "--share=network": "Startfoto works offline",
    "--socket=x11": "use --socket=fallback-x11 so Wayland sessions do not get X11",
    "--device=all": "only --device=dri is needed",
    "--socket=session-bus": "no unfiltered session bus",
    "--socket=system-bus": "no unfiltered system bus",
    "--socket=pulseaudio": "Startfoto plays no sound",
}
WHY_PREFIX = {
    "--filesystem": "files go through the file chooser portal",
    "--talk-name": "portals need no --talk-name",
    "--own-name": "the app owns its own id already",
    "--system-talk-name": "no system bus access",
    "--env": "no environment overrides",
    "--persist": "data lives in the app's own data directory",
    "--allow": "no extra features",
}


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, ok, what, detail=""):
        print(("ok      " if ok else "FAILED  ") + what + ("" if ok or not detail else ": " + detail))
        if not ok:
            self.failures.append(what + (": " + detail if detail else ""))
        return ok


def reason(arg):
    if arg in WHY:
        return WHY[arg]
    for prefix, why in WHY_PREFIX.items():
        if arg.startswith(prefix):
            return why
    return "not one of the allowed permissions"


def main(argv):
    if len(argv) != 2:
        print("usage: %s MANIFEST.json" % argv[0], file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print("FAILED  cannot read %s as JSON: %s" % (path, e))
        return 1
    if not isinstance(manifest, dict):
        print("FAILED  %s: the manifest is not a JSON object" % path)
        return 1

    c = Checker()
    print("Checking Flatpak manifest %s" % path)

    app_id = manifest.get("id", manifest.get("app-id"))
    c.check(app_id == APP_ID, "id is %s" % APP_ID, "found %r" % (app_id,))
    if "id" in manifest and "app-id" in manifest:
        c.check(False, "only one of id and app-id", "both are set")
    c.check(manifest.get("command") == COMMAND, "command is %s" % COMMAND,
            "found %r" % (manifest.get("command"),))
    c.check(manifest.get("runtime") == RUNTIME, "runtime is %s" % RUNTIME,
            "found %r" % (manifest.get("runtime"),))
    c.check(manifest.get("sdk") == SDK, "sdk is %s" % SDK, "found %r" % (manifest.get("sdk"),))
    version = manifest.get("runtime-version")
    c.check(isinstance(version, str) and version.isdigit(),
            "runtime-version is a stable GNOME release (a number)", "found %r" % (version,))

    finish_args = manifest.get("finish-args")
    if c.check(isinstance(finish_args, list) and all(isinstance(a, str) for a in finish_args),
               "finish-args is a list of strings", "found %r" % (finish_args,)):
        extra = [a for a in finish_args if a not in FINISH_ARGS]
        missing = [a for a in FINISH_ARGS if a not in finish_args]
        dupes = sorted({a for a in finish_args if finish_args.count(a) > 1})
        for a in extra:
            c.check(False, "no permission beyond %s" % " ".join(FINISH_ARGS),
                    "%s is not allowed (%s)" % (a, reason(a)))
        for a in missing:
            c.check(False, "finish-args has %s" % a, "missing")
        if dupes:
            c.check(False, "finish-args has no duplicates", " ".join(dupes))
        if not extra and not missing and not dupes:
            c.check(True, "finish-args is exactly %s" % " ".join(FINISH_ARGS))

    modules = manifest.get("modules")
    if c.check(isinstance(modules, list) and len(modules) > 0, "modules is a non-empty list",
               "found %r" % (modules,)):
        last = modules[-1]
        if c.check(isinstance(last, dict), "last module is an inline object (not a file path)",
                   "found %r" % (last,)):
            c.check(last.get("name") == "startfoto", "last module is named startfoto",
                    "found %r" % (last.get("name"),))
            c.check(last.get("buildsystem") == "meson", "last module is built with meson",
                    "found %r" % (last.get("buildsystem"),))
            sources = last.get("sources")
            ok = (isinstance(sources, list) and len(sources) == 1 and isinstance(sources[0], dict)
                  and sources[0].get("type") == "dir" and sources[0].get("path") == "..")
            c.check(ok, "last module is built from the project directory (dir source \"..\")",
                    "found %r" % (sources,))

        # The runtime's SQLite lacks the session extension that undo is built on: the manifest
        # must build its own, before the app, with the session and pre-update hook enabled.
        sqlite = [m for m in modules[:-1] if isinstance(m, dict) and m.get("name") == "sqlite"]
        cflags = ((sqlite[0].get("build-options") or {}).get("cflags", "") if sqlite else "")
        c.check("-DSQLITE_ENABLE_SESSION" in cflags and "-DSQLITE_ENABLE_PREUPDATE_HOOK" in cflags,
                "SQLite is built before the app with the session extension",
                "no sqlite module with -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK")
        # The runtime has libxml2 but not libgsf, which writes the report's ODF zip: the
        # manifest builds it before the app, from a release archive.
        gsf = [m for m in modules[:-1] if isinstance(m, dict) and m.get("name") == "libgsf"]
        gsf_sources = (gsf[0].get("sources") or []) if gsf else []
        c.check(len(gsf_sources) == 1 and isinstance(gsf_sources[0], dict)
                and gsf_sources[0].get("type") == "archive"
                and "/libgsf-1.14." in str(gsf_sources[0].get("url")),
                "libgsf is built before the app from a 1.14 release archive",
                "found %r" % (gsf_sources,))
        for m in modules[:-1]:
            for src in (m.get("sources") or []) if isinstance(m, dict) else []:
                if isinstance(src, dict) and src.get("type") in ("archive", "file"):
                    c.check(bool(src.get("sha256")), "%s is pinned by sha256" % src.get("url"),
                            "no sha256")

        # No module (nor the manifest as a whole) may reach the network while building.
        networked = []
        for owner, obj in [("manifest", manifest)] + [
                ("module %s" % m.get("name"), m) for m in modules if isinstance(m, dict)]:
            options = obj.get("build-options") or {}
            if "--share=network" in (options.get("build-args") or []):
                networked.append(owner)
        c.check(not networked, "no --share=network in build-args",
                "found in " + ", ".join(networked))

    if c.failures:
        print("\n%s: %d check(s) failed:" % (path, len(c.failures)))
        for f in c.failures:
            print("  - " + f)
        return 1
    print("\n%s: all checks passed" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
