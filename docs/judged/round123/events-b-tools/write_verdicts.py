"""Judge b, round 123: write events-b.jsonl from the hand verdicts below and check it.
Each verdict: n -> (event, type, source, target, date, modality, reasons).  'T'/'F' per field."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

V = {
1: ("TTTTTT", "ACCUSE China (CHN) -> the AUKUS partners is right; 'the partners' are three countries (US, UK, Australia), so an empty code is acceptable; Beijing's standing accusation in the report of its reaction takes the document date."),
2: ("TTTTTT", "Sharif's quote asserts ongoing killings of innocent people in Karachi (PAK); killers unnamed in the sentence, so empty source is right; an ongoing act takes the document date. Borderline as an event (generic 'when' clause in a quote), accepted."),
3: ("TTFTTT", "REQUEST to Kenya is right, but the source is a researcher for Human Rights Watch, an international NGO: no country code, not KEN. Date 2016-04-05 (the dateline day of the ruling) is accepted."),
4: ("TTTTFT", "Background killings of the 2007-08 post-election violence: the date should be late December 2007/early 2008 (the text puts them 'after the disputed December 2007 vote'), or none for the total, not 2016-04-05."),
5: ("TTTFTT", "ASSAULT by the Yemeni army is right and 'this month' = 2012-05 is right, but the sentence names the party attacked: target should be the militants holding the Abyan towns (Ansar al-Sharia/AQAP, YEM), not empty."),
6: ("TTFTTT", "AGREE on Saturday 2007-09-08 is right, but the source is the leaders of the 21 APEC economies, a multinational group with no single code, not USA."),
7: ("TTTTTT", "Vieira's 1980 coup, an armed seizure of power, coded ASSAULT (armed forces taking power/ground), source Vieira (GNB), no target named, year 1980 right."),
8: ("TTTTFT", "REJECT Hungarian voters (HUN) -> EU is right, but the referendum was 'on Sunday': date should be 2016-10-02, not the Monday document date 2016-10-03."),
9: ("TTTTTT", "SUPPORT by several Russian governors (RUS) for Putin's plan; the sentence names no party for 'the plan' so an empty target is right by the rules (a coder might resolve it to Putin, RUS); document date for this news is right."),
10: ("TTTFTT", "Militants (Islamic State) taking over the Palmyra prison is ASSAULT by the convention (armed seizure of ground); but the target 'Assad' is wrong: the Assad family is only mentioned as jailer of the past, target should be empty (or the Syrian government forces, not in the sentence)."),
11: ("TTTTTT", "AID Sudan government -> LRA inside Kampala's accusation, modality reported, no date for the long-running alleged arming: all right; distinct from the ACCUSE e2."),
12: ("TTTTTT", "ACCUSE Israeli officials (ISR) -> Syrian authorities (SYR), no date in the text so the document date is right."),
13: ("TTFTTT", "SUPPORT for Ruth Perry (LBR) is right, but the diplomats in Monrovia are foreign (Western) diplomats: source code should be empty, not LBR."),
14: ("TTTTTT", "COERCE arrest of Nguyen Tuong Van (AUS) in December 2002; the arresting authority is not named in the sentence, so empty source is right."),
15: ("TTTTTT", "Future CONSULT Menem (ARG) -> Blair (GBR) during the four-day visit, no day given: future, undated is right."),
16: ("TTFTTT", "CONSULT in 2011 with Medvedev (RUS) is right, but the source should be Kim Jong Il (PRK), not the United Nations."),
17: ("TTFFTT", "'Would not accept' read as AGREE negated is the convention's alternative to REJECT asserted, so type and modality pass; but the source should be Karabakh's separatist leaders (ethnic Armenian, no state code/AZE region), not the Azerbaijan government, and the target should be Azerbaijan (AZE), whose border controls are refused."),
18: ("TTFFTT", "COERCE on Saturday 2008-04-26 is right, but the detentions were by Japanese police in Nagano (JPN), not China police, and the several people detained have no stated country (not CHN)."),
19: ("TTTTTT", "RETREAT resign by Mario Ruiz Massieu, deputy attorney general (the second source entry carries MEX), in November 1994: right."),
20: ("TTTFTT", "ASSAULT by Israeli troops on Sunday 2011-05-15 is right, but the sentence names those fired on: target should be the Palestinian refugees and supporters / the 12 killed (PSE), not empty."),
21: ("TTTTTT", "REQUEST Blinken (USA) -> all sides (Israelis and Palestinians, no single code), document date: right."),
22: ("TTTTFT", "ACCUSE government (GIN) -> Alpha Conde is right, but the accusation is background from his December 1998 arrest: date should be 1998-12 (or none), not the verdict date 2000-09-11."),
23: ("TTFFTT", "REQUEST on Friday 2014-06-13 is right, but the source should be Ali al-Sistani alone with code IRQ (not no code, and not Iraqis), and the target should be Iraqis (IRQ), not 'Ali al' (Sistani himself)."),
24: ("TTTTTT", "REQUEST by Erdogan (TUR) for a two-state solution on Sunday 2020-11-15; no addressee named, empty target right."),
25: ("TTTFTT", "REQUEST by Turkish opposition politicians and women's groups is right, but Erdogan is only in the previous sentence and not clearly the addressee: target should be the Istanbul police chief (TUR) whose dismissal is demanded, or empty."),
26: ("TTTTTT", "AGREE (promise) by Aliyev (AZE) with no target; his campaign promise reported in the election story takes the document date. Borderline event (domestic spending pledge), accepted."),
27: ("FFFFFF", "Spurious: 'No one has been convicted over that attack' reports the absence of an act, with no actor on either side; nothing to code."),
28: ("TTTFFT", "ASSAULT with killer unnamed in the sentence is right, but the people killed were in southern Somalia: target code should be SOM or empty, not USA; and the strike was 'on Sunday', date should be 2007-01-07, not 2007-01-09."),
29: ("TTTTFT", "SUPPORT State Department (USA) -> South Korea is right, but the date 2022-10-29 comes from the Itaewon crush sentence; should be 2022-11-02 (the report of Wednesday's launches)."),
30: ("TTTTFT", "COERCE arrest of several Yemeni officers, arrester unnamed: right, but the detentions are reported as this news after Monday's bombing, so the date should be the document date 2012-05-21, not unknown."),
31: ("TTTTTT", "ASSAULT killing a Ukrainian civilian, attacker unnamed in the sentence, document date: right."),
32: ("TTFTTT", "SUPPORT toward Argentina is right, but the source is the Falkland Islands' legislative council: code FLK (or GBR), not ARG."),
33: ("TTTTTT", "CONSULT: the North Korean envoys (PRK) delivered Kim Jong Il's message to Lee (South Korea, KOR) on Sunday 2009-08-23: right."),
34: ("TTTTTT", "COERCE arrest by Turkish investigators of several suspects overnight after the Tuesday shooting; document date 1998-05-13 right."),
35: ("TTFTTF", "REQUEST to Kiev is right (undated 'has urged' is acceptable), but the source should be Sergei Glazyev (RUS), not Ukraine, and the urging is asserted, not hypothetical (the 'if' belongs to the warning)."),
36: ("TTTTTT", "REQUEST Karbalai (IRQ) -> volunteers (IRQ) at Friday prayers 2014-06-13: right."),
37: ("TTTTTT", "REQUEST by Nguyen's lawyers to Canberra (AUS government), earlier undated ('had asked'): right."),
38: ("TTTTTT", "ACCUSE State Department (USA) condemning the shooting; the gunmen who did it are clearly the party condemned, empty code acceptable; document date right."),
39: ("TTTTTT", "PROTEST strike called by the Awami League (BGD) for Saturday-Sunday, coded as the future strike starting 2005-01-29; protest at a killing, so empty target is right."),
40: ("TTTTTT", "REJECT by Iran's judiciary (IRN) of the torture allegations; no party named in the sentence; document date right."),
41: ("TTTTFT", "REJECT by Ecuadorean voters is right, but the vote was 'Sunday's ballot': date should be 2025-11-16, not 2025-11-17."),
42: ("TTTTTT", "REQUEST Russia (RUS) -> UN for easing U.N. sanctions, standing position reported in this story, document date: right."),
43: ("TTTTTT", "ASSAULT: protesters (MLI) stormed the palace and beat Mali's interim president Traore on Monday 2012-05-21: right."),
44: ("TTFFFT", "REJECT is right but the refuser is the judge (Tunisian court, TUN), not Bernard-Henri Levy; the target should be the jailed defendants (TUN); and the refusal was earlier in the trial, so it should have no date rather than the document date."),
45: ("TTFTFT", "MOBILIZE is right, but the sentence names the force reinforced: source should be ECOMOG (Nigeria-led West African force); and the reinforcement happened sometime since April 1996, a background span, so no date rather than the document date."),
46: ("TTTTTT", "RETREAT withdraw Israel (ISR) from Gaza in summer 2005: right."),
47: ("TTTTTT", "ASSAULT total of Palestinians (PSE) and Israelis (ISR) killed since September 2000: a summed total with no date is right."),
48: ("TFTTTT", "Firing 20 missiles into the sea is a show of force / weapons launch, not an attack on a party: type should be MOBILIZE (weapons); source North Korea, Wednesday 2022-11-02 are right."),
49: ("TTTTTT", "REQUEST HRW and Amnesty (no code) -> Tunisian authorities (TUN), document date: right."),
50: ("TTFTTT", "ASSAULT on two Israelis on Saturday morning is right, but the source should be the 13-year-old Palestinian boy (PSE), a private person, not the state of Palestine."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    flags, reasons = V[it["n"]]
    v = {f: c == "T" for f, c in zip(FIELDS, flags)}
    if not v["event"]:
        assert not any(v.values())
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reasons
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print(counts)
paras = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
print({k: sum(len(p["coder_events"]) if k == "coded" else p[k] for p in paras)
       for k in ["coded", "found", "dateline_events", "spurious"]})
