"""Decoding article bytes: encodings, BOM, newlines, binary and oversized input."""

import pytest

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import decode_bytes, read_text_file


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
