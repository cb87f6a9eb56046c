"""Word documents: tables and text boxes are read in reading order, and their figures become claims."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml

from factdesk.core.detect.api import detect
from factdesk.core.intake.readers import read_article

WPS_BOX = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing><wp:anchor><a:graphic><a:graphicData>
        <wps:wsp><wps:txbx><w:txbxContent>
          <w:p><w:r><w:t>{text}</w:t></w:r></w:p>
        </w:txbxContent></wps:txbx></wps:wsp>
      </a:graphicData></a:graphic></wp:anchor></w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>{text}</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def _document_with_table_and_box(path):
    document = docx.Document()
    document.add_paragraph("Arbeitsmarkt im März")
    intro = document.add_paragraph("Die Bundesagentur legte am Donnerstag neue Zahlen vor.")
    intro._p.append(parse_xml(WPS_BOX.format(text="Im Kasten: Die Zahl der offenen Stellen sank auf 640 000.")))
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Kennzahl", "Wert"
    table.cell(1, 0).text, table.cell(1, 1).text = "Arbeitslose", "2,8 Millionen"
    table.cell(2, 0).text, table.cell(2, 1).text = "Arbeitslosenquote", "6,1 Prozent"
    merged = document.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "Gemeldete Stellen"
    merged.cell(0, 2).text = "640 000"
    document.add_paragraph("Die Agentur rechnet mit einer leichten Erholung im Sommer.")
    document.save(path)


def test_tables_and_text_boxes_are_read_in_reading_order(tmp_path):
    _document_with_table_and_box(tmp_path / "arbeitsmarkt.docx")
    text = read_article(tmp_path / "arbeitsmarkt.docx").text
    assert text.split("\n") == [
        "Arbeitsmarkt im März",
        "Die Bundesagentur legte am Donnerstag neue Zahlen vor.",
        "Im Kasten: Die Zahl der offenen Stellen sank auf 640 000.",  # the box once, not its VML copy
        "Kennzahl\tWert",
        "Arbeitslose\t2,8 Millionen",
        "Arbeitslosenquote\t6,1 Prozent",
        "Gemeldete Stellen\t640 000",  # a cell merged over two columns counts once
        "Die Agentur rechnet mit einer leichten Erholung im Sommer.",
        "",
    ]


def test_figures_in_a_word_table_become_claims(tmp_path):
    _document_with_table_and_box(tmp_path / "arbeitsmarkt.docx")
    text = read_article(tmp_path / "arbeitsmarkt.docx").text
    claims = detect(text, "de").claims
    found = {c.text: c for c in claims}
    assert any("2,8 Millionen" in t for t in found), sorted(found)
    assert any("6,1 Prozent" in t for t in found), sorted(found)
    values = {c.value for c in claims}
    assert 2_800_000 in values and 6.1 in values


def test_a_table_inside_a_cell_is_read_inside_it(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Länder"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Bayern", "3,4 Prozent"
    document.save(tmp_path / "nested.docx")
    assert read_article(tmp_path / "nested.docx").text == "Länder\tBayern 3,4 Prozent\n"
