"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's hand verdicts below, then check them."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, reasons). Empty list = right in all six.
V = {
1: ([], "COERCE martial-law for the state of emergency is right; Thein Sein (MMR) as source; the sentence names no party acted upon, so the empty target is right; Friday = 2013-03-22."),
2: ([], "Trump (USA) asked Netanyahu (ISR) to hold back on settlements: REQUEST, at the Wednesday 2017-02-15 news conference (the document date)."),
3: ([], "Tehran (IRN) accuses 'the groups' (the Iranian Kurdish opposition groups of the earlier sentences, IRN) of smuggling weapons: ACCUSE, an ongoing charge given the document date."),
4: ([], "PTI negotiators (PAK) demanded Khan's release: REQUEST yield is right; the sentence names nobody asked (the government is in the previous sentence), so the empty target is right; a standing demand in the current talks takes the document date."),
5: (["source"], "REQUEST is right, but the source should be the Tripoli local council (LBY), not the state of Libya. Target 'all militias from outside the city' accepted with an empty code (Libyan militias, but the sentence does not name their country)."),
6: (["source"], "COERCE arrest of Besigye (UGA) on Wednesday 2016-05-11 is right, but the same sentence names the police who flew him after detaining him: source should be the Ugandan police (UGA), not empty."),
7: ([], "Signing agreements is SUPPORT (CAMEO 057 sign formal agreement); Nepal and China as mutual parties; Thursday = document date 2018-06-21."),
8: (["type"], "Lifting most sanctions is an easing of sanctions, RETREAT (ease; CAMEO 085), not SANCTION/discontinue, which reverses the act; EU -> Belarus in 2016-02 is right."),
9: (["target"], "CONSULT (a message passed through UNIFIL) with the Israeli officials as one side is acceptable, but the other party is Hezbollah (LBN), the sender; UNIFIL is only the channel, so the target should be Hezbollah."),
10: ([], "ASSAULT explosives by an unnamed suicide bomber on mourners in Nangarhar (AFG), Tuesday 2020-05-12 (the first paragraph places it hours before Ghani's Tuesday order)."),
11: (["target", "date"], "SANCTION convict is right (PLOVER codebook), but the convicted opposition leaders are Kuwaiti: target code should be KWT, not TUR (Turkey is only their place of exile); 'in 2011' dates the storming of parliament, not the conviction, so the date should be unknown (none given)."),
12: ([], "Enkhbayar (MNG) jailed 'last year' = 2012: COERCE arrest with no jailer named; all fields right."),
13: ([], "The mass anti-government protests that erupted in October 2019: PROTEST demo, no protester named (empty source right), an anti-government protest at home so Iraq (IRQ) is a right target; 2019-10 right."),
14: ([], "ASSAULT by the 'terrorists' on civilians (MMR), of unknown time, with Myanmar as reporter: right. I would give the insurgents MMR, but the sentence does not name their country, so the empty code stands; 'Myanmar says' is attribution, so asserted."),
15: (["target"], "ASSAULT by Iran is right, and a repeated span since September correctly has no date, but the sentence names the target: the camps of Iranian Kurdish parties (IRN), not empty."),
16: ([], "U.S. air power backing the Kurdish-led forces (SYR) is military aid (AID, CAMEO 072); 'led forces' is a clipped name but the right party; Saturday = 2022-01-22."),
17: (["type", "date"], "Hakeem's 'We warned and warned' are earlier appeals to the government to act on hate speech, not threats with repercussions: type should be REQUEST (at most), not THREATEN; they are repeated earlier acts, so the date should be unknown, not the document date."),
18: (["date"], "The clause 'what we've struck' re-reports the U.S. strike (a different sentence from the lead, so not a duplicate by the rule); ASSAULT by Austin/'we' (USA) with no target named is acceptable, but the strikes were on Thursday: date should be 2021-02-25, not the document date 2021-02-26."),
19: ([], "Russia (RUS) cut gas supplies to Ukraine (UKR) on Monday 2014-06-16: SANCTION discontinue, all right."),
20: (["source"], "ASSAULT crowd-control (tear gas) on Tuesday is right, but the police are the Kosovo special police of the previous sentence: source should be the Kosovo police (XKX/KOS), not Serbian police (SRB)."),
21: ([], "The five presidents met in Paris on Saturday 2014-05-17: CONSULT among Nigeria, Cameroon, Chad, Niger, Benin, right."),
22: (["type"], "The EU 'is expected to agree an embargo on Iranian oil': the act is imposing an embargo on Iran, SANCTION (CAMEO 163), not AGREE with Iran; source, target, 2012-01 and future modality are right."),
23: (["date"], "COERCE censor by the Azerbaijani authorities is right (websites as the target accepted), but 'have blocked' is reported as this news and still in force: the date should be the document date 2018-07-11, not unknown."),
24: ([], "Security forces (AFG) killed the gunmen at the maternity hospital on Tuesday 2020-05-12: ASSAULT, all right."),
25: (["target", "date"], "Gbagbo's refusal to accept defeat is REJECT, but it is the 2010-2011 crisis: date should be 2010 (the text gives 2010-2011), not the document date; the sentence names the party he refused to concede to, so the target should be Ouattara (CIV)."),
26: ([], "Kurdish-led forces (SYR) fought Islamic State militants on Saturday 2022-01-22: ASSAULT, right (IS with no code accepted)."),
27: ([], "Pakistan's Supreme Court ordered the arrest of PM Ashraf (PAK) on Tuesday 2013-01-15: COERCE arrest (CAMEO 173), right."),
28: (["source"], "ASSAULT on Nasrallah (LBN) on 2024-09-27 is right, but the sentence names the attacker: source should be Israel (Israeli jets, ISR), not empty."),
29: (["source", "target"], "CONSULT for the talks relaunched in 2013 is acceptable, but 'the government' is Bahrain's: source should be the Bahraini government (BHR), not the U.S.; the opposition is the Bahraini opposition, target code should be BHR."),
30: ([], "The U.S. and European countries urged Saied (TUN) to return to constitutional order: REQUEST, a standing call given the document date; right."),
31: ([], "ASSAULT by Israel on Palestinians (PSE), a total since 7 October, so no date is right; attribution to the health ministry keeps it asserted."),
32: ([], "Hun Sen (KHM) accused Thailand (THA): ACCUSE, reported as this news on the document date 2011-04-24."),
33: ([], "Friday's truck bomb in Kabul killing civilians (AFG): ASSAULT, no perpetrator named, 2015-08-07; right."),
34: ([], "Inates (the Niger army camp, NER) attacked in July 2019 by unnamed attackers: ASSAULT, right (the 'person' kind is wrong but the party and code are right)."),
35: ([], "The Misrata militia fighters (LBY) fired on the crowd (LBY) on Friday 2013-11-15: ASSAULT firearms, right."),
36: ([], "Oli (NPL) met Xi and Li (CHN) on Thursday 2018-06-21: CONSULT, right."),
37: (["target", "date"], "PROTEST with no protester named is right, but these are protests at home against the authorities' draft law, so the target should be Vietnam (VNM); they took place on Sunday 2018-06-10, not 2018-06-11."),
38: (["source"], "COERCE arrest of Guatemalans (GTM), a yearly total with no date: right, but the sentence makes the detainer plain (at the U.S. border, U.S. figures): source should be the U.S. authorities (USA), not empty."),
39: ([], "The Egyptian military (EGY) accuses Hamas (PSE) of using the tunnels: ACCUSE, ongoing, document date; right."),
40: ([], "The Kenyan police (KEN) opened an investigation: ACCUSE investigate (CAMEO 090), no target party, reported as this news; right."),
41: ([], "Senegalese police arrested Khalifa Sall (SEN) on Tuesday 2017-03-07: COERCE arrest, right."),
42: (["target"], "REQUEST by the U.S. embassy is right, but 'both leaders' are Farmajo and Roble: the target code should be SOM, not empty."),
43: (["date"], "Farmajo (SOM) accused Roble (SOM): ACCUSE is right, but this counter-accusation answered Roble's of 'a day' before the suspension: date should be 2021-12-26, not the document date 2021-12-27."),
44: (["target"], "The Syrian government's condemnation is ACCUSE, but what it condemned is the Arab League's decision (the league is named in the sentence): target should be the Arab League, not empty."),
45: ([], "Malinowski (USA) visited Bahrain (BHR) on Sunday 2014-07-06: CONSULT visit, right (the meeting with Wefaq could be a second event)."),
46: ([], "The U.S. embassy (USA) urged calm with no party named: REQUEST, right."),
47: ([], "Australia's 2021 agreement to acquire submarines under AUKUS with the U.S. and UK: AGREE, right."),
48: (["target", "date"], "COERCE arrest with no arrester named is right, but 'They' are the convicted Emirati dissidents: target should be the defendants (ARE), not the UK government; the arrests are earlier background acts (2012-2013, not given): date should be unknown, not the document date."),
49: (["date"], "ASSAULT by Hamas gunmen on about 1,400 people in Israel is right, but it is the attack of 7 October named earlier in the story: date should be 2023-10-07, not the document date."),
50: (["target", "date"], "ACCUSE by the rivals (HTI) is right, but what they denounced as fraudulent is Moise's victory: target should be Jovenel Moise (HTI); 'immediately' after results released late on Monday: date should be 2016-11-28."),
}

PARAS = {
"h63-x248-08": (["(none: winning an election run-off is not a PLOVER event)"], 0, 0, 0,
    "No act of the PLOVER family; dateline rightly coded nothing."),
"h63-x245-07": (["SANCTION: Russia (RUS) -> Ukraine (UKR), cut off natural gas supplies, 2014-06-16",
                 "CONSULT: Russia (RUS) <-> Ukraine (UKR), last-ditch talks on unpaid gas bills and pricing (broke down), 2014-06-15"], 1, 1, 0,
    "Dateline found the gas cut-off; the failed talks (an act of consultation that ended without agreement) were not coded."),
"h63-x247-01": (["ASSAULT: unnamed car bomber -> Nigeria national police (NGA), car bomb in the police headquarters compound in Abuja, killing at least three, 2011-06-16"], 0, 0, 0,
    "Dateline coded no event for the bombing (no named perpetrator in the sentence, but the target and act are plain)."),
"h63-x245-02": (["ASSAULT: gunman -> U.S. embassy (USA), opened fire on the embassy in Sarajevo, wounding a Bosnian police officer, 2011-10-28",
                 "ASSAULT: Bosnian police sniper (BIH) -> gunman, shot him in the leg, 2011-10-28",
                 "COERCE: Bosnian police (BIH) -> gunman, arrested him, 2011-10-28"], 1, 1, 0,
    "Dateline found the attack on the embassy (right target); the police shooting and the arrest were missed."),
"h63-x246-11": ([], 0, 1, 1,
    "Trump saying he 'could accept either one state or two' is a statement of policy position (CAMEO 01, no PLOVER event), not an agreement to cooperate with Israelis and Palestinians; dateline's AGREE is spurious."),
"h63-x246-09": (["ASSAULT: Hezbollah fighters (LBN) -> Israeli army convoy (ISR), anti-tank missiles killing two soldiers, 2015-01-28",
                 "ASSAULT: Israel (ISR) -> villages in southern Lebanon (LBN), artillery and air strikes, 2015-01-28"], 1, 1, 0,
    "Dateline found the Hezbollah attack; Israel's retaliatory artillery and air strikes ('answered with') were missed."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        assert set(wrong) <= set(FIELDS)
        if "event" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.append(rec)
    with open(HERE / "events-b.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, found, n_dl, spur, notes = PARAS[p["doc"]]
            ev = [e for e in ev if not e.startswith("(none")]
            assert n_dl == len(p["events"]), (p["doc"], n_dl, len(p["events"]))
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                                "dateline_events": n_dl, "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
    # checks
    back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
    assert [(r["n"], r["doc"], r["trigger"]) for r in back] == [(i["n"], i["doc"], i["trigger"]) for i in items]
    for r in back:
        v = r["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    pv = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
    assert len(pv) == 6
    counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
    print("per-field right of 50:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    from collections import Counter
    c = Counter(f for r in back for f in FIELDS if not r["verdict"][f])
    print("wrong by field:", dict(c))

if __name__ == "__main__":
    main()
