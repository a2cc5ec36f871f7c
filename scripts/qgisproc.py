#!/usr/bin/env python3
"""Run ``qgis_process`` with this plugin visible and enabled, whatever the checkout's name.

The repository is presented to QGIS as the plugin ``bronnenstrategie`` through a symlink
in a temporary plugins folder (QGIS_PLUGINPATH), in a temporary QGIS profile
(QGIS_CUSTOM_CONFIG_PATH) where the plugin is enabled: on QGIS 3.22 by the line
``[PythonPlugins] bronnenstrategie=true`` in QGIS/QGIS3.ini, on newer QGIS also by
``qgis_process plugins enable bronnenstrategie``.

Usage:  scripts/qgisproc.py run bronnenstrategie:thermalradius -- INPUT=... OUTPUT=...
        scripts/qgisproc.py list
Any arguments are passed to qgis_process unchanged. As a module: ``run_json(alg, params)``.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN = "bronnenstrategie"


def qgis_process_binary():
    """qgis_process.bin where it exists (Debian 12's wrapper script fails), else qgis_process."""
    for name in ("qgis_process.bin", "qgis_process"):
        path = shutil.which(name)
        if path:
            return path
    for path in ("/usr/lib/qgis/qgis_process.bin", "/usr/bin/qgis_process"):
        if os.path.exists(path):
            return path
    raise SystemExit("qgis_process not found: run 'make setup' (installs QGIS from Debian).")


_ENV = None


def plugin_env(plugins_dir=None):
    """Environment in which qgis_process sees and loads the plugin.

    By default the repository is linked as ``bronnenstrategie`` into a temporary plugins
    folder (made once per process); ``plugins_dir`` uses a folder that already holds a
    ``bronnenstrategie`` folder (e.g. an unpacked zip).
    """
    global _ENV
    if _ENV is not None and plugins_dir is None:
        return dict(_ENV)
    base = Path(tempfile.mkdtemp(prefix="bronnenstrategie-qgis-"))
    if plugins_dir is None:
        plugins = base / "plugins"
        plugins.mkdir()
        (plugins / PLUGIN).symlink_to(REPO, target_is_directory=True)
    else:
        plugins = Path(plugins_dir)
    ini = base / "config" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    text = f"[PythonPlugins]\n{PLUGIN}=true\n"
    if os.environ.get("BS_LOCALE"):  # e.g. BS_LOCALE=nl: QGIS (and the plugin) in Dutch
        text += "\n[locale]\noverrideFlag=true\nuserLocale={}\n".format(os.environ["BS_LOCALE"])
    ini.write_text(text)
    env = dict(os.environ)
    env.update(
        QGIS_PLUGINPATH=str(plugins),
        QGIS_CUSTOM_CONFIG_PATH=str(base / "config"),
        QT_QPA_PLATFORM="offscreen",
        PROJ_DATA=env.get("PROJ_DATA", "/usr/share/proj"),
        XDG_RUNTIME_DIR=env.get("XDG_RUNTIME_DIR", str(base)),
    )
    # newer QGIS (>= 3.26) has 'plugins enable'; on 3.22 the ini line above does it
    binary = qgis_process_binary()
    probe = subprocess.run(
        [binary, "plugins", "enable", PLUGIN], env=env, capture_output=True, text=True
    )
    said = probe.stdout + probe.stderr
    if probe.returncode != 0 and "not known" not in said and "already enabled" not in said:
        sys.stderr.write(said)
    if plugins_dir is None:
        _ENV = env
    return dict(env)


def run(args, check=False, **kwargs):
    """Run qgis_process with ``args``; returns the CompletedProcess (text)."""
    return subprocess.run(
        [qgis_process_binary()] + list(args),
        env=plugin_env(),
        capture_output=True,
        text=True,
        check=check,
        **kwargs,
    )


def run_json(algorithm, params, timeout=900):
    """Run an algorithm with ``--json`` and return the parsed JSON (raises on failure)."""
    args = ["--json", "run", algorithm, "--"]
    for key, value in params.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            args.append(f"{key}={v}")
    proc = run(args, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(
            f"qgis_process {algorithm} failed "
            f"({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    text = proc.stdout
    return json.loads(text[text.index("{") :])


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    proc = subprocess.run([qgis_process_binary()] + argv, env=plugin_env())
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
