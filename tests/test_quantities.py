"""Quantities, dates, weekdays and negation in gu, hi, mr, ur and en, and their comparison."""

from __future__ import annotations

import time

import pytest

from claimcheck.quantities import (
    QUALIFIERS,
    DateMention,
    Quantity,
    compare_quantities,
    extract_dates,
    extract_quantities,
    find_negations,
)

# (lang, text, [(surface, low, high, qualifier, unit), ...]) — every quantity in the text.
QUANTITY_CASES: list[tuple[str, str, list[tuple[str, float, float, str, str | None]]]] = [
    # Gujarati: the seed sentences.
    ("gu", "ઉત્તર કોરિયાએ રશિયાને ઓછામાં ઓછી 100 બેલિસ્ટિક મિસાઇલો મોકલી હતી.",
     [("ઓછામાં ઓછી 100 બેલિસ્ટિક મિસાઇલો", 100, 100, "at_least", "missile")]),
    ("gu", "પ્યોંગયાંગે 2024 ના અંતમાં પૂર્વી રશિયામાં 11,000 થી વધુ સૈનિકો તૈનાત કર્યા હતા.",
     [("11,000 થી વધુ સૈનિકો", 11000, 11000, "more_than", "soldier")]),
    ("gu", "જાપાન સહિત 11 દેશોના અહેવાલને ટાંકીને અહેવાલ આપ્યો છે કે 2024 માં, ઉત્તર કોરિયાએ",
     [("11 દેશોના", 11, 11, "exact", "country")]),
    ("gu", "૧૧,૦૦૦ સૈનિકો મોકલ્યા", [("૧૧,૦૦૦ સૈનિકો", 11000, 11000, "exact", "soldier")]),
    ("gu", "11,000થી વધુ જવાન", [("11,000થી વધુ જવાન", 11000, 11000, "more_than", "soldier")]),
    ("gu", "25,000 થી 30,000 લોકો", [("25,000 થી 30,000 લોકો", 25000, 30000, "exact", "person")]),
    # Two number words side by side, the second larger, are "five or six", not 11.
    ("hi", "पांच-छह लोग मारे गए।", [("पांच-छह लोग", 5, 6, "exact", "person")]),
    ("hi", "दो-तीन हज़ार लोग आए।", [("दो-तीन हज़ार लोग", 2000, 3000, "exact", "person")]),
    ("gu", "પાંચ-છ લોકોના મોત થયા.", [("પાંચ-છ લોકોના", 5, 6, "exact", "person")]),
    ("en", "twenty-five people died.", [("twenty-five people", 25, 25, "exact", "person")]),
    # A year before "by"/"until" is a deadline, not "up to 2,030" (issue 12).
    ("hi", "दोनों देशों ने 2030 तक आपसी व्यापार को 15 अरब डॉलर तक ले जाने का लक्ष्य रखा है।",
     [("15 अरब डॉलर", 15e9, 15e9, "exact", "dollar")]),
    ("ur", "دونوں صدور نے 2030 تک اسے 15 ارب ڈالر تک پہنچانے پر اتفاق کیا۔",
     [("15 ارب ڈالر", 15e9, 15e9, "exact", "dollar")]),
    ("mr", "2028 पर्यंत द्विपक्षीय व्यापार वाढवण्याचे उद्दिष्ट आहे.", []),
    ("hi", "2030 तक लोग", [("2030 तक लोग", 2030, 2030, "up_to", "person")]),
    # A clock time is the hour of a bulletin, not a count (issue 12).
    ("hi", "एजेंसी ने दोपहर 12 बजे बताया कि मृतकों की संख्या 31 हो गई है।", [("31", 31, 31, "exact", "killed")]),
    ("mr", "दुपारी बारा वाजता मृतांचा आकडा 34 वर पोहोचला.", [("34", 34, 34, "exact", "killed")]),
    # A count after a "number of" noun counts the noun beside it (issue 12).
    ("gu", "મૃત્યુઆંક વધીને 47 થયો છે.", [("47", 47, 47, "exact", "killed")]),
    ("en", "The death toll rose to 47 on Tuesday.", [("47", 47, 47, "exact", "killed")]),
    ("en", "The number of dead reached 31.", [("31", 31, 31, "exact", "killed")]),
    ("ur", "ہلاکتوں کی تعداد 47 ہو گئی۔", [("47", 47, 47, "exact", "killed")]),
    ("en", "The figure was 12.", [("12", 12, 12, "exact", None)]),
    ("gu", "સવારે 7 વાગ્યે 12 લોકો", [("12 લોકો", 12, 12, "exact", "person")]),
    ("en", "By 4 a.m. 200 people had left.", [("200 people", 200, 200, "exact", "person")]),
    # بیس is "twenty" and "base": alone it counts nothing.
    ("ur", "فوج کے بیس کیمپ پر حملہ ہوا۔", []),
    ("ur", "بیس افراد ہلاک ہوئے۔", [("بیس افراد", 20, 20, "exact", "person")]),
    # After an amount of money a unit of time says when: the currency stays the unit.
    ("en", "The deal was worth $9.2 billion last year.", [("$9.2 billion", 9.2e9, 9.2e9, "exact", "dollar")]),
    ("gu", "3 કરોડ રૂપિયા", [("3 કરોડ રૂપિયા", 30_000_000, 30_000_000, "exact", "rupee")]),
    ("gu", "અઢી લાખ લોકો", [("અઢી લાખ લોકો", 250_000, 250_000, "exact", "person")]),
    ("gu", "લગભગ 500 ડ્રોન", [("લગભગ 500 ડ્રોન", 500, 500, "about", "drone")]),
    ("gu", "આશરે 2.5 લાખ", [("આશરે 2.5 લાખ", 250_000, 250_000, "about", None)]),
    ("gu", "100 સુધી મિસાઈલ", [("100 સુધી મિસાઈલ", 100, 100, "up_to", "missile")]),
    ("gu", "20 ટકા લોકો", [("20 ટકા", 20, 20, "exact", "percent")]),
    ("gu", "હજારો લોકો", [("હજારો લોકો", 2000, 9999, "about", "person")]),
    ("gu", "ત્રણ હજાર સૈનિકો", [("ત્રણ હજાર સૈનિકો", 3000, 3000, "exact", "soldier")]),
    ("gu", "એક દિવસ પહેલાં", [("એક દિવસ", 1, 1, "exact", "day")]),
    ("gu", "એ એક સારો નિર્ણય છે", []),
    ("gu", "11મી જૂને બેઠક થઈ", []),
    ("gu", "50 ટકાથી વધુ મત", [("50 ટકાથી વધુ", 50, 50, "more_than", "percent")]),
    ("gu", "રૂ. 500 કરોડ", [("રૂ. 500 કરોડ", 5e9, 5e9, "exact", "rupee")]),
    # Hindi.
    ("hi", "उत्तर कोरिया ने रूस को कम से कम 100 बैलिस्टिक मिसाइलें भेजी थीं।",
     [("कम से कम 100 बैलिस्टिक मिसाइलें", 100, 100, "at_least", "missile")]),
    ("hi", "प्योंगयांग ने 2024 के अंत में पूर्वी रूस में 11,000 से अधिक सैनिक तैनात किए।",
     [("11,000 से अधिक सैनिक", 11000, 11000, "more_than", "soldier")]),
    ("hi", "11 हज़ार जवान", [("11 हज़ार जवान", 11000, 11000, "exact", "soldier")]),
    ("hi", "11 हजार सैनिकों", [("11 हजार सैनिकों", 11000, 11000, "exact", "soldier")]),
    ("hi", "१,००,००० लोग", [("१,००,००० लोग", 100_000, 100_000, "exact", "person")]),
    ("hi", "25,000 से 30,000 लोगों", [("25,000 से 30,000 लोगों", 25000, 30000, "exact", "person")]),
    ("hi", "5 से 10 हज़ार लोग", [("5 से 10 हज़ार लोग", 5000, 10000, "exact", "person")]),
    ("hi", "करीब 500 लोग", [("करीब 500 लोग", 500, 500, "about", "person")]),
    # The article between a qualifier and its number: "more than a dozen".
    ("en", "more than a dozen people", [("more than a dozen people", 12, 12, "more_than", "person")]),
    ("en", "nearly a thousand houses", [("nearly a thousand houses", 1000, 1000, "about", "house")]),
    # A multiplier closing the last part scales every part: (3 lakh + 48 thousand) crore.
    ("gu", "૩ લાખ ૪૮ હજાર કરોડનું બજેટ", [("૩ લાખ ૪૮ હજાર કરોડનું", 3.48e12, 3.48e12, "exact", None)]),
    ("hi", "1 लाख 20 हज़ार लोग", [("1 लाख 20 हज़ार लोग", 120_000, 120_000, "exact", "person")]),
    # A fraction and the hundred as one word.
    ("mr", "सव्वाशे कोटी रुपये", [("सव्वाशे कोटी रुपये", 1.25e9, 1.25e9, "exact", "rupee")]),
    ("mr", "साडेतीनशे घरे", [("साडेतीनशे घरे", 350, 350, "exact", "house")]),
    ("gu", "દોઢસો લોકો", [("દોઢસો લોકો", 150, 150, "exact", "person")]),
    # Fire engines, trains and flights are counted things in every script.
    ("en", "18 fire tenders and 26 trains", [("18 fire tenders", 18, 18, "exact", "fire_engine"), ("26 trains", 26, 26, "exact", "train")]),
    ("hi", "25 दमकल गाड़ियां", [("25 दमकल", 25, 25, "exact", "fire_engine")]),
    ("gu", "૨૬ ટ્રેનો રદ", [("૨૬ ટ્રેનો", 26, 26, "exact", "train")]),
    ("mr", "१८ बंब दाखल", [("१८ बंब", 18, 18, "exact", "fire_engine")]),
    ("ur", "12 پروازیں منسوخ", [("12 پروازیں", 12, 12, "exact", "flight")]),
    ("en", "Seven coaches derailed", [("Seven coaches", 7, 7, "exact", "coach")]),
    ("hi", "नौ डिब्बे पटरी से उतरे", [("नौ डिब्बे", 9, 9, "exact", "coach")]),
    ("ur", "سات بوگیاں پٹری سے اتر گئیں", [("سات بوگیاں", 7, 7, "exact", "coach")]),
    # Hours and the minutes after them are one duration.
    ("gu", "પાંચ કલાક અને ચાલીસ મિનિટની જહેમત", [("પાંચ કલાક અને ચાલીસ મિનિટની", 5.67, 5.67, "exact", "hour")]),
    ("hi", "करीब 5 घंटे 40 मिनट की मशक्कत", [("करीब 5 घंटे 40 मिनट", 5.67, 5.67, "about", "hour")]),
    ("en", "after 2 hours and 30 minutes", [("2 hours and 30 minutes", 2.5, 2.5, "exact", "hour")]),
    ("en", "2 hours, then 30 minutes", [("2 hours", 2, 2, "exact", "hour"), ("30 minutes", 30, 30, "exact", "minute")]),
    # After a genitive "करीब"/"قریب" is "near" (a place), not "about".
    ("hi", "तट के करीब 500 लोग", [("500 लोग", 500, 500, "exact", "person")]),
    ("ur", "ساحل کے قریب 500 افراد", [("500 افراد", 500, 500, "exact", "person")]),
    ("ur", "قریب 500 افراد", [("قریب 500 افراد", 500, 500, "about", "person")]),
    ("hi", "लगभग 11,000 से ज़्यादा सैनिक", [("लगभग 11,000 से ज़्यादा सैनिक", 11000, 11000, "about", "soldier")]),
    ("hi", "100 तक मिसाइलें", [("100 तक मिसाइलें", 100, 100, "up_to", "missile")]),
    ("hi", "दस लाख लोग", [("दस लाख लोग", 1_000_000, 1_000_000, "exact", "person")]),
    ("hi", "सैकड़ों लोग", [("सैकड़ों लोग", 200, 999, "about", "person")]),
    ("hi", "2.5 करोड़ रुपये", [("2.5 करोड़ रुपये", 25_000_000, 25_000_000, "exact", "rupee")]),
    ("hi", "11 देशों की रिपोर्ट", [("11 देशों", 11, 11, "exact", "country")]),
    ("hi", "दूसरा दौर और 11वीं बार", []),
    ("hi", "25 प्रतिशत", [("25 प्रतिशत", 25, 25, "exact", "percent")]),
    ("hi", "1 लाख 20 हज़ार लोग", [("1 लाख 20 हज़ार लोग", 120_000, 120_000, "exact", "person")]),
    # A number word said twice is "each": four lakh each, not eight.
    ("hi", "परिजनों को चार-चार लाख रुपये", [("चार-चार लाख रुपये", 400_000, 400_000, "exact", "rupee")]),
    # Lengths and rainfall in every script.
    ("en", "above the danger level of 23 feet", [("23 feet", 23, 23, "exact", "foot")]),
    ("ur", "خطرے کا نشان 21 فٹ ہے", [("21 فٹ", 21, 21, "exact", "foot")]),
    ("en", "58 mm of rain", [("58 mm", 58, 58, "exact", "mm")]),
    ("hi", "राज्य में 58 मिमी बारिश", [("58 मिमी", 58, 58, "exact", "mm")]),
    ("gu", "નદીની સપાટી 12 ફૂટ વધી", [("12 ફૂટ", 12, 12, "exact", "foot")]),
    ("mr", "पाणीपातळी 9 फूट झाली", [("9 फूट", 9, 9, "exact", "foot")]),
    # Written apart, as Urdu and Gujarati copy often write it: still five lakh each.
    ("ur", "ورثا کو پانچ پانچ لاکھ روپے دینے کا اعلان", [("پانچ پانچ لاکھ روپے", 500_000, 500_000, "exact", "rupee")]),
    ("gu", "પરિવારોને પાંચ પાંચ લાખ રૂપિયા", [("પાંચ પાંચ લાખ રૂપિયા", 500_000, 500_000, "exact", "rupee")]),
    ("gu", "બે-બે લાખ રૂપિયા", [("બે-બે લાખ રૂપિયા", 200_000, 200_000, "exact", "rupee")]),
    ("en", "a minimum wage of 1,000 dinars", [("1,000 dinars", 1_000, 1_000, "exact", "dinar")]),
    # A figure written as a compound adjective is one figure, not a range to a crore.
    ("en", "cleared a Rs 10,801-crore budget", [("Rs 10,801-crore", 108_010_000_000, 108_010_000_000, "exact", "rupee")]),
    # The counted noun joined by a hyphen; an age counts no years.
    ("en", "a three-storey building", [("three-storey", 3, 3, "exact", "storey")]),
    ("en", "won the 21-km race", [("21-km", 21, 21, "exact", "km")]),
    ("en", "a 10-year-old boy", [("10", 10, 10, "exact", None)]),
    ("mr", "तीन मजली इमारत", [("तीन मजली", 3, 3, "exact", "storey")]),
    ("ur", "چار منزلہ عمارت", [("چار منزلہ", 4, 4, "exact", "storey")]),
    # "One" before a number word of three or more is the article "a"; "एक दो" is one or two.
    ("ur", "ایک چار منزلہ عمارت", [("چار منزلہ", 4, 4, "exact", "storey")]),
    ("hi", "एक दो लोग", [("एक दो लोग", 1, 2, "exact", "person")]),
    ("hi", "2023-24 में 15-20% बढ़ोतरी", [("15-20%", 15, 20, "exact", "percent")]),
    # Marathi.
    ("mr", "किमान 100 क्षेपणास्त्रे पाठवली", [("किमान 100 क्षेपणास्त्रे", 100, 100, "at_least", "missile")]),
    ("mr", "११,००० पेक्षा जास्त सैनिक", [("११,००० पेक्षा जास्त सैनिक", 11000, 11000, "more_than", "soldier")]),
    ("mr", "११ हजारांहून अधिक सैनिक", [("११ हजारांहून अधिक सैनिक", 11000, 11000, "more_than", "soldier")]),
    ("mr", "सुमारे 500 लोक", [("सुमारे 500 लोक", 500, 500, "about", "person")]),
    ("mr", "3 कोटी रुपये", [("3 कोटी रुपये", 30_000_000, 30_000_000, "exact", "rupee")]),
    ("mr", "दोन देश", [("दोन देश", 2, 2, "exact", "country")]),
    ("mr", "25,000 ते 30,000 लोक", [("25,000 ते 30,000 लोक", 25000, 30000, "exact", "person")]),
    ("mr", "100 पर्यंत ड्रोन", [("100 पर्यंत ड्रोन", 100, 100, "up_to", "drone")]),
    ("mr", "शेकडो लोक", [("शेकडो लोक", 200, 999, "about", "person")]),
    # Urdu.
    ("ur", "شمالی کوریا نے کم از کم 100 بیلسٹک میزائل بھیجے",
     [("کم از کم 100 بیلسٹک میزائل", 100, 100, "at_least", "missile")]),
    ("ur", "11,000 سے زائد فوجی", [("11,000 سے زائد فوجی", 11000, 11000, "more_than", "soldier")]),
    ("ur", "۱۱,۰۰۰ سے زیادہ فوجی", [("۱۱,۰۰۰ سے زیادہ فوجی", 11000, 11000, "more_than", "soldier")]),
    ("ur", "٢٥ افراد", [("٢٥ افراد", 25, 25, "exact", "person")]),
    ("ur", "25,000 سے 30,000 افراد", [("25,000 سے 30,000 افراد", 25000, 30000, "exact", "person")]),
    ("ur", "تقریباً 500 لوگ", [("تقریباً 500 لوگ", 500, 500, "about", "person")]),
    ("ur", "تقریبا 500 لوگ", [("تقریبا 500 لوگ", 500, 500, "about", "person")]),
    ("ur", "11 ممالک", [("11 ممالک", 11, 11, "exact", "country")]),
    ("ur", "تین ہزار فوجی", [("تین ہزار فوجی", 3000, 3000, "exact", "soldier")]),
    ("ur", "ہزاروں افراد", [("ہزاروں افراد", 2000, 9999, "about", "person")]),
    ("ur", "اسی دن", []),
    # English.
    ("en", "North Korea sent at least 100 ballistic missiles to Russia.",
     [("at least 100 ballistic missiles", 100, 100, "at_least", "missile")]),
    ("en", "It deployed more than 11,000 troops in 2024.",
     [("more than 11,000 troops", 11000, 11000, "more_than", "soldier")]),
    ("en", "over 5,000 soldiers", [("over 5,000 soldiers", 5000, 5000, "more_than", "soldier")]),
    ("en", "about 2.5 lakh people", [("about 2.5 lakh people", 250_000, 250_000, "about", "person")]),
    ("en", "1.2 million people", [("1.2 million people", 1_200_000, 1_200_000, "exact", "person")]),
    ("en", "25,000 to 30,000 soldiers", [("25,000 to 30,000 soldiers", 25000, 30000, "exact", "soldier")]),
    ("en", "25,000-30,000 soldiers", [("25,000-30,000 soldiers", 25000, 30000, "exact", "soldier")]),
    ("en", "25 to 30 thousand troops", [("25 to 30 thousand troops", 25000, 30000, "exact", "soldier")]),
    ("en", "up to 30 drones", [("up to 30 drones", 30, 30, "up_to", "drone")]),
    ("en", "less than 40%", [("less than 40%", 40, 40, "less_than", "percent")]),
    ("en", "nearly 200 civilians", [("nearly 200 civilians", 200, 200, "about", "civilian")]),
    ("en", "$5 billion in aid", [("$5 billion", 5e9, 5e9, "exact", "dollar")]),
    ("en", "dozens of soldiers", [("dozens of soldiers", 24, 99, "about", "soldier")]),
    ("en", "hundreds of people", [("hundreds of people", 200, 999, "about", "person")]),
    ("en", "two hundred and fifty thousand people",
     [("two hundred and fifty thousand people", 250_000, 250_000, "exact", "person")]),
    ("en", "twenty-five countries", [("twenty-five countries", 25, 25, "exact", "country")]),
    ("en", "2000 soldiers", [("2000 soldiers", 2000, 2000, "exact", "soldier")]),
    ("en", "in 2024 troops arrived", []),
    ("en", "the G20 summit and Su-57 jets in the 2nd round", []),
    ("en", "one of them said", []),
    ("en", "at 12:44 PM", []),
    ("en", "In the 1990s, COVID-19 cases", []),
    ("en", "3-4 lakh people", [("3-4 lakh people", 300_000, 400_000, "exact", "person")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITY_CASES)
def test_quantities_extract_exact_values_units_and_offsets(
    lang: str, text: str, expected: list[tuple[str, float, float, str, str | None]]
) -> None:
    found = extract_quantities(text, lang)
    assert [(q.text, q.low, q.high, q.qualifier, q.unit) for q in found] == [
        (s, float(lo), float(hi), qual, unit) for s, lo, hi, qual, unit in expected
    ]
    cursor = 0
    for quantity, (surface, *_rest) in zip(found, expected, strict=True):
        assert quantity.start == text.index(surface, cursor)
        cursor = quantity.end
        assert quantity.end == quantity.start + len(surface)
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.qualifier in QUALIFIERS


@pytest.mark.parametrize(
    ("lang", "text", "unit_text"),
    [
        ("gu", "11 દેશોના અહેવાલ", "દેશો"),
        ("gu", "ઓછામાં ઓછી 100 બેલિસ્ટિક મિસાઇલો", "મિસાઇલો"),
        ("hi", "11,000 से अधिक सैनिक", "सैनिक"),
        ("en", "$5 billion", "$"),
    ],
)
def test_quantities_unit_text_is_the_counted_noun_without_case_ending(lang: str, text: str, unit_text: str) -> None:
    (quantity,) = extract_quantities(text, lang)
    assert quantity.unit_text == unit_text


# (lang, text, [(surface, weekday, day, month, year, relative), ...]) — every date in the text.
DATE_CASES: list[tuple[str, str, list[tuple[str, int | None, int | None, int | None, int | None, str | None]]]] = [
    ("gu", "KCNA એ બુધવારે (11 જૂન) જણાવ્યું હતું", [("બુધવારે (11 જૂન)", 2, 11, 6, None, None)]),
    ("gu", "આ માહિતી સરકારી મીડિયાએ રવિવારે આપી.", [("રવિવારે", 6, None, None, None, None)]),
    ("gu", "2024 માં, ઉત્તર કોરિયાએ", [("2024", None, None, None, 2024, None)]),
    ("gu", "પ્યોંગયાંગે 2024 ના અંતમાં", [("2024", None, None, None, 2024, None)]),
    ("gu", "ગુરુવારે આ માહિતી આપી", [("ગુરુવારે", 3, None, None, None, None)]),
    ("gu", "ગયા વર્ષે જૂનમાં", [("ગયા વર્ષે", None, None, None, None, "last_year"),
                              ("જૂનમાં", None, None, 6, None, None)]),
    ("gu", "આજે અને ગઈકાલે", [("આજે", None, None, None, None, "today"),
                            ("ગઈકાલે", None, None, None, None, "yesterday")]),
    ("gu", "11મી જુલાઈ, 2025", [("11મી જુલાઈ, 2025", None, 11, 7, 2025, None)]),
    ("gu", "૧૧ જૂન ૨૦૨૫", [("૧૧ જૂન ૨૦૨૫", None, 11, 6, 2025, None)]),
    ("gu", "12:44 PM Jul 14, 2025 IST", [("Jul 14, 2025", None, 14, 7, 2025, None)]),
    ("hi", "केसीएनए ने बुधवार (11 जून) को बताया", [("बुधवार (11 जून)", 2, 11, 6, None, None)]),
    ("hi", "रविवार को बैठक हुई", [("रविवार", 6, None, None, None, None)]),
    ("hi", "गुरुवार को", [("गुरुवार", 3, None, None, None, None)]),
    ("hi", "2024 में उत्तर कोरिया ने", [("2024", None, None, None, 2024, None)]),
    ("hi", "पिछले साल जून में", [("पिछले साल", None, None, None, None, "last_year"),
                              ("जून", None, None, 6, None, None)]),
    ("hi", "आज और कल", [("आज", None, None, None, None, "today"), ("कल", None, None, None, None, "kal")]),
    ("hi", "12 जून 2025 को", [("12 जून 2025", None, 12, 6, 2025, None)]),
    ("mr", "रविवारी बैठक झाली", [("रविवारी", 6, None, None, None, None)]),
    ("mr", "गुरुवारी 11 जून", [("गुरुवारी 11 जून", 3, 11, 6, None, None)]),
    ("mr", "गेल्या वर्षी जानेवारीत", [("गेल्या वर्षी", None, None, None, None, "last_year"),
                                   ("जानेवारीत", None, None, 1, None, None)]),
    ("ur", "اتوار کو اجلاس ہوا", [("اتوار", 6, None, None, None, None)]),
    ("ur", "جمعرات اور بدھ", [("جمعرات", 3, None, None, None, None), ("بدھ", 2, None, None, None, None)]),
    ("ur", "گزشتہ سال ۱۲ جون ۲۰۲۵ کو", [("گزشتہ سال", None, None, None, None, "last_year"),
                                      ("۱۲ جون ۲۰۲۵", None, 12, 6, 2025, None)]),
    ("ur", "آج اور کل", [("آج", None, None, None, None, "today"), ("کل", None, None, None, None, "kal")]),
    ("ur", "کل 100 افراد", []),
    ("ur", "ہفتہ کو اجلاس ہوا، ایک ہفتے بعد", [("ہفتہ", 5, None, None, None, None)]),
    ("en", "KCNA said on Wednesday (June 11) that", [("Wednesday (June 11)", 2, 11, 6, None, None)]),
    ("en", "on Sunday.", [("Sunday", 6, None, None, None, None)]),
    ("en", "Sun., June 11", [("Sun., June 11", 6, 11, 6, None, None)]),
    ("en", "11 June 2025", [("11 June 2025", None, 11, 6, 2025, None)]),
    ("en", "June 11", [("June 11", None, 11, 6, None, None)]),
    ("en", "12:44 PM Jul 14, 2025 IST", [("Jul 14, 2025", None, 14, 7, 2025, None)]),
    ("en", "the 11th of June", [("11th of June", None, 11, 6, None, None)]),
    ("en", "yesterday and last year", [("yesterday", None, None, None, None, "yesterday"),
                                       ("last year", None, None, None, None, "last_year")]),
    ("en", "You may go in May 2025", [("May 2025", None, None, 5, 2025, None)]),
    ("en", "on 14/07/2025 and 2025-07-15", [("14/07/2025", None, 14, 7, 2025, None),
                                             ("2025-07-15", None, 15, 7, 2025, None)]),
    ("en", "more than 2000 soldiers", []),
    ("en", "the 2023-24 budget, the 2023-27 plan", [("2023-24", None, None, None, 2023, None),
                                                    ("2023-27", None, None, None, 2023, None)]),
    ("en", "from 2024-12 on", [("2024", None, None, None, 2024, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATE_CASES)
def test_quantities_extract_dates_weekdays_and_offsets(
    lang: str,
    text: str,
    expected: list[tuple[str, int | None, int | None, int | None, int | None, str | None]],
) -> None:
    found = extract_dates(text, lang)
    assert [(d.text, d.weekday, d.day, d.month, d.year, d.relative) for d in found] == expected
    cursor = 0
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start == text.index(mention.text, cursor)
        cursor = mention.end


def test_quantities_years_are_dates_not_quantities() -> None:
    text = "2024 માં ઉત્તર કોરિયાએ 11 દેશો"
    assert [q.low for q in extract_quantities(text, "gu")] == [11.0]
    assert [d.year for d in extract_dates(text, "gu")] == [2024]


# (lang, text, [marker surfaces]) — every negation marker in the text.
NEGATION_CASES: list[tuple[str, str, list[str]]] = [
    ("en", "He did not confirm it and didn't deny it.", ["not", "n't"]),
    ("en", "No one knew; nothing happened, never.", ["No one", "nothing", "never"]),
    ("en", "Neither side nor the other; none came.", ["Neither", "nor", "none"]),
    ("en", "He denied the report and rejected it.", []),
    ("en", "Item No. 5 is ready.", []),
    ("gu", "ઉત્તર કોરિયા રશિયાને મદદ કરતું નથી.", ["નથી"]),
    ("gu", "તેણે ના પાડી.", ["ના"]),
    ("gu", "KCNA ના અહેવાલ મુજબ, 'રશિયન ડે' (દિવસ) ના અવસર પર", []),
    ("gu", "તે નહોતો આવ્યો અને ક્યારેય નહીં આવે.", ["નહોતો", "ક્યારેય નહીં"]),
    ("gu", "તે ન આવ્યો, નહીં તો", ["ન", "નહીં"]),
    ("hi", "उसने कहा कि वह नहीं जाएगा।", ["नहीं"]),
    ("hi", "मत करो, कभी नहीं।", ["मत", "कभी नहीं"]),
    ("hi", "उनका मत है कि न केवल", ["न"]),
    ("mr", "तो आला नाही. तो तिथे नव्हता.", ["नाही", "नव्हता"]),
    ("mr", "असे करू नये.", ["नये"]),
    ("ur", "اس نے کہا کہ وہ نہیں جائے گا۔", ["نہیں"]),
    ("ur", "نہ وہ آیا، مت کرو۔", ["نہ", "مت"]),
    # The short negator before a subjunctive, an infinitive or a verbal noun names a
    # purpose or an act ("so that no one is hurt", "the feat of not losing"): no denial.
    ("hi", "कोई हताहत न हो, इसके लिए टीमें तैनात हैं; लोगों को बाहर न निकलने की सलाह दी गई।", []),
    ("hi", "न तो कोई घायल हुआ, न ही कोई मरा।", ["न", "न"]),
    ("gu", "કોઈ જાનહાનિ ન થાય તે અમારી પ્રાથમિકતા છે.", []),
    ("mr", "एकही सामना न गमावण्याची कामगिरी केली.", []),
    ("ur", "کوئی جانی نقصان نہ ہو، اس لیے ٹیمیں تعینات ہیں۔", []),
    ("ur", "نہ تو کوئی زخمی ہوا۔", ["نہ"]),
    ("en", "A case of culpable homicide not amounting to murder; a fine not exceeding Rs 500.", []),
    ("en", "He appealed to people not to go near the river; police urged residents not to panic.", []),
    ("en", "The minister was asked about it but did not reply.", ["not"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATION_CASES)
def test_quantities_find_negations(lang: str, text: str, expected: list[str]) -> None:
    found = find_negations(text, lang)
    assert [surface for _s, _e, surface in found] == expected
    for start, end, surface in found:
        assert text[start:end] == surface


def _q(low: float, high: float | None = None, qualifier: str = "exact", unit: str | None = "soldier") -> Quantity:
    return Quantity(0, 1, "x", float(low), float(low if high is None else high), qualifier, unit, None)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (_q(11000, qualifier="more_than"), _q(11000), "qualified_match"),
        (_q(11000, qualifier="more_than"), _q(11000, qualifier="more_than"), "same"),
        (_q(100, qualifier="at_least"), _q(200), "different"),
        (_q(100, qualifier="at_least"), _q(100, qualifier="at_least"), "same"),
        (_q(25000, 30000), _q(28000), "qualified_match"),
        (_q(28000, qualifier="about"), _q(25000, 30000), "qualified_match"),
        (_q(25000, 30000), _q(31000), "different"),
        (_q(25000, 30000), _q(20000, 30000), "different"),
        (_q(100, qualifier="more_than"), _q(100, qualifier="less_than"), "different"),
        (_q(100, qualifier="at_least"), _q(100, qualifier="more_than"), "qualified_match"),
        (_q(100, qualifier="about"), _q(100, qualifier="up_to"), "qualified_match"),
        (_q(100), _q(100, unit="missile"), "incomparable"),
        (_q(100, unit=None), _q(100, unit=None), "same"),
        (_q(100, unit=None), _q(100), "incomparable"),
        (_q(200, 999, qualifier="about"), _q(500), "qualified_match"),
    ],
)
def test_quantities_compare(a: Quantity, b: Quantity, verdict: str) -> None:
    assert compare_quantities(a, b) == verdict
    assert compare_quantities(b, a) == verdict


def test_quantities_compare_across_scripts_and_languages() -> None:
    (gu,) = extract_quantities("૧૧,૦૦૦ થી વધુ સૈનિકો", "gu")
    (hi,) = extract_quantities("11 हज़ार से अधिक सैनिक", "hi")
    (en,) = extract_quantities("11,000 troops", "en")
    (ur,) = extract_quantities("کم از کم 200 میزائل", "ur")
    (mr,) = extract_quantities("किमान 100 क्षेपणास्त्रे", "mr")
    assert compare_quantities(gu, hi) == "same"
    assert compare_quantities(gu, en) == "qualified_match"
    assert compare_quantities(ur, mr) == "different"
    assert compare_quantities(ur, en) == "incomparable"


@pytest.mark.parametrize("lang", ["xx", "de", "zz"])
def test_quantities_unknown_language_reads_digits_only(lang: str) -> None:
    text = "12,345 Leute und ૧૨ und 50% in 2024"
    assert [(q.text, q.low, q.unit) for q in extract_quantities(text, lang)] == [
        ("12,345", 12345.0, None),
        ("૧૨", 12.0, None),
        ("50%", 50.0, "percent"),
    ]
    assert [d.year for d in extract_dates(text, lang)] == [2024]
    assert find_negations("nicht nein", lang) == []


def test_quantities_rejects_malformed_language_codes() -> None:
    assert extract_quantities("100 soldiers", "../en") == [
        Quantity(0, 3, "100", 100.0, 100.0, "exact", None, None)
    ]
    assert extract_dates("", "en") == []
    assert isinstance(DateMention(0, 0, "", None, None, None, None, None), DateMention)


def test_quantities_fast_enough_per_sentence() -> None:
    sentence = (
        "પ્યોંગયાંગે 2024 ના અંતમાં પૂર્વી રશિયામાં 11,000 થી વધુ સૈનિકો તૈનાત કર્યા હતા અને "
        "બુધવારે (11 જૂન) ઓછામાં ઓછી 100 બેલિસ્ટિક મિસાઇલો મોકલી ન હતી."
    )
    extract_quantities(sentence, "gu")  # compile once
    rounds = 200
    began = time.perf_counter()
    for _ in range(rounds):
        extract_quantities(sentence, "gu")
        find_negations(sentence, "gu")
    per_sentence = (time.perf_counter() - began) / rounds
    # The budget is 0.2 ms on a quiet machine; allow slack for loaded CI runners.
    assert per_sentence < 0.002
