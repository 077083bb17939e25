"""Attribution rules: constructions and inflected cue forms, one small sentence each, in
every language the construction exists in."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.api import read_article
from claimcheck.attribution import attribute_article
from claimcheck.lang import get_defaults
from claimcheck.lang.base_attribution import inflect, passives


def _relations(tmp_path: Path, text: str, index: int) -> list[tuple[str | None, str | None, str | None, list[str]]]:
    """(source, cue, content, chain ids) of every relation of sentence ``index``."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    sentence = attribute_article(read_article(str(path))).sentences[index]
    return [
        (
            a.source.text if a.source else None,
            a.cue.text if a.cue else None,
            a.content.text if a.content else None,
            [link.source.id for link in a.chain],
        )
        for a in sentence.attributions
    ]


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        # Cues match by lemma with the parser: any inflected form is a cue.
        ("The survey shows that exports fell.\n", 0, [("The survey", "shows", "exports fell", ["x:survey"])]),
        ("The senator claims that prices rose.\n", 0, [("The senator", "claims", "prices rose", ["x:senator"])]),
        ("Trump tweeted that the deal was dead.\n", 0, [("Trump", "tweeted", "the deal was dead", ["x:trump"])]),
        ("The mayor responded that the city was safe.\n", 0, [("The mayor", "responded", "the city was safe", ["x:mayor"])]),
        ("Farmers fear that the dam will break.\n", 0, [("Farmers", "fear", "the dam will break", ["x:farmers"])]),
        # A raised passive: the subject is what is reported, the speaker unnamed.
        ("The toll is expected to rise.\n", 0, [(None, "is expected", "to rise", [])]),
        ("The minister is said to have resigned.\n", 0, [(None, "is said", "to have resigned", [])]),
        ("The minister has been reported to have resigned.\n", 0, [(None, "has been reported", "to have resigned", [])]),
        # A name the parser makes a second subject stays in the source.
        (
            "The talks ended, state news agency ARNA said on Sunday.\n",
            0,
            [("state news agency ARNA", "said", "The talks ended", ["x:arna"])],
        ),
        # A capitalised "Survey" or "Agency" is part of the name; an outlet noun heading a
        # description of an unknown body keeps it whole.
        (
            "The quake hit at dawn, according to the U.S. Geological Survey.\n",
            0,
            [("the U.S. Geological Survey", "according to", "The quake hit at dawn", ["x:u-s-geological-survey"])],
        ),
        # ... but a capitalised report noun alone only opens the sentence.
        (
            "Yonhap reported that the talks ended.\nReports said 14 people were arrested.\n",
            1,
            [("Reports", "said", "14 people were arrested", ["yonhap"])],
        ),
        # "said in a statement that ...": the clause the parser hangs on "statement".
        (
            "The ministry said in a statement that the drones were shot down.\n",
            0,
            [("The ministry", "said", "the drones were shot down", ["x:ministry"])],
        ),
        # "claimed to have ...": an infinitive that is a proposition.
        ("The army claimed to have shot down 12 drones.\n", 0, [("The army", "claimed", "to have shot down 12 drones", ["x:army"])]),
        # "a statement from the ministry" is the ministry's.
        (
            "According to a statement from the ministry, the drones were shot down.\n",
            0,
            [("a statement from the ministry", "According to", "the drones were shot down", ["x:ministry"])],
        ),
        # A postposed present-tense report, and an inverted quotation.
        ("The talks went well, CNN reports.\n", 0, [("CNN", "reports", "The talks went well", ["cnn"])]),
        (
            '"We will never give in," continued Kim.\n',
            0,
            [("Kim", "continued", "We will never give in", ["x:kim"])],
        ),
        # A speech verb inside the content is no '"...," he said.' (no comma sets it off).
        (
            "KCNA said the two countries agree on all issues.\n",
            0,
            [("KCNA", "said", "the two countries agree on all issues", ["kcna"])],
        ),
        # "I think" inside a quotation is a hedge, not an attribution.
        (
            'Kim said: "I think the talks went well."\n',
            0,
            [("Kim", "said", "I think the talks went well", ["x:kim"])],
        ),
        # As-clauses: the clause they hang on is the content.
        (
            "The two leaders met in Moscow, as RIA Novosti reports.\n",
            0,
            [("RIA Novosti", "reports", "The two leaders met in Moscow", ["ria_novosti"])],
        ),
        (
            "The two leaders met in Moscow, as reported by KCNA.\n",
            0,
            [("KCNA", "reported", "The two leaders met in Moscow", ["kcna"])],
        ),
        ("As KCNA reported on Sunday, Kim met Putin.\n", 0, [("KCNA", "reported", "Kim met Putin", ["kcna"])]),
        # An as-clause without a source reports nothing.
        ("The plan, as previously reported, was dropped.\n", 0, []),
        # Naming and accusing: the object and what is said of it.
        (
            "The minister called the report a fabrication.\n",
            0,
            [("The minister", "called", "the report a fabrication", ["x:minister"])],
        ),
        (
            "The minister accused Seoul of provoking the crisis.\n",
            0,
            [("The minister", "accused", "Seoul of provoking the crisis", ["x:minister"])],
        ),
        (
            'The senator called the remarks "racist."\n',
            0,
            [("The senator", "called", 'the remarks "racist', ["x:senator"])],
        ),
        ("The minister called for calm.\n", 0, []),
        ("The minister called a press conference.\n", 0, []),
        # "declined to comment", "asked a question": no claim.
        ("The ministry declined to comment.\n", 0, []),
        ("The senator asked a question about the budget.\n", 0, []),
        # "was quoted as saying": the subject of "quoted" says it.
        (
            "The general was quoted as saying that the border was calm.\n",
            0,
            [("The general", "was quoted as saying", "the border was calm", ["x:general"])],
        ),
        # A clause the parser hangs on the citing verb.
        (
            "Reuters reported, citing two officials, that the deal was signed.\n",
            0,
            [("Reuters", "reported", "the deal was signed", ["reuters", "x:two-oficials"])],
        ),
        # A reporter after a comma closing the sentence reports the whole of it: the chain
        # is KCNA -> Lavrov, not Lavrov -> KCNA.
        (
            "Lavrov said the talks were productive, KCNA reported.\n",
            0,
            [
                ("Lavrov", "said", "the talks were productive", ["kcna", "x:lavrov"]),
                ("KCNA", "reported", "Lavrov said the talks were productive", ["kcna"]),
            ],
        ),
        # A clause set off by commas is not part of the source; an apposition is.
        (
            "Lavrov, speaking to KCNA, said the talks were productive.\n",
            0,
            [("Lavrov", "said", "the talks were productive", ["x:lavrov"])],
        ),
        (
            "Aisha Rahman, a spokeswoman for the agency, said the roads were closed.\n",
            0,
            [("Aisha Rahman, a spokeswoman for the agency", "said", "the roads were closed", ["x:aisha-rahman-a-spokeswoman-for"])],
        ),
        # A parenthetical speech verb: the clause around it (the cue inside) is the content.
        (
            "The bigger risk, he said, is a clash at sea.\n",
            0,
            [("he", "said", "The bigger risk, he said, is a clash at sea", ["x:he"])],
        ),
        # A participle takes the subject of the verb it hangs on.
        (
            "The senator reacted to the verdict, saying that justice had been done.\n",
            0,
            [("The senator", "saying", "justice had been done", ["x:senator"])],
        ),
        # A colon after the verb opens the content.
        ('The mayor responded: "We are ready."\n', 0, [("The mayor", "responded", "We are ready", ["x:mayor"])]),
        # A citing phrase closing the content is the chain's: Lavrov cites KCNA.
        (
            "Lavrov said the talks were productive, citing KCNA.\n",
            0,
            [("Lavrov", "said", "the talks were productive", ["x:lavrov", "kcna"])],
        ),
        # A clause hung on a participle in between still belongs to the verb.
        (
            "Trump said, referring to Obama, that the country was weak.\n",
            0,
            [("Trump", "said", "the country was weak", ["x:trump"])],
        ),
        # Hindi: a quotative word before the verb points forward when a complementiser follows.
        (
            "दोनों पक्षों ने यह भी कहा कि सहयोग जारी रहेगा।\n",
            0,
            [("दोनों पक्षों", "कहा", "सहयोग जारी रहेगा", ["x:donon-pakshon"])],
        ),
        # The ergative written apart ("उन्हों ने") is a pronoun: it resolves to the speaker before.
        (
            "पुतिन ने कहा कि रूस तैयार है। उन्हों ने कहा कि बातचीत सफल रही।\n",
            1,
            [("उन्हों", "कहा", "बातचीत सफल रही", ["x:putin"])],
        ),
        # Urdu "ان" is a pronoun as a whole source, and a word of a name inside one.
        (
            "وزیر خارجہ وکٹر لانگ نے کہا کہ مذاکرات مثبت رہے۔ ان کا کہنا تھا کہ تجارت بڑھے گی۔\n",
            1,
            [("ان", "کا کہنا تھا", "تجارت بڑھے گی", ["x:vzir-kharja-vktr-lang"])],
        ),
        (
            "شمالی کوریا کے رہنما کم جونگ ان نے کہا کہ مذاکرات مثبت رہے۔\n",
            0,
            [("شمالی کوریا کے رہنما کم جونگ ان", "کہا", "مذاکرات مثبت رہے", ["x:shmaly-korya-rhnma-km-jong-an"])],
        ),
        # A discourse opener before the subject is not part of the source.
        (
            "دوسری جانب پاکستانی فوج نے ان الزامات کی تردید کی ہے۔\n",
            0,
            [("پاکستانی فوج", "تردید کی ہے", "ان الزامات کی", ["pak_army"])],
        ),
        (
            "दूसरी ओर विपक्ष के नेता ने कहा कि सरकार झूठ बोल रही है।\n",
            0,
            [("विपक्ष के नेता", "कहा", "सरकार झूठ बोल रही है", ["x:vipaksh-neta"])],
        ),
        # A wire dateline with an agency's bracket and a dash is parsed apart.
        (
            "NEW DELHI, March 3 (PTI) — The government will table the bill in the winter session, "
            "Law Minister Arjun Mehta said on Monday.\n",
            0,
            [("Law Minister Arjun Mehta", "said", "The government will table the bill in the winter session",
              ["x:law-minister-arjun-mehta"])],
        ),
        # A forecast or an estimate is its owner's, as information is its giver's.
        (
            "हवामान विभागाच्या अंदाजानुसार, येत्या दोन दिवसांत कोकणात मुसळधार पाऊस पडेल.\n",
            0,
            [("हवामान विभागाच्या", "अंदाजानुसार", "येत्या दोन दिवसांत कोकणात मुसळधार पाऊस पडेल", ["x:havaman-vibhaga"])],
        ),
        (
            "मौसम विभाग के पूर्वानुमान के अनुसार, अगले दो दिनों में भारी बारिश होगी।\n",
            0,
            [("मौसम विभाग", "के अनुसार", "अगले दो दिनों में भारी बारिश होगी", ["x:mausam-vibhag"])],
        ),
        (
            "محکمہ موسمیات کی پیش گوئی کے مطابق اگلے دو دنوں میں شدید بارش ہوگی۔\n",
            0,
            [("محکمہ موسمیات", "کے مطابق", "اگلے دو دنوں میں شدید بارش ہوگی", ["x:mhkma-mosmyat"])],
        ),
        ("अंदाजानुसार, यंदा पाऊस चांगला होईल.\n", 0, [(None, "अंदाजानुसार", "यंदा पाऊस चांगला होईल", [])]),
        # Perfective agreement: feminine and plural forms of a listed verb.
        (
            "मंत्री ने बताई कि बातचीत सफल रही।\n",
            0,
            [("मंत्री", "बताई", "बातचीत सफल रही", ["x:mantri"])],
        ),
        (
            "وزیر نے بتائی کہ بات چیت کامیاب رہی۔\n",
            0,
            [("وزیر", "بتائی", "بات چیت کامیاب رہی", ["x:vzir"])],
        ),
        (
            "मंत्र्यांनी सांगितला की चर्चा यशस्वी झाली.\n",
            0,
            [("मंत्र्यांनी", "सांगितला", "चर्चा यशस्वी झाली", ["x:mantr"])],
        ),
        (
            "મંત્રીએ જણાવ્યો કે વાટાઘાટો સફળ રહી.\n",
            0,
            [("મંત્રીએ", "જણાવ્યો", "વાટાઘાટો સફળ રહી", ["x:mantri"])],
        ),
        # An agentless passive of any listed verb, its place the source.
        (
            "बाढ़ का खतरा बढ़ेगा, बोर्ड की रिपोर्ट में चेतावनी दी गई है।\n",
            0,
            [("बोर्ड की रिपोर्ट में", "चेतावनी दी गई है", "बाढ़ का खतरा बढ़ेगा", ["x:bord"])],
        ),
        (
            "سیلاب کا خطرہ بڑھے گا، بورڈ کی رپورٹ میں انکشاف کیا گیا ہے۔\n",
            0,
            [("بورڈ کی رپورٹ میں", "انکشاف کیا گیا ہے", "سیلاب کا خطرہ بڑھے گا", ["x:bord"])],
        ),
        # "information about this" gives the previous sentence its source.
        (
            "પુલ તૂટી ગયો. આ અંગેની માહિતી પોલીસે આપી હતી.\n",
            1,
            [("પોલીસે", "આપી હતી", "પુલ તૂટી ગયો", ["x:polis"])],
        ),
        # Marathi "म्हटले आहे": active perfect after a case-marked subject, else impersonal.
        (
            "ब्लूमबर्गने अधिकाऱ्यांच्या हवाल्याने म्हटले आहे की धरण सुरक्षित आहे.\n",
            0,
            [("ब्लूमबर्गने", "म्हटले आहे", "धरण सुरक्षित आहे", ["bloomberg", "x:adhikar"])],
        ),
        ("अहवालात म्हटले आहे की धरण सुरक्षित आहे.\n", 0, [("अहवालात", "म्हटले आहे", "धरण सुरक्षित आहे", ["x:ahvalat"])]),
        # The subject follows the verb closing an embedded clause, which runs over a comma.
        (
            "बैठकीत जे करार झाले, त्यांची निष्ठेने अंमलबजावणी करण्यावर दोघांनी चर्चा केल्याचे केसीएनएने म्हटले आहे.\n",
            0,
            [
                (
                    "केसीएनएने",
                    "म्हटले आहे",
                    "बैठकीत जे करार झाले, त्यांची निष्ठेने अंमलबजावणी करण्यावर दोघांनी चर्चा केल्याचे",
                    ["kcna"],
                )
            ],
        ),
        (
            "બંને દેશો વચ્ચે સહકાર વધશે હોવાનું KCNA એ જણાવ્યું.\n",
            0,
            [("KCNA", "જણાવ્યું", "બંને દેશો વચ્ચે સહકાર વધશે હોવાનું", ["kcna"])],
        ),
        # A time adjunct before the verb is not part of a nominative subject.
        (
            '"आम्ही तयार आहोत," असे मंत्री बैठकीनंतर म्हणाले.\n',
            0,
            [("मंत्री", "म्हणाले", "आम्ही तयार आहोत", ["x:mantri"])],
        ),
        # According to the figures of X: any noun of reporting with its genitive.
        (
            "ચૂંટણી પંચના આંકડા પ્રમાણે, મતદાન વધ્યું હતું.\n",
            0,
            [("ચૂંટણી પંચ", "ના આંકડા પ્રમાણે", "મતદાન વધ્યું હતું", ["eci"])],
        ),
        # A bare according-to word after a fused genitive keeps the genitive in the cue.
        (
            "तज्ज्ञांच्या मते, यंदा पाऊस जास्त पडेल.\n",
            0,
            [("तज्ज्ञां", "च्या मते", "यंदा पाऊस जास्त पडेल", ["x:tajgyan"])],
        ),
        # A passive's place is read past a citing phrase; the cited person stays cited.
        (
            "ધ હિન્દુના અહેવાલમાં અધિકારીઓને ટાંકીને કહેવામાં આવ્યું છે કે ટેક્સ ઘટશે.\n",
            0,
            [("ધ હિન્દુના અહેવાલમાં", "કહેવામાં આવ્યું છે", "ટેક્સ ઘટશે", ["the_hindu", "x:adhikarion"])],
        ),
        # A content after the complementiser ends where the next speaker's clause begins.
        (
            "वकील ने दलील दी कि सबूत नहीं है, वहीं अभियोजन पक्ष ने कहा कि गवाह सही हैं।\n",
            0,
            [
                ("वकील", "दलील दी", "सबूत नहीं है", ["x:vakil"]),
                ("अभियोजन पक्ष", "कहा", "गवाह सही हैं", ["x:abhiyojan-paksh"]),
            ],
        ),
        (
            "ભાજપના નેતાએ જણાવ્યું કે પક્ષ જીતશે, જ્યારે કોંગ્રેસના નેતાએ જણાવ્યું કે પરિણામ ચોંકાવનારું આવશે.\n",
            0,
            [
                ("ભાજપના નેતાએ", "જણાવ્યું", "પક્ષ જીતશે", ["x:bhajap-neta"]),
                ("કોંગ્રેસના નેતાએ", "જણાવ્યું", "પરિણામ ચોંકાવનારું આવશે", ["x:kongres-neta"]),
            ],
        ),
        # An according-to content ends where "whereas" opens another speaker's clause:
        # two sources side by side, not a chain.
        (
            "केंद्र के मुताबिक तीव्रता 6.5 थी, जबकि सर्वेक्षण ने इसे 6.3 बताया।\n",
            0,
            [
                ("केंद्र", "के मुताबिक", "तीव्रता 6.5 थी", ["x:kendra"]),
                ("सर्वेक्षण", "बताया", None, ["x:sarvekshan"]),  # ("इसे 6.3" is too short a content)
            ],
        ),
        # "According to the information given by X": X is the source, with its time
        # adjunct ("रविवार को", "રવિવારે", a date's case ending, not an ergative) skipped;
        # information with no giver names no source.
        ("पुलिस द्वारा दी गई जानकारी के अनुसार, पुल गिर गया।\n", 0, [("पुलिस", "के अनुसार", "पुल गिर गया", ["x:pulis"])]),
        ("पुलिस ने रविवार को दी जानकारी के अनुसार, पुल गिर गया।\n", 0, [("पुलिस", "के अनुसार", "पुल गिर गया", ["x:pulis"])]),
        ("जानकारी के अनुसार, पुल गिर गया।\n", 0, [(None, "के अनुसार", "पुल गिर गया", [])]),
        (
            "પોલીસે રવિવારે આપેલી માહિતી મુજબ, પુલ તૂટી પડ્યો હતો.\n",
            0,
            [("પોલીસે", "મુજબ", "પુલ તૂટી પડ્યો હતો", ["x:polis"])],
        ),
        ("پولیس کی جانب سے دی گئی معلومات کے مطابق، پل گر گیا۔\n", 0, [("پولیس", "کے مطابق", "پل گر گیا", ["x:polis"])]),
        ("पोलिसांनी रविवारी दिलेल्या माहितीनुसार, पूल कोसळला.\n", 0, [("पोलिसांनी", "माहितीनुसार", "पूल कोसळला", ["x:polis"])]),
        ("मिळालेल्या माहितीनुसार, पूल कोसळला.\n", 0, [(None, "माहितीनुसार", "पूल कोसळला", [])]),
        # ... or the information's owner; never the speaker of the clause that holds it.
        ("संयुक्त राष्ट्र के आंकड़ों के अनुसार, 40 लोग मरे।\n", 0, [("संयुक्त राष्ट्र", "के अनुसार", "40 लोग मरे", ["un"])]),
        ("اقوام متحدہ کے اعداد و شمار کے مطابق، پل گر گیا۔\n", 0, [("اقوام متحدہ", "کے مطابق", "پل گر گیا", ["un"])]),
        (
            "وزیر نے کہا کہ تازہ معلومات کے مطابق پل گر گیا۔\n",
            0,
            [("وزیر", "کہا", "تازہ معلومات کے مطابق پل گر گیا", ["x:vzir"]), (None, "کے مطابق", "پل گر گیا", ["x:vzir"])],
        ),
        # Marathi: "according to the news X gave".
        (
            "एएनआयने दिलेल्या वृत्तानुसार, पूल कोसळला.\n",
            0,
            [("एएनआय", "ने दिलेल्या वृत्तानुसार", "पूल कोसळला", ["ani"])],
        ),
        # A wire dateline's credit is no part of the source; a bracket inside a name is.
        (
            "नयी दिल्ली, 14 फरवरी (भाषा) कांग्रेस ने आरोप लगाया कि सरकार विफल रही है।\n",
            0,
            [("कांग्रेस", "आरोप लगाया", "सरकार विफल रही है", ["x:kangres"])],
        ),
        (
            "اسلام آباد (اے پی پی) ماہرین صحت نے خبردار کیا ہے کہ کیسز بڑھ سکتے ہیں۔\n",
            0,
            [("ماہرین صحت", "خبردار کیا ہے", "کیسز بڑھ سکتے ہیں", ["x:mahrin-sht"])],
        ),
        (
            "अमेरिकी भूवैज्ञानिक सर्वेक्षण (USGS) ने बताया कि भूकंप 10 किलोमीटर गहरा था।\n",
            0,
            [("अमेरिकी भूवैज्ञानिक सर्वेक्षण (USGS)", "बताया", "भूकंप 10 किलोमीटर गहरा था", ["x:ameriki-bhuvaigyanik-sarvekshan"])],
        ),
        # A meeting is where it was said, not who said it.
        ("बैठक में बताया गया कि परिचालन दिसंबर तक शुरू होगा।\n", 0, [(None, "बताया गया", "परिचालन दिसंबर तक शुरू होगा", [])]),
        (
            "બેઠકમાં જણાવવામાં આવ્યું હતું કે કામ માર્ચ સુધીમાં પૂર્ણ થશે.\n",
            0,
            [(None, "જણાવવામાં આવ્યું હતું", "કામ માર્ચ સુધીમાં પૂર્ણ થશે", [])],
        ),
        # The closing quote and comma the tokenizer fuses are no part of the source.
        (
            "“The team played without fear,” coach Rahul Menon told reporters.\n",
            0,
            [("coach Rahul Menon", "told", "The team played without fear", ["x:coach-rahul-menon"])],
        ),
        (
            "The bus overturned near Nashik.\nThis information was given by the local police.\n",
            1,
            [("the local police", "was given", "The bus overturned near Nashik", ["x:local-police"])],
        ),
        # A speech verb after "and" shares the subject of the one before (not "عمارت کو").
        (
            "ایس بی سی اے کے ترجمان نے ان خبروں کی تردید کی کہ عمارت کو پہلے ہی خطرناک قرار دیا جا چکا تھا، "
            "اور کہا کہ ادارے کو کوئی شکایت موصول نہیں ہوئی تھی۔\n",
            0,
            [
                ("ایس بی سی اے کے ترجمان", "تردید کی", "عمارت کو پہلے ہی خطرناک قرار دیا جا چکا تھا", ["x:ays-by-sy-ae-trjman"]),
                ("ایس بی سی اے کے ترجمان", "کہا", "ادارے کو کوئی شکایت موصول نہیں ہوئی تھی", ["x:ays-by-sy-ae-trjman"]),
            ],
        ),
        (
            "प्रवक्ता ने इन खबरों का खंडन किया कि इमारत को पहले ही खतरनाक घोषित किया गया था, "
            "और कहा कि प्राधिकरण को कोई शिकायत नहीं मिली थी।\n",
            0,
            [
                ("प्रवक्ता", "खंडन किया", "इमारत को पहले ही खतरनाक घोषित किया गया था", ["x:pravakta"]),
                ("प्रवक्ता", "कहा", "प्राधिकरण को कोई शिकायत नहीं मिली थी", ["x:pravakta"]),
            ],
        ),
        # Progressive and habitual passives; Marathi "..., असे समजते" (it is understood).
        ("बताया जा रहा है कि आग शॉर्ट सर्किट से लगी।\n", 0, [(None, "बताया जा रहा है", "आग शॉर्ट सर्किट से लगी", [])]),
        ("بتایا جاتا ہے کہ آگ شارٹ سرکٹ سے لگی۔\n", 0, [(None, "بتایا جاتا ہے", "آگ شارٹ سرکٹ سے لگی", [])]),
        (
            "अपघातग्रस्त बसमधील बहुतांश प्रवासी वारकरी होते, असे समजते.\n",
            0,
            [(None, "समजते", "अपघातग्रस्त बसमधील बहुतांश प्रवासी वारकरी होते", [])],
        ),
        # "The information was shared by X" points back; "shared the details with" does not.
        (
            "Eleven workers had been pulled out of the tunnel by Thursday evening. "
            "The information was shared by District Magistrate Anand Rawat at a briefing.\n",
            1,
            [("District Magistrate Anand Rawat", "was shared", "Eleven workers had been pulled out of the tunnel by Thursday evening",
              ["x:district-magistrate-anand-rawat"])],
        ),
        ("The police shared the details with the family.\n", 0, []),
        # A relative clause after a comma describes the source; it is not its name.
        (
            "Heavy rainfall is likely over Goa until Friday, according to the India Meteorological Department (IMD), "
            "which has issued an orange alert.\n",
            0,
            [("the India Meteorological Department (IMD)", "according to", "Heavy rainfall is likely over Goa until Friday",
              ["x:india-meteorological-department"])],
        ),
        # A fused genitive is its shortest ending: no word cut before "यांच्या".
        (
            "जिल्हा आरोग्य अधिकाऱ्यांच्या म्हणण्यानुसार, जिल्ह्यात गॅस्ट्रोचे 210 रुग्ण आढळले.\n",
            0,
            [("जिल्हा आरोग्य अधिकाऱ्यां", "च्या म्हणण्यानुसार", "जिल्ह्यात गॅस्ट्रोचे 210 रुग्ण आढळले", ["x:jilha-arogya-adhikaryan"])],
        ),
        # "During the hearing" closes the phrase before the subject.
        (
            "હાઈકોર્ટમાં બુધવારે થયેલી સુનાવણી દરમિયાન અરજદારના વકીલે દલીલ કરી હતી કે કોઈ નોટિસ આપવામાં આવી ન હતી.\n",
            0,
            [("અરજદારના વકીલે", "દલીલ કરી હતી", "કોઈ નોટિસ આપવામાં આવી ન હતી", ["x:arajdar-vakil"])],
        ),
        # "..., असा दावा/इशारा X ने केला/दिला": the noun is the quotative's, not the source's.
        (
            "सर्व कामे निकषांनुसारच झाली आहेत, असा दावा महापालिका आयुक्तांनी केला.\n",
            0,
            [("महापालिका आयुक्तांनी", "केला", "सर्व कामे निकषांनुसारच झाली आहेत", ["x:mahapalika-ayukt"])],
        ),
        (
            "नदीकाठच्या गावांनी सतर्क राहावे, असा इशारा सातारा जिल्हा प्रशासनाने दिला.\n",
            0,
            [("सातारा जिल्हा प्रशासनाने", "दिला", "नदीकाठच्या गावांनी सतर्क राहावे", ["x:satara-jilha-prashasna"])],
        ),
        # A speaker's verb the parser joins to the reported clause as a conjunct.
        (
            "Thorat polled 84,310 votes while Jadhav got 71,824, returning officer Sanjay Kulkarni said on Sunday.\n",
            0,
            [("returning officer Sanjay Kulkarni", "said", "Thorat polled 84,310 votes while Jadhav got 71,824",
              ["x:returning-oficer-sanjay-kulkarni"])],
        ),
        ("He won the seat, and the party celebrated.\n", 0, []),
        # Marathi "मते" is "according to" only after a genitive; alone it is "votes".
        ("थोरात यांना ८४,३१० तर जाधव यांना ७१,८२४ मते मिळाली.\n", 0, []),
        (
            "तज्ज्ञांच्या मते, यंदा पाऊस चांगला होईल.\n",
            0,
            [("तज्ज्ञां", "च्या मते", "यंदा पाऊस चांगला होईल", ["x:tajgyan"])],
        ),
        # Urdu "مؤقف اختیار کیا" (took the position) with the hamza; "when" and "during"
        # close the phrase before a subject; a dative experiencer who hopes.
        (
            "سماعت کے دوران ایف آئی اے کے پراسیکیوٹر نے مؤقف اختیار کیا کہ ملزم بیرون ملک فرار ہو سکتا ہے۔\n",
            0,
            [("ایف آئی اے کے پراسیکیوٹر", "مؤقف اختیار کیا", "ملزم بیرون ملک فرار ہو سکتا ہے", ["x:ayf-aiy-ae-prasikyotr"])],
        ),
        (
            "جب وزیر خزانہ احسن رضا نے ایوان کو بتایا کہ کسانوں پر کوئی نیا ٹیکس نہیں لگایا جا رہا۔\n",
            0,
            [("وزیر خزانہ احسن رضا", "بتایا", "کسانوں پر کوئی نیا ٹیکس نہیں لگایا جا رہا", ["x:vzir-khzana-ahsn-rza"])],
        ),
        (
            "ادارے کو امید ہے کہ سیٹلائٹ اگلے ماہ سے تصاویر بھیجنا شروع کر دے گا۔\n",
            0,
            [("ادارے", "امید ہے", "سیٹلائٹ اگلے ماہ سے تصاویر بھیجنا شروع کر دے گا", ["x:adare"])],
        ),
        (
            "અમદાવાદમાં શનિવારે મળેલી હાર બાદ બેટિંગ કોચ હિતેશ સોલંકીએ જણાવ્યું હતું કે બેટ્સમેનો નિષ્ફળ રહ્યા.\n",
            0,
            [("બેટિંગ કોચ હિતેશ સોલંકીએ", "જણાવ્યું હતું", "બેટ્સમેનો નિષ્ફળ રહ્યા", ["x:beting-koch-hitesh-solanki"])],
        ),
        # English: "termed"; a relative clause after the agent of "This was stated by";
        # a time after the subject; a speaker parsed as an apposition of an opening phrase.
        (
            "The opposition termed the budget a betrayal of farmers.\n",
            0,
            [("The opposition", "termed", "the budget a betrayal of farmers", ["x:oposition"])],
        ),
        (
            "The gang used fake calls to cheat victims. This was stated by Deputy Commissioner of Police Anjali Raghavan, "
            "who said 14 people had been arrested.\n",
            1,
            [("Deputy Commissioner of Police Anjali Raghavan", "was stated", "The gang used fake calls to cheat victims",
              ["x:deputy-comisioner-of-police-anjali-raghavan"])],
        ),
        (
            "The University of Mumbai on Monday denied reports that the question paper had been leaked on a messaging app.\n",
            0,
            [("The University of Mumbai", "denied reports", "the question paper had been leaked on a messaging app",
              ["x:university-of-mumbai"])],
        ),
        (
            "Appearing for businessman Harish Khanna, senior advocate Rohit Malhotra told the Delhi High Court on Monday "
            "that his client had cooperated fully with the investigation.\n",
            0,
            [("senior advocate Rohit Malhotra", "told", "his client had cooperated fully with the investigation",
              ["x:senior-advocate-rohit-malhotra"])],
        ),
        # "According to him": a pronoun with its genitive, whole, stands for the last speaker.
        (
            "कोच अभिनव सूद ने कहा कि ओस के कारण गेंदबाजी मुश्किल थी। उनके मुताबिक, टीम अगले मैच में वापसी करेगी।\n",
            1,
            [("उनके", "मुताबिक", "टीम अगले मैच में वापसी करेगी", ["x:koch-abhinav-sud"])],
        ),
        (
            "ડીસીએફ રાજદીપસિંહ ઝાલાએ જણાવ્યું હતું કે સિંહણ સુરક્ષિત છે. તેમના કહેવા પ્રમાણે, તેને જંગલમાં છોડી દેવાશે.\n",
            1,
            [("તેમના", "કહેવા પ્રમાણે", "તેને જંગલમાં છોડી દેવાશે", ["x:disief-rajdipsinh-jala"])],
        ),
        (
            "क्षेत्र संचालक प्रशांत खाडे यांनी सांगितले की बछडा सुखरूप आहे. त्यांच्या म्हणण्यानुसार, त्याला लवकरच जंगलात सोडले जाईल.\n",
            1,
            [("त्यांच्या", "म्हणण्यानुसार", "त्याला लवकरच जंगलात सोडले जाईल", ["x:kshetra-sanchalak-prashant-khade"])],
        ),
        # A "where" clause with a genitive speaker of its own; "जहां ... वहीं" is "while".
        (
            "वन विभाग ने उस इलाके में कैमरा ट्रैप लगाए हैं, जहां ग्रामीणों का कहना है कि सोमवार रात एक बाघ देखा गया।\n",
            0,
            [("ग्रामीणों", "का कहना है", "सोमवार रात एक बाघ देखा गया", ["x:graminon"])],
        ),
        # A quotation after the verb and an Urdu comma; a quotation split around its speaker
        # gives a relation per part; a "but" inside a quotation is the quotation's; a clause
        # opened by "whereas" ends the content before it; "it has come to be known that".
        ('ایڈیشنل اٹارنی جنرل طارق محمود نے کہا، "حکومت دو ہفتے کی مہلت چاہتی ہے۔"\n', 0, [('ایڈیشنل اٹارنی جنرل طارق محمود', 'کہا', 'حکومت دو ہفتے کی مہلت چاہتی ہے', ['x:aydishnl-atarny-jnrl-tark-mhmod'])]),
        ('"The new ward will add 120 beds," said superintendent Kavita Rao, "but we still need nurses."\n', 0, [('superintendent Kavita Rao', 'said', 'The new ward will add 120 beds', ['x:superintendent-kavita-rao']), ('superintendent Kavita Rao', 'said', 'but we still need nurses', ['x:superintendent-kavita-rao'])]),
        ('"अस्पताल में ऑक्सीजन की कमी नहीं है," डॉ. नीता शर्मा ने कहा, "लेकिन सावधानी बरतनी चाहिए।"\n', 0, [('डॉ. नीता शर्मा', 'कहा', 'लेकिन सावधानी बरतनी चाहिए', ['x:do-nita-sharma']), ('डॉ. नीता शर्मा', 'कहा', 'अस्पताल में ऑक्सीजन की कमी नहीं है', ['x:do-nita-sharma'])]),
        ('’’اسپتال میں ادویات کی کمی نہیں ہے‘‘، ڈاکٹر عائشہ خان نے کہا، ’’تاہم مریضوں کی تعداد بڑھ رہی ہے۔‘‘\n', 0, [('ڈاکٹر عائشہ خان', 'کہا', 'تاہم مریضوں کی تعداد بڑھ رہی ہے', ['x:daktr-aisha-khan']), ('ڈاکٹر عائشہ خان', 'کہا', 'اسپتال میں ادویات کی کمی نہیں ہے', ['x:daktr-aisha-khan'])]),
        ('"અમે સારી બોલિંગ કરી પરંતુ બેટિંગમાં અમારું પ્રદર્શન નિરાશાજનક રહ્યું," એમ કેપ્ટન પાર્થ દેસાઈએ કહ્યું.\n', 0, [('કેપ્ટન પાર્થ દેસાઈએ', 'કહ્યું', 'અમે સારી બોલિંગ કરી પરંતુ બેટિંગમાં અમારું પ્રદર્શન નિરાશાજનક રહ્યું', ['x:keptan-parth-desai'])]),
        ('’’ہم نے اچھی بولنگ کی لیکن بیٹنگ مایوس کن رہی‘‘، کپتان فہد علی نے کہا۔\n', 0, [('کپتان فہد علی', 'کہا', 'ہم نے اچھی بولنگ کی لیکن بیٹنگ مایوس کن رہی', ['x:kptan-fhd-ly'])]),
        ('विपक्ष के नेता ने आरोप लगाया कि फंड के बंटवारे में भाई-भतीजावाद हुआ है, जबकि मंत्री का कहना है कि सभी फंड मेरिट पर जारी किए गए।\n', 0, [('विपक्ष के नेता', 'आरोप लगाया', 'फंड के बंटवारे में भाई-भतीजावाद हुआ है', ['x:vipaksh-neta']), ('मंत्री', 'का कहना है', 'सभी फंड मेरिट पर जारी किए गए', ['x:mantri'])]),
        ('જાણવા મળ્યું છે કે આગ શોર્ટ સર્કિટને કારણે લાગી હતી.\n', 0, [(None, 'જાણવા મળ્યું છે', 'આગ શોર્ટ સર્કિટને કારણે લાગી હતી', [])]),
        ('पता चला है कि आग शॉर्ट सर्किट से लगी थी।\n', 0, [(None, 'पता चला है', 'आग शॉर्ट सर्किट से लगी थी', [])]),
        ('معلوم ہوا ہے کہ آگ شارٹ سرکٹ سے لگی تھی۔\n', 0, [(None, 'معلوم ہوا ہے', 'آگ شارٹ سرکٹ سے لگی تھی', [])]),
        # A giver before a citing phrase before "दिलेल्या वृत्तानुसार" (a chain); a progressive
        # passive; a demand is a cue.
        ('पीटीआय वृत्तसंस्थेने सूत्रांच्या हवाल्याने दिलेल्या वृत्तानुसार, केंद्र सरकार निर्यात शुल्क हटवण्याच्या तयारीत आहे.\n', 0, [('पीटीआय वृत्तसंस्थेने', 'दिलेल्या वृत्तानुसार', 'केंद्र सरकार निर्यात शुल्क हटवण्याच्या तयारीत आहे', ['pti', 'x:sutra'])]),
        ('दूषित पाणीपुरवठ्यामुळे ही साथ पसरली, असे सांगण्यात येत आहे.\n', 0, [(None, 'सांगण्यात येत आहे', 'दूषित पाणीपुरवठ्यामुळे ही साथ पसरली', [])]),
        ('The union has demanded that the government withdraw the three laws.\n', 0, [('The union', 'has demanded', 'the government withdraw the three laws', ['x:union'])]),
        ('यूनियन ने मांग की है कि सरकार जल्द बातचीत की तारीख तय करे।\n', 0, [('यूनियन', 'मांग की है', 'सरकार जल्द बातचीत की तारीख तय करे', ['x:yuniyan'])]),
        ('સંઘે માંગ કરી છે કે સરકાર તાત્કાલિક સર્વે કરાવે.\n', 0, [('સંઘે', 'માંગ કરી છે', 'સરકાર તાત્કાલિક સર્વે કરાવે', ['x:sangh'])]),
    ],
    ids=[
        "en-shows", "en-claims", "en-tweeted", "en-responded", "en-fear", "en-raised-expected", "en-raised-said", "en-raised-perfect", "en-survey-in-a-name", "en-reports-opens-the-sentence",
        "en-said-in-a-statement-that", "en-claimed-to-have", "en-statement-from",
        "en-second-subject-name", "en-cnn-reports", "en-continued",
        "en-complement-no-parataxis", "en-think-is-a-hedge",
        "en-as-reports", "en-as-reported-by", "en-as-opening", "en-as-no-source", "en-called", "en-accused",
        "en-called-quoted", "en-called-for", "en-called-a-conference", "en-declined", "en-asked-a-question", "en-quoted-as-saying", "en-citing-ccomp", "en-postposed-reporter",
        "en-participle-not-in-source", "en-apposition-in-source", "en-parenthetical", "en-participle-subject",
        "en-colon", "en-trailing-citing", "en-clause-on-participle",
        "hi-yah-bhi-kaha", "hi-unhon-ne", "ur-un-alone-pronoun", "ur-un-in-a-name", "ur-discourse-opener", "hi-discourse-opener", "en-dateline-dash", "mr-forecast-owner", "hi-forecast-owner", "ur-forecast-owner", "mr-estimates-no-owner", "hi-feminine", "ur-feminine", "mr-masculine", "gu-masculine",
        "hi-passive-place", "ur-passive-place", "gu-information-about-this", "mr-active-perfect", "mr-impersonal",
        "mr-embedded-clause-over-comma", "gu-embedded-clause-latin-particle",
        "mr-time-adjunct", "gu-figures", "mr-fused-genitive-mate", "gu-passive-past-citing", "hi-next-clause",
        "gu-next-clause", "hi-according-then-whereas",
        "hi-given-by-dvara", "hi-given-ne-time", "hi-information-no-giver", "gu-given-date-ending", "ur-given-ki-janib-se",
        "mr-given-date", "mr-information-no-giver", "hi-figures-owner", "ur-figures-owner",
        "ur-information-inside-that-clause", "mr-news-given-by",
        "hi-dateline-credit", "ur-dateline-credit", "hi-bracket-in-name", "hi-passive-meeting", "gu-passive-meeting",
        "en-curly-quote-source", "en-this-information-given-by",
        "ur-and-said-shares-subject", "hi-and-said-shares-subject", "hi-progressive-passive", "ur-habitual-passive",
        "mr-ase-samajte", "en-information-shared-by", "en-shared-details-not-information", "en-according-to-relative-clause",
        "mr-shortest-genitive-ending", "gu-during-closes-phrase", "mr-asa-dava", "mr-asa-ishara",
        "en-postposed-conjunct", "en-and-conjunct-no-speech", "mr-mate-votes", "mr-mate-after-genitive",
        "ur-mauqif-hamza", "ur-jab-closes-phrase", "ur-umeed-hai", "gu-baad-closes-phrase", "en-termed",
        "en-stated-by-relative-clause", "en-subject-then-time", "en-appositive-speaker", "hi-unke-mutabik",
        "gu-temna-kaheva-pramane", "mr-tyanchya-mhananyanusar", "hi-jahan-genitive-speaker",
        "ur-comma-then-quote", "en-split-quote", "hi-split-quote", "ur-split-quote-curly", "gu-but-inside-quote", "ur-but-inside-quote", "hi-whereas-genitive-speaker", "gu-janva-malyu", "hi-pata-chala-hai", "ur-maloom-hua-hai", "mr-giver-citing-given-report", "mr-progressive-passive", "en-demanded-that", "hi-mang-ki", "gu-mang-kari",
    ],
)
def test_attribution_rules_construction(
    tmp_path: Path, text: str, index: int, expected: list[tuple[str | None, str | None, str | None, list[str]]]
) -> None:
    assert _relations(tmp_path, text, index) == expected


def test_attribution_rules_inflect_makes_every_agreement_form() -> None:
    paradigm = (("या", ("ई", "ए")), ("ा", ("ी", "े")))
    # One-word verbs agree; a noun with a light verb keeps its form.
    assert inflect(("बताया", "कहा", "दावा किया"), paradigm) == ("बताया", "कहा", "दावा किया", "बताई", "बताए", "कही", "कहे")


def test_attribution_rules_passives_of_perfective_verbs_only() -> None:
    assert passives(("चेतावनी दी", "दावा किया", "कहते", "कहना है"), (("ा", "गया"), ("ी", "गई")), ("ते", "है")) == (
        "चेतावनी दी गई",
        "दावा किया गया",
    )


@pytest.mark.parametrize("lemma", ["say", "claim", "suggest", "show", "report", "testify"])
def test_attribution_rules_english_lemmas_reach_the_parse_and_the_token_rules(lemma: str) -> None:
    data = get_defaults("en").attribution
    assert lemma in data.speech_lemmas
    # Without a parse the past form is always a cue; bare and -s forms only where the
    # word is not a noun too.
    past = {"say": "said", "show": "showed", "testify": "testified"}.get(lemma, lemma + "ed")
    assert past in data.speech_verbs
    third = {"testify": "testifies"}.get(lemma, lemma + "s")
    assert (third in data.speech_verbs) == (lemma not in {"claim", "show", "report"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, citing Y, said": the comma closes the citing phrase, not a quotation.
        ("KCNA, citing Kim, said the talks had been productive.\n", [("KCNA", "said", "the talks had been productive", ["kcna", "x:kim"])]),
        ("Yonhap, citing KCNA, said Kim had left Moscow.\n", [("Yonhap", "said", "Kim had left Moscow", ["yonhap", "kcna"])]),
        # A citing phrase after a postposed verb.
        (
            "The talks had been productive, KCNA said, citing Kim.\n",
            [("KCNA", "said", "The talks had been productive", ["kcna", "x:kim"])],
        ),
        (
            "Lavrov said the talks were productive, KCNA reported.\n",
            [
                ("Lavrov", "said", "the talks were productive", ["kcna", "x:lavrov"]),
                ("KCNA", "reported", "Lavrov said the talks were productive", ["kcna"]),
            ],
        ),
        # The sentence's full stop is not part of an inverted source.
        ('"The roads are closed," said the district officials.\n', [("the district officials", "said", "The roads are closed", ["x:district-oficials"])]),
        # "said the talks were productive" is a clause, not an inverted subject.
        ("Lavrov, speaking to KCNA, said the talks were productive.\n", []),
    ],
    ids=["citing-then-said", "citing-outlet", "trailing-citing", "postposed-reporter", "full-stop", "participle-no-inversion"],
)
def test_attribution_rules_english_token_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, expected: list[tuple[str | None, str | None, str | None, list[str]]]
) -> None:
    from claimcheck.attribution import NO_PARSER_ENV, attribution_pipeline

    monkeypatch.setenv(NO_PARSER_ENV, "1")
    attribution_pipeline.cache_clear()
    try:
        assert _relations(tmp_path, text, 0) == expected
    finally:
        monkeypatch.delenv(NO_PARSER_ENV)
        attribution_pipeline.cache_clear()
