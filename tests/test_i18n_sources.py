"""scripts/i18n.py finds the texts of calls that ruff format splits over lines with a
trailing comma (pylupdate5 on its own misses translate(context, text,) calls)."""

import shutil
import subprocess

import pytest

SOURCE = """
def f(translate, self):
    translate(
        "Ctx",
        "one: split with a trailing comma",
    )
    QT_TRANSLATE_NOOP(
        "Ctx",
        "two: a comment after the comma",  # noqa: E501
    )
    self.tr("three: a comma, ) inside the text")
    return (1,)
"""


def test_trailing_commas_are_blanked_outside_strings():
    import i18n

    text = i18n._without_trailing_commas(SOURCE)
    assert '"one: split with a trailing comma" \n' in text
    assert '"two: a comment after the comma"   # noqa: E501' in text
    assert '"three: a comma, ) inside the text"' in text  # strings stay as they are
    assert "return (1 )" in text
    assert len(text) == len(SOURCE)  # blanked, not removed: the lines stay where they were


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="needs pylupdate5")
def test_pylupdate_finds_the_texts_of_split_calls(tmp_path):
    import i18n

    source = tmp_path / "source.py"
    source.write_text(SOURCE, encoding="utf-8")
    copies = tmp_path / "copies"
    copies.mkdir()
    files = i18n.readable_copies([str(source)], copies)
    ts = tmp_path / "out.ts"
    subprocess.run(
        ["pylupdate5"] + files + ["-ts", str(ts)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    text = ts.read_text(encoding="utf-8")
    for expected in ("one: split with a trailing comma", "two: a comment after the comma"):
        assert f"<source>{expected}</source>" in text
