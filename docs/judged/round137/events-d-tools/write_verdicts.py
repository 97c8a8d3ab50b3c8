"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts (round 137), then check them.

usage (from docs/judged/round137): python events-d-tools/write_verdicts.py
Fields in WRONG are the fields judged wrong; SPURIOUS items are false in every field.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (wrong fields, reasons)
V = {
    1: ([], "REQUEST (air defence, fighter jets) by Zelenskiy (UKR) at the summit on the report day; the sentence names no addressee, so the empty target is right."),
    2: (["source", "target", "date"], "Passive accusation with no named accuser: source should be empty (unnamed accusers), target should be Conte's government (GIN), not the Liberian rebels it is said to back; 'has been accused' is background of no stated time, so the date should be none (unknown), not the document date."),
    3: ([], "The vote for the emergency law is SUPPORT (approve policy) by Hungarian lawmakers (HUN) on Monday 2020-03-30; no party named as target, so empty is right."),
    4: ([], "ASSAULT killing Dudayev, no attacker named (empty source right), Chechen separatist leader coded RUS (country right, sector aside), April 1996 as the text gives."),
    5: ([], "A negated AGREE ('have not reached agreement') by Albright (USA) at the Tuesday news conference; the empty target is right as the sentence names no other party."),
    6: ([], "Clinton convening and hosting the summit with both sides is CONSULT USA -> Israel/Palestinians, ending Wednesday 1996-10-02; 'called' means convened, so the mode 'phone' is wrong, but the type is right."),
    7: (["date"], "ACCUSE junta (NER) -> Bazoum (NER) is right, but 'has accused' is a background act of an earlier time (after the 2023 coup) with no date in the text: date should be none, not the document date."),
    8: (["type", "date", "modality"], "Saying Nigeria would welcome U.S. help on conditions is willingness to cooperate: type should be AGREE (not SUPPORT), an asserted statement (not future) made on the report day 2025-11-02 (not unknown); NGA -> USA is right."),
    9: (["type", "target"], "Deploying EU customs and border experts to help Moldova and Ukraine police their border is AID (police assistance personnel), not MOBILIZE; target should be empty in this sentence (or Moldova/Ukraine), not 'member states', which supply the experts."),
    10: ([], "The Syrian delegation's walkout as a rebuke to host Iran, Thursday 2012-08-30: SANCTION (CAMEO 164 mapping) SYR -> IRN is acceptable (ACCUSE would also do); reported_by Mursi is wrong but unscored."),
    11: (["source", "modality"], "The urging is by the British-drafted draft resolution, which Russia vetoed: source should be Britain / the draft's sponsors (GBR), not Russia, and modality hypothetical ('would have ... urged'), not asserted."),
    12: ([], "Agreeing to pay arrears is a pledge of money, AGREE by the Ivorian government (CIV), in 2014 as the text gives; the mutineers are not named in the sentence, so the empty target is right."),
    13: ([], "ACCUSE Greece (GRC) condemning the attacks, clearly the Houthis' attacks on ships (YEM), reported as this news."),
    14: ([], "SUPPORT: the Bosnian government (BIH) welcomed the indictment, reported as this news; 'the move' is an act, so an empty target is right."),
    15: (["source"], "ASSAULT (poisoning) of Heywood (GBR) in November 2011 is right, but Gu Kailai is Chinese: source should be Gu (CHN), not GBR."),
    16: ([], "ACCUSE: Kostunica (SRB) denounced the signing, reported as this news; 'the signing' is an act, empty target right."),
    17: ([], "SUPPORT: Tung Chee-hwa (HKG) welcomed Beijing's decision, reported as this news; empty target right (the decision is an act)."),
    18: ([], "REQUEST Egypt and Jordan -> UN Security Council, reported by diplomats as this news."),
    19: (["type", "source"], "Declaring the ceasefire over is not a ceasefire declaration: type should be THREATEN (a renunciation of the truce; ASSAULT/CAMEO 196 if read as a violation), not CONCEDE; the Polisario Front's code should be Western Sahara (ESH), not empty."),
    20: (["event"], "Spurious: a campaign promise to end ZANU-PF's rule at the polls is not AGREE (no willingness to cooperate) nor any other PLOVER act; launching a party is not an event."),
    21: ([], "The security-pact signing inside the opposition's accusation is SUPPORT (sign agreement) Kalsakau (VUT) -> Australia (AUS), December 2022, reported: all right."),
    22: (["target", "date"], "ACCUSE by U.S. lawmakers (USA): target should be Sisi's government (EGY), named in the sentence as jailing his opponents; 'have criticised' is background of no stated time, so date should be none, not the document date."),
    23: ([], "CONSULT by phone Obama (USA) -> Harper (CAN) on the day of the attack, 2014-10-22."),
    24: ([], "CONSULT visit King Salman (SAU) -> Egypt's government (Cairo), April 2016 as the text gives."),
    25: (["source"], "'He' is Ne Win: source should be Ne Win (MMR), not his daughter Sandar Win; RETREAT resign in 1988 is right."),
    26: (["target", "date"], "The assassination inside Hariri's accusation (reported) by Syria is right, but the target should be Rafik al-Hariri (LBN), 'the martyr prime minister', not Saad; the killing is an earlier act: date should be 2005-02 (as the story gives) or none, not the document date."),
    27: ([], "REQUEST yield: ECOWAS demanded Bazoum's release repeatedly; addressee (the junta) not named in the sentence, empty target and no date are right."),
    28: (["target"], "ASSAULT Israel (ISR) launched on 2008-12-27 is right, but the target should be Hamas / the Palestinians in Gaza (PSE), named in the sentence, not empty; not a duplicate of e5, the summed death toll."),
    29: ([], "REQUEST Western diplomats (no country) -> both sides in Bangladesh (BGD) to open dialogue, reported as this news."),
    30: (["date", "modality"], "Machar's assurance is an asserted AGREE (SSD -> people of South Sudan) made after the ceremony on 2020-02-22: date should be 2020-02-22 (not unknown) and modality asserted (not hypothetical)."),
    31: (["event"], "Spurious: 'defending the country against Iranian-backed groups' is Bahrain's security claim, not verbal SUPPORT of a party (and self-targeted); the act in the sentence is the REJECT of the criticism, already coded as e5."),
    32: ([], "ACCUSE Egypt (EGY) -> Qatar (QAT), reported as this news."),
    33: (["target"], "'Him' is China's consul general in Osaka from the previous sentence: target should be the Chinese consul general (CHN), not Minoru Kihara; SUPPORT (defend verbally) by China, part of the current row, is right."),
    34: ([], "SUPPORT sign agreement, mutual Russia (RUS) / Armenia (ARM), Friday 2010-08-20."),
    35: (["target"], "REQUEST by the IOC (no code right) is right, but the target should be the Belarusian Olympic team (BLR), not the state of Belarus."),
    36: ([], "REQUEST Thanathorn (THA) -> his supporters (THA) after the verdict on 2020-02-21; reported_by Piyabutr is wrong but unscored."),
    37: (["source"], "MOBILIZE police is right, but the named police (Solomon Islands police, SLB) should be the source, not empty; the document date is acceptable as the sentence gives no date."),
    38: ([], "ASSAULT soldiers (LSO) shot dead Mahao (LSO) on Thursday 2015-06-25."),
    39: (["target", "date"], "COOPERATE (judicial handover) by Libya is right, but the recipient is the Scottish court / trial in the Netherlands (GBR), not the suspects; 1988 is the bombing's year: date should be none (or 1999-04 from the lead), not 1988."),
    40: ([], "REQUEST Assad (SYR) -> other Arab states (no code) at the Doha meeting; no date in the sentence, document date right."),
    41: ([], "RETREAT resign, Mwiraria (KEN), Wednesday 2006-02-01."),
    42: (["source"], "SUPPORT (approve the resolution) on 1999-07-07 is right, but the approver is the pro-government majority in Peru's Congress (PER), not Fujimori, whose government proposed it."),
    43: ([], "REQUEST Mas (ESP) -> Rajoy (ESP) at Monday's news conference, 2014-11-10."),
    44: ([], "CONCEDE: Schwarzenberg (CZE) conceded defeat to Zeman (CZE) on election night, 2013-01-26; the congratulation is a separate event (e4), not a duplicate."),
    45: ([], "COERCE (siege/blockade, CAMEO 191) Israeli army (ISR) -> Arafat (PSE) in spring 2002."),
    46: ([], "SANCTION expel Fiji's military ruler (FJI) -> Australia (AUS) and New Zealand (NZL) diplomats, Tuesday 2009-11-03."),
    47: (["target"], "THREATEN by the natural resources ministry (RUS) in summer 2006 is right, but the target should be the Sakhalin-2 consortium (multinational, no code), named in the sentence, not empty."),
    48: ([], "ACCUSE indict UN tribunal (UNO) -> Karadzic and Mladic (BIH), Tuesday 1995-07-25."),
    49: (["date"], "ACCUSE critics -> the tribunal is right, but 'have described' is background of no stated time: date should be none, not the document date."),
    50: ([], "ASSAULT killing Mahao (LSO) on Thursday 2015-06-25 in the army's account; no killer is named as agent, so the empty source is acceptable."),
}

PARAS = {
    "h46-x177-22": ([
        "AID: Poland (POL) -> Krystsina Tsimanouskaya (BLR), humanitarian visa (asylum-like protection), 2021-08-02",
        "REJECT: Krystsina Tsimanouskaya (BLR) -> Belarusian team officials (BLR), refused to board the flight home, 2021-08-01/02 (no exact date in the paragraph)",
    ], 0, 1, 0, "Dateline's e1 codes the visa as COOPERATE (should be AID, CAMEO 075) with target Belarus (should be the sprinter); the refusal is missed. Criticising her coaches is a sports matter, not coded."),
    "h46-x180-12": ([
        "AGREE: G8 leaders (G8) -> (none), agreed to seek a 50% emissions cut by 2050, 2008-07-08",
        "REJECT: major developing economies (no code) -> G8, refused to sign up to the goal, 2008-07-08",
    ], 1, 1, 0, "The AGREE is found; the developing economies' refusal is missed."),
    "h46-x178-04": ([
        "CONSULT: Massimo D'Alema (ITA) -> Muammar Gaddafi (LBY), talks/visit in Tripoli, 1999-12-01",
        "RETREAT: United Nations (UNO) -> Libya (LBY), sanctions suspended, 1999-04",
    ], 2, 2, 0, "Both found; e2's trigger is the noun 'sanctions' rather than 'suspended', but the act coded (easing of UN sanctions, April 1999) holds."),
    "h46-x178-21": ([
        "ASSAULT: unknown attackers (none) -> Abdalla Hamdok (SDN), explosion and gunfire on his convoy (assassination attempt), Monday (the story's Monday)",
    ], 0, 0, 0, "The attack on Hamdok's convoy is missed."),
    "h46-x178-17": ([], 0, 0, 0, "Replacing the crown prince and naming an heir is a domestic succession decision with no PLOVER act between parties; nothing to code."),
    "h46-x177-24": ([], 0, 0, 0, "An election win is not a PLOVER event; nothing to code."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    out = []
    for it in items:
        wrong, reasons = V[it["n"]]
        assert set(wrong) <= set(FIELDS), wrong
        if "event" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.append(rec)
    with open(HERE / "events-d.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
    with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, found, n_dl, spur, notes = PARAS[p["doc"]]
            assert n_dl == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                                "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")

    # checks
    got = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
    assert len(got) == 50
    for a, b in zip(items, got):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        assert {k: b[k] for k in a} == a
        v = b["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    assert sum(1 for _ in open(HERE / "paragraphs-d-verdicts.jsonl")) == 6
    counts = {f: sum(r["verdict"][f] for r in got) for f in FIELDS + ["all"]}
    print("right of 50:", counts)
    pv = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))


if __name__ == "__main__":
    main()
