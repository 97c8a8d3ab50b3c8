"""Write events-a.jsonl from the judge's verdicts below, then check it.

Verdict tuple order: event, type, source, target, date, modality (booleans).
"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
T, F = True, False
S = (F, F, F, F, F, F)  # spurious
V = {
 1: ((T,T,T,F,T,T), "Hasina's tour of the camp and meeting with refugees holds as a CONSULT visit, but the target 'Kutupalong' is a place in Bangladesh, not a party (and not MMR): it should be the Rohingya refugees she met (women and children, MMR) or empty."),
 2: ((T,T,T,T,T,T), "Chinese companies (CHN) signed investment deals during the visit, reported as this news (2018-06-21); SUPPORT for signing per CAMEO 057 (COOPERATE for economic deals would also be defensible); no counterpart named in the sentence, so empty target is right."),
 3: ((T,T,T,T,T,T), "'He' is Netanyahu (ISR) accusing Iran (IRN), reported as this news on the document date; right in all fields."),
 4: ((T,T,T,T,T,T), "Bouachrine (MAR) was sentenced, a background act the text dates with 'in 2018' (the year governs both coordinated verbs); no court named, so empty source is right."),
 5: ((T,T,T,T,T,T), "Rwandan court (RWA) convicted Rusesabagina (a Belgian citizen per the text, BEL) on Monday 2021-09-20; right in all fields."),
 6: ((T,T,T,F,T,T), "Ugandan police banning live coverage is COERCE (censor) dated 'this week' (2016-W19) correctly, but the sentence names the party acted upon: target should be the Ugandan opposition (its 'defiance campaign', UGA) or the media, not empty."),
 7: ((T,T,T,T,T,T), "Navalny's organisations (RUS) banned as extremist 'later that year' = 2021; no banning authority is named, so empty source is right; Navalny stands for 'his organisations' (acceptable)."),
 8: ((T,T,T,T,T,T), "The Kremlin (RUS) welcomed the exchange, reported as news on the document date; the sentence names no party, so empty target is right."),
 9: ((T,T,T,F,T,T), "State Department (USA) criticised the crackdown in 2011 (date right), but 'the crackdown' is Bahrain's and Bahrain is named in the sentence: target should be Bahrain (BHR), not empty."),
 10: ((T,T,F,T,F,T), "The trade talks with the United States are Taiwan's (Lai's government), not China's: source should be Taiwan (TWN); the talks are ongoing at the time of the story, so the date should be the document date 2025-07-27, not none."),
 11: ((T,T,T,F,T,T), "Bombing killed an Iranian scientist on Wednesday 2012-01-11 (right), attacker unnamed (empty source right), but the target is the scientist (Mostafa Ahmadi Roshan, IRN person), not the state of Iran."),
 12: ((T,T,F,F,T,T), "The demand for release was made by the U.N. (UNMIK/UN, IGO), not by Krasnoshchekov, who is the person to be released: source should be the United Nations; target should be the Kosovo authorities holding him (foreign ministry/police, XKX), both named in the sentence."),
 13: (S, "Spurious: the embassy's safety advice to its own citizens to 'remain vigilant' is a consular advisory (a CAMEO 02-type appeal that PLOVER drops), not a political REQUEST between actors; borderline, but no PLOVER REQUEST mode fits."),
 14: ((T,T,T,T,T,T), "Besigye (UGA) charged with treason on Friday 2016-05-13; prosecutors are named only in the next sentence, so empty source is right."),
 15: ((T,T,T,T,T,T), "UN Security Council demanded an end to settlement activity in December (2016-12); Israel is not named in the sentence, so empty target is right."),
 16: ((T,T,T,T,F,T), "Algeria recalling its ambassador from Rabat is SANCTION with the right parties, but 'at the time' refers to July in the previous sentence: date should be 2021-07, not none."),
 17: ((T,T,T,F,F,T), "'He' is Paul Rusesabagina (BEL), not his daughter Carine Kanimba: target wrong; 'last August' in a September 2021 story (before the trial that began in February) is 2020-08, not 2021-08. Modality kept asserted by the attribution rule ('his family say'), though I would code this contested claim as reported."),
 18: ((T,T,F,T,T,T), "Source should be Bosnia's Muslim religious leadership (the Islamic Community, BIH religious body), not the state of Bosnia and Herzegovina; 'the shooting' names no party so empty target is right."),
 19: ((T,T,T,T,T,T), "Jonathan (NGA) condemned the bombing, reported as news on the document date; the perpetrator is not named in the sentence, so empty target is right."),
 20: ((T,T,T,T,T,T), "Estonia (EST) asked NATO for consultations on Friday 2025-09-19; right in all fields."),
 21: ((T,T,F,T,T,T), "'it' in 'the tariff it imposed' is Pristina: source should be Kosovo's government (XKX), not the EU; target Serbia and date 2018-11 ('last November') are right; SANCTION fits the codebook (CAMEO2PLOVER would map 163 to COERCE restrict)."),
 22: ((T,T,T,F,F,F), "The GCC summit is scheduled 'on Sunday' after the Monday report: modality should be future and date 2018-12-09, not asserted on 2018-12-03; target should be empty (a multilateral summit, and Qatar's participation is uncertain) rather than Qatar."),
 23: ((T,T,T,T,T,T), "Dhaka police (BGD) reported the detention of ~450 people (BGD); the detainers are the police by the sentence; reported as this news, document date right."),
 24: ((T,T,T,T,F,T), "Giammattei (GTM) criticised the deal (no party named, empty target right), but 'has criticised' is a background act of earlier, unstated time (the campaign), not news of the report: date should be none (unknown), not the document date."),
 25: ((T,T,T,F,T,T), "Mutharika (MWI) urged his opponents to accept the result; 'his opponents' (Chakwera's MCP, Chilima's UTM) are plainly Malawian, so the target's country should be MWI, not empty."),
 26: ((T,T,T,F,T,T), "Suicide bomber killed police cadets on Friday 2015-08-07 (date right), but the sentence names the victims: target should be the police cadets at the academy (AFG), not empty."),
 27: ((T,T,T,T,T,T), "Nepal (NPL) reaffirmed support for the one-China policy toward China (CHN) during the visit, Thursday 2018-06-21; right."),
 28: ((T,T,T,T,F,T), "Police (CIV) fired tear gas at demonstrators (CIV) 'on Thursday', which is 2020-08-13 for a Friday 2020-08-14 story: date wrong."),
 29: ((T,T,T,T,F,T), "Rusesabagina (BEL) accusing Kagame's government (RWA) is a background act of earlier, unstated years (before his arrest): date should be none, not the document date 2021-09-20."),
 30: ((T,T,T,T,T,T), "Syria's foreign ministry (SYR) urged Biden (USA) not to follow 'the law of the jungle', a reaction reported as this news (2021-02-26); separate act from the condemnation."),
 31: ((T,T,T,T,T,T), "Bahrain (BHR) expelled a U.S. assistant secretary of state on Monday 2014-07-07; the United States (USA) stands for its envoy (acceptable); SANCTION expel right."),
 32: ((T,T,T,T,T,T), "Istanbul court (TUR) sentenced Kavala (TUR) on Monday 2022-04-25; the extra target 'businessman' is Kavala's appositive (same person), so the target is right."),
 33: ((T,T,T,T,T,T), "Suicide bomber (no country in the text) struck a funeral, killing Afghan civilians (AFG) on 2020-05-12; the '40' is the combined toll of both attacks, but the party is right."),
 34: ((T,T,T,T,F,T), "Fu Ying (CHN) summoned Japan's ambassador (JPN) to protest: ACCUSE right, but the text gives the summons no date; 2012-08-15 is the landing's date, so by the rules it should be the document date 2012-08-16 (the summons may in fact have been on the 15th)."),
 35: ((T,T,F,T,T,T), "'the court' is the International Court of Justice named in the previous sentence (IGO, no country), not a Guyanese court: source wrong; Caracas (VEN) and Friday 2023-12-01 are right."),
 36: ((T,T,T,T,T,T), "Iraqi counter-terrorism forces (IRQ; name truncated but right party) detained Kataib Hezbollah members (IRQ); 'less than two weeks' before gives no datable day or month, so no date is right."),
 37: (S, "Spurious: the sentence characterises the Japan-Australia pact already reported in the previous sentence; it reports no signing with the United States (the U.S. status of forces agreement dates from 1960)."),
 38: ((T,T,F,T,F,T), "The killing is the same act as dateline's 'opened fire' event (e2) in this sentence; taken as the first coding, its source should be the gunmen (Misrata militia, LBY) named in the sentence, and the date should be Friday 2013-11-15 ('the violence began on Friday afternoon'), not Saturday when officials spoke."),
 39: ((T,T,T,T,T,T), "Bangladesh police (BGD) fired tear gas at BNP demonstrators (BGD) on Wednesday 2022-12-07; right."),
 40: ((T,T,F,T,T,T), "Kejriwal (IND) arrested on March 21 by the Enforcement Directorate: the ED is given no country although the sentence calls it India's agency (should be IND), and the extra source 'India' is the state, a separate party from the appositive."),
 41: ((T,T,F,T,T,T), "The 2011-2012 mass protests (Russia as target is right: no aim named) are coded with source '2011', which is a year, not a party: source should be the protesters/opposition movement (RUS); 2011 accepted as the start year."),
 42: ((T,T,T,T,T,T), "Lacalle Pou (URY) conceded defeat to Vazquez (URY) on Sunday night 2014-11-30 (the 'T00:00' time is an artefact of 'before midnight' but the day is right); CONCEDE accepted."),
 43: ((T,T,T,T,T,T), "Kosovo special police (XKX) detained about two dozen people in northern Kosovo on Tuesday 2019-05-28; right."),
 44: ((T,T,T,T,T,T), "Washington (USA) welcomed Giammattei's (GTM) victory, reported as news on the document date; right."),
 45: ((T,T,T,T,T,T), "Kejriwal (IND) 'has refused to resign', an ongoing refusal at the time of the story: REJECT on the document date is right; no requester named, so empty target is right."),
 46: ((T,T,T,T,T,T), "Giammattei (GTM) promising to crack down on gangs (GTM) is a threat of repression, asserted, on the document date (the speech is not dated in the text)."),
 47: ((T,T,T,T,F,T), "Israel (ISR) killed a Spanish UNIFIL peacekeeper (ESP) during the Israeli bombardment that answered Wednesday's attack: date should be 2015-01-28, not 2015-01-18 (the date of the earlier helicopter strike in the previous sentence)."),
 48: ((T,T,T,T,T,T), "Motorcycle bomb in Bannu killed at least four people (PAK) 'hours earlier' than Friday's bombing, i.e. 2018-07-13; perpetrator unnamed, empty source right."),
 49: ((T,T,T,F,F,T), "Iraq (its officials, IRQ) sharing intelligence is COOPERATE, but the target 'intelligence' is the thing shared, not a party: should be the United States (whose strikes it served) or empty; the sharing happened before the 2021-02-25 strikes, so the document date is wrong (should be none/undated). Modality kept asserted by the attribution rule though the military denies it."),
 50: ((T,T,T,T,T,T), "The United States (USA) urged Saleh (YEM) to transfer power, reported as this news on the document date; right."),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-a-items.jsonl"))]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    vals, reason = V[it["n"]]
    verdict = dict(zip(KEYS, vals))
    verdict["all"] = all(vals)
    rec = dict(it); rec["verdict"] = verdict; rec["reasons"] = reason
    out.append(rec)
with open(os.path.join(ROOT, "events-a.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# checks
back = [json.loads(l) for l in open(os.path.join(ROOT, "events-a.jsonl"))]
assert len(back) == 50
for it, r in zip(items, back):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[k] for k in KEYS)
    if not v["event"]:
        assert not any(v.values())
    assert {k: r[k] for k in it} == it
counts = {k: sum(r["verdict"][k] for r in back) for k in KEYS + ["all"]}
print(counts)
