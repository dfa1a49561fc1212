"""The DOCX writer writes run text and attribute values as python-docx and lxml would.

The writer builds the article's XML as text instead of through python-docx's element
objects (five times faster), and promises the same bytes. These tests hold every XML
character (after ``clean``) against what python-docx's ``Run.text`` setter and lxml's
serialiser make of it, with the tabs, breaks and edge spaces python-docx treats specially.
"""

from __future__ import annotations

import sys

import pytest
from docx.oxml import parse_xml
from docx.text.run import Run
from lxml import etree

from convertkit.writers.docx import _escape_attribute, _run_content, clean

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def every_character(start: int, stop: int) -> str:
    return clean("".join(chr(code) for code in range(start, stop)))


def python_docx(text: str) -> str:
    run = parse_xml(f'<w:r xmlns:w="{W}"/>')
    Run(run, None).text = text  # type: ignore[arg-type]
    xml = etree.tostring(run, encoding="UTF-8", xml_declaration=False).decode()  # as parts are written
    return xml[xml.index(">") + 1 : -len("</w:r>")] if not xml.endswith("/>") else ""


CHUNKS = [(start, min(start + 4096, sys.maxunicode + 1)) for start in range(0, 0x30000, 4096)]


@pytest.mark.parametrize(("start", "stop"), CHUNKS)
def test_run_content_matches_python_docx(start: int, stop: int) -> None:
    text = every_character(start, stop)
    for sample in (text, f" {text} ", f"\t{text[:50]}\n{text[50:100]}\r\r{text[100:]} ", "\u3000" + text[:9]):
        assert _run_content(sample, set(sample)) == python_docx(sample)
        assert _run_content(sample) == python_docx(sample)


@pytest.mark.parametrize("value", ['a&b<c>d"e\'f\tg\nh\ri', every_character(0, 0x3000), "中文 链接"])
def test_attribute_matches_lxml(value: str) -> None:
    element = etree.Element("x")
    element.set("v", value)
    xml = etree.tostring(element, encoding="UTF-8", xml_declaration=False).decode()
    assert f'<x v="{_escape_attribute(value)}"/>' == xml
