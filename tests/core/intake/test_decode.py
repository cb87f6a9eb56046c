"""Decoding article bytes: encodings, BOM, newlines, binary and oversized input."""

import codecs

import pytest

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import Decoded, decode, decode_bytes, read_text_file


@pytest.mark.parametrize("raw, text", [
    ("Größe: 80,1 Prozent".encode("utf-8"), "Größe: 80,1 Prozent"),
    ("\ufeffÜber 30 000 Festnahmen".encode("utf-8"), "Über 30 000 Festnahmen"),
    (b"a\r\nb\rc\n", "a\nb\nc\n"),
])
def test_decode_utf8_bom_and_newlines(raw, text):
    assert decode_bytes(raw) == text


def test_decode_windows_1252_falls_back_to_detected_encoding():
    raw = ("Die Regierung in Minsk meldete über 30 000 Festnahmen; "
           "die Opposition spricht von schweren Vorwürfen gegen die Behörden.").encode("cp1252")
    assert "über 30 000 Festnahmen" in decode_bytes(raw)
    assert "Vorwürfen" in decode_bytes(raw)


def test_binary_and_oversized_are_refused_with_the_name():
    with pytest.raises(InputError, match="photo.jpg: not a text file"):
        decode_bytes(b"\xff\xd8\xff\x00\x10JFIF\x00", "photo.jpg")
    with pytest.raises(InputError, match="too large"):
        decode_bytes(b"a" * (11 * 1024 * 1024), "huge.txt")


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "missing.txt")


def test_decode_cyrillic_windows_1251_is_not_forced_into_latin():
    raw = "Президент сказал, что 30 000 человек были задержаны во время протестов.".encode("cp1251")
    assert "задержаны" in decode_bytes(raw)


# --- decoding that says what it did (issue 16: points 12 and 14) -------------------------------------

ARTICLE = "Die Regierung muss bestätigen, dass über 30 000 Menschen – laut Behörden – festgenommen wurden.\n"


def test_one_bad_byte_does_not_turn_the_article_into_mac_roman():
    raw = ARTICLE.encode("utf-8").replace("über".encode(), b"\xfcber")
    decoded = decode(raw, "wahl.txt")
    assert "bestätigen" in decoded.text and "Behörden" in decoded.text and "√" not in decoded.text
    assert "\ufffdber" in decoded.text
    assert decoded.note == "1 character was not valid UTF-8 and was replaced with \ufffd"


def test_legacy_text_is_still_read_as_its_code_page():
    decoded = decode(ARTICLE.encode("cp1252"), "wahl.txt")
    assert decoded.text == ARTICLE and decoded.note is None


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec, b"")
    raw = bom + (ARTICLE.replace("\n", "\r\n")).encode(codec)
    assert decode(raw, "wahl.txt") == Decoded(ARTICLE, None)


def test_broken_utf16_is_read_and_said():
    raw = codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate at the end
    decoded = decode(raw, "wahl.txt")
    assert decoded.text.startswith(ARTICLE) and "UTF-16" in decoded.note


def test_utf16_without_a_mark_is_still_not_text():
    with pytest.raises(InputError, match="binary data"):
        decode(ARTICLE.encode("utf-16-le"), "wahl.txt")
