"""Language per article and sentence: script first, the offline model for shared scripts."""

from __future__ import annotations

import pytest

from claimcheck.language import detect_language


@pytest.mark.parametrize(
    "text,code,script",
    [
        ("ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉને જણાવ્યું", "gu", "Gujarati"),
        ("ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਅੱਜ ਐਲਾਨ ਕੀਤਾ", "pa", "Gurmukhi"),
        ("उत्तर कोरिया के नेता किम जोंग उन ने कहा कि उनका देश हमेशा रूस के साथ खड़ा रहेगा", "hi", "Devanagari"),
        ("उत्तर कोरियाचे नेते किम जोंग उन यांनी सांगितले की त्यांचा देश नेहमीच रशियासोबत उभा राहील", "mr", "Devanagari"),
        ("شمالی کوریا کے رہنما کم جونگ ان نے کہا کہ ان کا ملک ہمیشہ روس کے ساتھ کھڑا رہے گا", "ur", "Arabic"),
        ("North Korean leader Kim Jong Un said his country would always stand with Russia", "en", "Latin"),
        ("12345 ... !!!", "und", "Unknown"),
    ],
)
def test_language_detection(text: str, code: str, script: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.script) == (code, script)


def test_language_short_shared_script_text_falls_back_to_script_default() -> None:
    assert detect_language("कहा").code == "hi"
