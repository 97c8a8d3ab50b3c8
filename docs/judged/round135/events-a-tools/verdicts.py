"""Write events-a.jsonl from the judge's verdicts below (judge a, round 135).

Each entry: n -> (false fields, reasons). 'event' in the false set marks a spurious event
(then every field is false). All other fields are true.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ({"event"}, "Spurious: 'Officials say it must still ratify ... ASEAN agreements' describes Timor-Leste's pending membership obligations; no party demands anything of another (no REQUEST), and the unnamed officials' TLS code is not given by the text."),
 2: (set(), "ACCUSE by the U.S. State Department (USA) against Damascus/the Syrian government (SYR) for the sentences; 2008-10-29 is the dateline day of the report."),
 3: (set(), "Algeria (DZA) closing its airspace to flights to and from Mali (MLI) on Monday 2025-04-07 is a restriction of movement (CAMEO 163/191 -> COERCE restrict); a separate act from the recall coded in the same sentence."),
 4: ({"event"}, "Spurious: 'Political parties are banned in Kuwait' states a standing legal condition given as background, not an act of banning reported in the story."),
 5: ({"target"}, "ASSAULT by Tutsi paratroopers (BDI) in 1993 is right, but the party killed is Melchior Ndadaye, Burundi's president (BDI), not 'Hutu', which is only an adjective in 'first Hutu president'."),
 6: (set(), "ASSAULT (stabbing) of Jair Bolsonaro (BRA) on Thursday 2018-09-06; the sentence is passive and names no attacker, so an empty source is right."),
 7: ({"source"}, "CONSULT visit to China (CHN) on Tuesday 2023-03-28 is right, but the visitor is Ma Ying-jeou (TWN), not the generic 'current or former leader' coded CHN."),
 8: (set(), "REQUEST (future): Clinton (USA) says he will keep pressing U.S. lawmakers (Congress) for fast-track authority; an undated future act with no date is right."),
 9: (set(), "Kidnapping of Clara Rojas (COL) in February 2002 is ASSAULT (abduct); the passive sentence names no captor, so an empty source is right."),
 10: (set(), "ACCUSE (allege) against Putin (RUS) on Tuesday 2021-01-19; 'His team' is Navalny's team, and coding it as Navalny (RUS) is accepted as the same camp (strictly the party is Navalny's team)."),
 11: ({"target"}, "ACCUSE by Hamas (PSE) is right, but what they denounced is the PLO's postponement of the statehood declaration; the target should be the PLO/its Central Council (PSE), not the United States, whose pressure is only the stated reason."),
 12: (set(), "REQUEST (future, 'is expected to ask') by the king, Al-Sultan Abdullah (MYS), to Malaysian lawmakers (MYS); undated future act."),
 13: ({"target"}, "Ongoing mass protests in Belarus on 2020-09-14 are a PROTEST and the empty source is right by the rules (no protesters named), but the protests are 'against his disputed re-election', so the target should be Lukashenko (BLR), referred to by 'his' in the sentence, not empty."),
 14: (set(), "REJECT by the Algerian interior ministry (DZA) of the fraud accusations; 'the accusations' is no party, so an empty target is right; document date for an undated act reported as this news."),
 15: (set(), "REQUEST by Turkish opposition politicians (TUR) that the Turkish government (TUR) suspend U.S. use of Incirlik; document date right."),
 16: ({"date"}, "ASSAULT casualty figure for the Gaza war is right with no source named, but it is a total over the eight-day war of 14-21 Nov 2012 ('last month's eight-day war'), so it has no day date: 2012-11 or no date, not 2012-11-21 (the ceasefire day)."),
 17: (set(), "REQUEST for a ceasefire by 'It', the Afghan loya jirga (AFG); coding the state assembly as the Afghan government keeps the right country (strictly the party is the loya jirga); date is the Sunday 2020-08-09 of its resolution."),
 18: ({"source", "date"}, "RETREAT (release) is right, but the releasing party is the Afghan government (AFG), not Qatar; and 'has already freed some 4,600' is a cumulative total since earlier in the year, so it has no date (not the document date)."),
 19: (set(), "ASSAULT (crowd-control) by Congolese police (COD) against protesters (COD) on Monday 2016-09-19; a separate act from the protesters' attack coded from the same sentence."),
 20: ({"source"}, "SUPPORT (welcomed the visit) is right and an empty target is acceptable ('the visit' is Ma's, named only in other sentences), but the source is China's Taiwan Affairs Office, code CHN, not TWN."),
 21: ({"type"}, "Alstom (FRA) supplying trains to Morocco (MAR) under a commercial contract is economic exchange, COOPERATE (future), not AID."),
 22: (set(), "ACCUSE (investigate): Russia's Investigative Committee (RUS) opened a terrorism case; no target named; document date right."),
 23: ({"event"}, "Spurious: 'The generals walked out of Roumieh prison' means they were released; it is not a walkout or withdrawal (SANCTION) by the generals. The release itself is the act of the authorities, not of the generals."),
 24: (set(), "PROTEST by tens of thousands (TGO) against the government (demanding the 1992 constitution), so Togo is a right target; the text dates the marches 2017 and 2018, and 2017 is accepted as a year the text gives."),
 25: (set(), "SANCTION (halt negotiations, CAMEO 164): Nepal's Maoist rebels (NPL) walked out of peace talks in November 2001; no counterpart named in the sentence."),
 26: ({"date"}, "ACCUSE (charge) of the suspect (RUS) is right, but the charge is background that came before the Saturday riot; the text gives it no date, so it should have no date, not the document date 2010-12-12."),
 27: (set(), "REQUEST by Washington (USA) to Moscow (RUS) to pursue reforms; document date right."),
 28: ({"event"}, "Spurious: 'The administration voted for them' is part of an opposition deputy's quoted fraud claim (the administration cast the people's votes); it is no SUPPORT by the administration for the opposition deputy."),
 29: ({"date"}, "PROTEST (riot) by demonstrators (UKR) against police (UKR) is right, but 'have battled police for four days' is still going on when the story is told, so it takes the document date 2014-01-22, not no date."),
 30: ({"source", "date"}, "THREATEN (vowed revenge) is right with an empty target, but the militants are Somalia's al Shabaab (SOM), not KEN; and the vow is undated background ('have vowed' since Kenya's 2011 deployment), so it should have no date, not the document date."),
 31: ({"target"}, "REQUEST by Russia (RUS) and the EU is right, but the appeal that his life be spared is addressed to Iraq (IRQ), named in the previous sentence (or empty by the rules); Tariq Aziz is the person it is about, not the party asked."),
 32: ({"date", "modality"}, "CONSULT visit by Bush (USA) to China is right, but 'flies on Thursday' is a planned trip: modality should be future and the date Thursday 2002-02-21, not the document date 2002-02-20."),
 33: ({"event"}, "Spurious: the devaluation and the 90-day moratorium on repayments by Russian banks and companies are economic policy measures, not a concession (CONCEDE) to any political actor; 'declared' here is not a yield."),
 34: ({"target", "date"}, "COERCE (arrest) by Berlin police (DEU) is right, but the party arrested is the 23-year-old Pakistani man (PAK), not the state of Pakistan; and the arrest is part of this news (the night of the Monday attack), so it should be 2016-12-19 or the document date, not no date."),
 35: (set(), "SUPPORT by the Muslim-led Bosnian government in Sarajevo (BIH) for the envoy's new powers; the decision's makers are named in other sentences, so an empty target is right; document date (Wednesday 1997-12-10) right."),
 36: (set(), "REQUEST for an urgent meeting by PASOK's leader Venizelos (coded as PASOK, GRC; Kouvelis is left out, which is accepted); no addressee named; document date right."),
 37: (set(), "THREATEN by Russian officials (RUS) warning parents (RUS) against letting children join the rallies (a coercive warning during the crackdown; REQUEST would also be defensible); document date right."),
 38: ({"target", "date"}, "ACCUSE by Tbilisi (GEO) is right, but what it condemned is Abkhazia's declaration, and Abkhazia is named in the sentence, so the target should be Abkhazia (GEO separatists), not empty; 'swiftly condemned' is this news, so the date should be 1999-10-12 or the document date 1999-10-13, not no date."),
 39: (set(), "AGREE (stated readiness to consider recognising a Palestinian state) by EU leaders toward Palestine (PSE), 'last month' = 1999-03."),
 40: (set(), "CONSULT (mutual) between Putin and Lukashenko on Monday 2020-09-14; coding the two leaders as Russia (RUS) and Belarus (BLR) is accepted as the states they lead."),
 41: (set(), "SUPPORT by France (FRA) for the territorial integrity of the Comoros (COM); a standing position still held, so the document date is right."),
 42: (set(), "SANCTION (partial freeze of accession talks) by the EU against Turkey (TUR) in December 2006."),
 43: ({"target"}, "AGREE (promise to guarantee primary education) by the hemisphere's leaders is right, but the promise is not made to the OAS, which belongs to the separately coded endorsement; the target should be empty."),
 44: (set(), "REQUEST by John Fru Ndi (CMR) to the Cameroonian government (CMR) to reverse the fuel price rise; document date right."),
 45: (set(), "CONSULT visit by Somalia's ambassador (SOM) to detained Somalis (SOM) at Kasarani (a consular visit, accepted as a visit); document date right."),
 46: (set(), "ACCUSE (blame) by the FARC (COL); 'military operations' names no party, so an empty target is right (the Colombian military would also be right); New Year's Eve 2007-12-31 is the date the text gives the collapse and the blame."),
 47: ({"source"}, "REQUEST (call for a joint effort against drug trafficking) is right, but 'They' are the jirga's Afghan and Pakistani delegates (AFG/PAK), not the Taliban, who refused to take part."),
 48: (set(), "AGREE (promise to act against incitement) by Prime Minister Shimon Peres (ISR) on Wednesday 1995-11-22."),
 49: (set(), "REQUEST by Saad al-Hariri (LBN) to his supporters (LBN) to show restraint on the day of the bombings, 2013-08-23."),
 50: (set(), "ASSAULT by protesters (COD) on police posts (COD) on Monday 2016-09-19; a separate act from the police's fire coded from the same sentence (PROTEST riot would also be defensible)."),
}

items = [json.loads(l) for l in open(os.path.join(ROUND, "events-a-items.jsonl"))]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(os.path.join(ROUND, "events-a.jsonl"), "w") as out:
    for it in items:
        bad, reason = V[it["n"]]
        assert bad <= set(FIELDS), bad
        if "event" in bad:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in bad for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
