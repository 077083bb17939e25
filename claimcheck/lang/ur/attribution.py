"""Urdu attribution cues, as Urdu news copy writes them."""

from __future__ import annotations

from ..base_attribution import AttributionData, inflect, passives

#: A perfective verb agrees with its object (or subject) in gender and number: "کہا",
#: "کہی", "کہے"; "بتایا", "بتائی", "بتائے".
_PERFECTIVE = (("یا", ("ئی", "ئے")), ("ا", ("ی", "ے")))

_VERBS = (
    "کہا", "بتایا", "کہتے", "کہتی", "کہنا ہے", "کہنا تھا", "دہرایا", "تصدیق کی", "دعویٰ کیا", "دعوی کیا",
    "تردید کی", "انکار کیا", "خبردار کیا", "انتباہ کیا", "واضح کیا", "اعلان کیا", "اطلاع دی", "رپورٹ کیا",
    "الزام عائد کیا", "الزام لگایا", "لکھا", "تسلیم کیا", "اعتراف کیا", "بیان دیا", "زور دیا", "مطالبہ کیا",
    "اشارہ دیا", "انکشاف کیا", "خبر دی", "ریمارکس دیے", "ریمارکس دیئے", "موقف اختیار کیا",
    "کہنا ہے", "کہنا تھا", "توقع ہے",
)

ATTRIBUTION = AttributionData(
    word_order="SOV",
    speech_verbs=inflect(_VERBS, _PERFECTIVE),
    auxiliaries=("ہے", "تھا", "تھی", "تھے", "ہیں", "گیا", "گئی", "گئے"),
    complementizers=("کہ",),
    quotatives=("یہ",),
    according_to=(
        "کے مطابق", "کے بقول",
        "مطابق", "بقول",
    ),
    citing=("کے حوالے سے", "کا حوالہ دیتے ہوئے", "کے حوالے"),
    # "تصدیق کی گئی": every perfective speech verb has its agentless passive.
    passive=(*passives(_VERBS, (("ا", "گیا"), ("ی", "گئی"), ("ے", "گئے")), ("تا", "تی", "تے", "ہے", "تھا")), "کہا گیا", "بتایا گیا", "دعویٰ کیا گیا", "واضح کیا گیا", "اعلان کیا گیا", "تصدیق کی گئی"),
    information_subjects=("یہ بات", "اس بارے میں معلومات", "اس کی اطلاع", "یہ اطلاع", "یہ معلومات", "یہ خبر", "اس بات کی اطلاع"),
    information_verbs=("بتائی", "دی", "دی ہے", "دی تھی", "بتائی ہے"),
    stance=(
        "وعدہ کیا", "یقین دلایا", "یقین دہانی کرائی", "امید ظاہر کی", "امید کا اظہار کیا", "اعتماد کا اظہار کیا",
        "تشویش کا اظہار کیا", "خواہش ظاہر کی", "عزم ظاہر کیا", "عزم کا اظہار کیا",
        # "expressed" alone is no cue ("حمایت کا اظہار کیا", expressed support): only with a
        # noun of belief or intent.
        "توقع ظاہر کی", "توقع کا اظہار کیا", "اعتماد ظاہر کیا", "تشویش ظاہر کی", "یقین ظاہر کیا",
        "خواہش کا اظہار کیا",
    ),
    ergative_suffixes=(),
    ergative_particles=("نے",),
    experiencer_particles=("کو",),
    genitive_particles=("کا", "کی", "کے"),
    # Postpositions of time and company end the phrase before a subject ("ملاقات کے دوران کم نے").
    not_sources=("دوران", "بعد", "پہلے", "ساتھ", "درمیان"),
    pronoun_sources=("انہوں", "اس", "ہم", "انھوں", "آپ"),
    whole_pronoun_sources=("ان", "وہ"),
    report_nouns=("رپورٹ", "بیان", "خبر"),
    outlet_nouns=("ایجنسی", "اخبار", "چینل"),
    gathering_nouns=("اجلاس", "میٹنگ", "جلس", "کانفرنس", "تقریب", "سیشن"),
    locative_suffixes=(),
    locative_particles=("میں",),
    given_nouns=("معلومات", "اعداد", "شمار", "تفصیلات", "پیشگوئی", "گوئی", "اندازے"),
    giver_particles=("سے", "کی جانب سے", "کی طرف سے"),
    clause_openers=("جبکہ", "تاہم", "لیکن", "مگر"),
    discourse_openers=("دوسری جانب", "دوسری طرف", "ادھر", "اس دوران", "اس کے برعکس"),
    question_words=("کب", "کیا", "کیوں", "کہاں", "کیسے", "کون", "کتنے", "کتنی", "کس"),
    negations=("نہیں", "نہ"),
    non_sources=("منصوبے", "منصوبہ", "شیڈول", "قانون", "قواعد", "روایت", "پروگرام", "ضوابط"),
    source_max_tokens=16,
    clause_boundaries=("ہوئے", "اور", "لیکن", "جبکہ", "کیونکہ", "تاہم", "مگر", "جو", "جس"),
)
