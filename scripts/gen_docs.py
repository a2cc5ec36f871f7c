#!/usr/bin/env python3
"""Regenerate the README's algorithm reference from the algorithms' own help.

Replaces the text between <!-- ALGORITHMS:START --> and <!-- ALGORITHMS:END --> in
README.md. Run with ``make docs`` after changing an algorithm's help.
"""

import html
import os
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
START, END = "<!-- ALGORITHMS:START -->", "<!-- ALGORITHMS:END -->"


def to_markdown(text):
    text = re.sub(r"<br\s*/?>", "  \n", text)
    text = re.sub(r"</p>\s*", "\n\n", text)
    text = re.sub(r"<li>", "\n- ", text)
    text = re.sub(r"</?(b|strong)>", "**", text)
    text = re.sub(r"</?(i|em)>", "*", text)
    text = re.sub(r"</?code>", "`", text)
    text = re.sub(r"<h3>(.*?)</h3>", r"\n**\1**\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def reference():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plugins = Path(tempfile.mkdtemp()) / "bronnenstrategie"
    plugins.symlink_to(REPO, target_is_directory=True)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() not in (REPO, REPO / "scripts")]
    sys.path.insert(0, str(plugins.parent))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from bronnenstrategie.processing.groups import GROUP_IDS, group_name
    from bronnenstrategie.processing.provider import algorithm_classes

    lines = []
    algs = [cls() for cls in algorithm_classes()]
    for alg in algs:
        alg.initAlgorithm()
    for group in GROUP_IDS:
        members = [a for a in algs if a.groupId() == group]
        if not members:
            continue
        lines.append(f"### {group_name(group)} ({group})\n")
        for alg in members:
            lines.append(
                '<a id="{0}"></a>\n#### {1} — `bronnenstrategie:{0}`\n'.format(
                    alg.name(), alg.displayName()
                )
            )
            lines.append(to_markdown(alg.help_text()) + "\n")
            lines.append("| parameter | description | help |\n|---|---|---|")
            for p in alg.parameterDefinitions():
                default = p.defaultValue()
                extra = f" (default {default})" if default not in (None, "") else ""
                lines.append(
                    "| `{}` | {}{} | {} |".format(
                        p.name(),
                        p.description(),
                        extra,
                        to_markdown(p.help()).replace("\n", " ").replace("|", "\\|"),
                    )
                )
            outs = [
                o
                for o in alg.outputDefinitions()
                if o.name() not in {d.name() for d in alg.destinationParameterDefinitions()}
            ]
            if outs:
                lines.append(
                    "\nOutput values: "
                    + ", ".join(f"`{o.name()}` ({o.description()})" for o in outs)
                )
            lines.append("")
    return "\n".join(lines)


def main():
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit("README.md lacks the algorithm reference markers")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    readme.write_text(before + START + "\n" + reference() + "\n" + END + after, encoding="utf-8")
    print("README.md algorithm reference updated")
    os._exit(0)  # skip QGIS's slow/crashy teardown


if __name__ == "__main__":
    main()
