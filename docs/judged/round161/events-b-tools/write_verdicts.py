"""Judge b, round 161: write events-b.jsonl and paragraphs-b-verdicts.jsonl from the verdicts below, then check them.

Each verdict lists the fields judged wrong (event=False makes every field wrong) and the reasons.
usage (from docs/judged/round161): python events-b-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (fields wrong, reasons)
V = {
    1: ([], "ACCUSE by KMT officials ('Party officials' after the KMT chairman, TWN) blaming the loss on voters defecting to Soong's and Lee's parties; Soong and Lee stand for the parties named by their names in the sentence (TWN); said in this news, document date. Borderline: the thing blamed is the defection, but the parties receiving it are the ones held responsible."),
    2: ([], "ASSAULT with no named killer (empty source right), several people in Jamaica's campaign violence (JAM); a toll over the campaign span has no date, so unknown is right; asserted, attributed to police."),
    3: ([], "SUPPORT (sign agreement) by Australia and East Timor, mutual (both listed on each side, the right parties and codes); 'on Thursday' under a Jan 12 dateline is 2006-01-12."),
    4: (["target"], "A second, separate REQUEST by Obama (call to reopen the Halki seminary) in his Ankara speech; target should be Turkey (TUR), the state that closed the seminary and is addressed in the same sentence, not Greece: 'Greek Orthodox' names a church, not the Greek state."),
    5: (["source", "target"], "THREATEN is right, but the warning is the KDP's ('a KDP statement ... warned that it might ask Baghdad for help'): source should be the KDP (IRQ), not the Iranian Revolutionary Guards; target should be Iran/the Revolutionary Guards (IRN) whom the warning is aimed at, not the Iraqi government, which is only the party it might ask for help."),
    6: ([], "SANCTION convict of 'several other men' (FJI); the court is not named in this passive sentence, so an empty source is right; 'on Thursday' of the previous sentence, 2004-08-05, is right."),
    7: ([], "SUPPORT by Western diplomats (no country given, empty code right) welcoming the election result; the sentence names no party as the thing welcomed, so an empty target is right; reported as this news."),
    8: (["date"], "PROTEST by Egyptian demonstrators; the sentence names no aim, so the state (EGY) is a right target by the crowd-protest rule (a coder would rather target the USA); date should be 2003-03-20, the Thursday the sentence gives ('On Thursday'), not the Friday document date."),
    9: ([], "ASSAULT crowd-control by Zimbabwe riot police on crowds of youths (ZWE) on the strike day, Tuesday 1997-12-09; all right."),
    10: (["target"], "AGREE (a pledge) by Peres is a weak but codable intent statement; target should be the Israeli public ('all Israelis', ISR), the party the sentence names as the one he commits to, not empty; date and modality right."),
    11: ([], "SANCTION (cut aid) by the US (USA) toward Guatemala (GTM) in 1990, as the text gives; asserted."),
    12: (["type", "target"], "Gubbay's agreeing to take early retirement under government pressure is acceding to a demand for a change in leadership (CAMEO 0831): type should be CONCEDE, not AGREE; target should be Mugabe's government (ZWE), the other party named in the sentence; Friday 2001-03-02 is right."),
    13: ([], "REQUEST by Yushchenko (UKR) to lawmakers (UKR), future ('would ask'); a future act with no date of its own left undated is right."),
    14: ([], "ASSAULT, Iraq's 1990 invasion of Kuwait (noun phrase), IRQ -> KWT, 1990; background act, asserted."),
    15: ([], "REQUEST by Obama (USA) urging Turkey (TUR) to keep up reforms, in Monday's speech (document date 2009-04-06); all right."),
    16: (["target", "date"], "ACCUSE by 'many Lebanese' (coded Lebanon, LBN, acceptable); target should be Damascus/Syria (SYR), on whom the assassination was blamed, not the victim Hariri; date: the blaming is background from the 2005 assassination, so it should have no date (or 2005), not the document date."),
    17: ([], "Bashir's 1989 coup ('seized power') coded ASSAULT (PLOVER has no coup type; an armed seizure of power is closest to ASSAULT); the ousted government is not named, so empty target is right; 1989 right."),
    18: (["date"], "SANCTION (expulsion of a diplomat) by Fiji's government (FJI) against NZ's High Commissioner (NZL) is right; date should be 2007-06-14, the Thursday the text gives for declaring him persona non grata, not the document date."),
    19: (["type", "target"], "Pulling out of negotiations is CAMEO 164 (halt negotiations), type should be SANCTION, not RETREAT (no forces or material concession); target should be Cambodia (KHM) alone: the Khmer Rouge leaders are the tribunal's would-be defendants, not a party to the talks, and not a government; Friday 2002-02-08 right."),
    20: (["event"], "Spurious: Orban's quoted jibe 'They have promised everything' is rhetoric inside a criticism, not a promise act (and 'Hungary' would be the wrong source: 'they' are the Socialist-led government); the act to code is Orban's ACCUSE."),
    21: (["target"], "ACCUSE (objection) by Wickremesinghe's UNP (LKA) is right; target should be Kumaratunga / her government (LKA), named in the sentence as the one the objected clause would keep in office ('constitutional coup'), not empty."),
    22: (["target"], "PROTEST by tens of thousands of Egyptians (EGY) on Friday is right; the sentence gives its aim, the U.S.-led attack, so the target should be the United States (USA) (or empty by the crowd-protest rule), not Iraq, which the protesters support."),
    23: (["date"], "ACCUSE with unnamed accuser against RUF rebel fighters (SLE) is right; date: 'have been accused ... in recent months' is a background act over a span, so it should have no date, not the document date."),
    24: (["date"], "REQUEST by the EU and the US to Russia (RUS) is right; date: 'have urged' in a background sentence is an earlier, undated act (since last year's ceasefire), so it should have no date, not the document date."),
    25: (["target"], "ACCUSE by Calderon (MEX) is right; target should be the countries 'that had suspended flights to Mexico' (unnamed in the sentence, empty code; China and several Latin American states in the story), the object of the criticism, not empty."),
    26: ([], "ACCUSE by the Tamil Tigers (LKA) dismissing 'it' (the government's draft charter) as a sham: Sri Lanka (LKA) as the charter's author is right; background act with no date, unknown right."),
    27: (["source"], "REQUEST to Taiwan's leaders (TWN) is right; source should be the spokesman of Beijing's Taiwan Affairs Office (CHN), quoted by state media, not a Taiwanese (TWN) official."),
    28: ([], "SUPPORT (thanks) by King Abdullah (JOR) to Badran (JOR); no date for this act in the text, reported as this news, so the document date is right."),
    29: ([], "REJECT by Mahathir (MYS) of the criticism; 'the criticism' names an act, not a party, so an empty target is right by the rules (a coder would add Indonesia and the Philippines from earlier sentences); reported as this news."),
    30: (["target"], "Baghdad's failing to comply with disarmament demands is coded CONCEDE negated, acceptable (the non-compliance is stated as a present fact though it sits in Washington's condition); target should be the UN Security Council ('the council' of the same sentence, whose demands these are), not empty."),
    31: ([], "ASSAULT by Russian troops (RUS) on Dudayev's forces (the leader standing for his forces, RUS for Chechen separatists); December before a Feb 1995 story is 1994-12."),
    32: ([], "COERCE arrest by Egypt's interior ministry of rioters (EGY) over the two days; document date falls in that span; asserted with attribution."),
    33: (["target", "date"], "ASSAULT by the Yugoslav army (YUG) is right; target should be the United States (USA), whose F-117 'the aircraft' refers to, not empty; date should be 1999-03-27, the Saturday the text gives for the plane going down, not the Sunday document date."),
    34: ([], "REQUEST by a senior Georgian official (GEO) to Western governments (no code); reported as this news; right."),
    35: ([], "COERCE arrest by Iran's Revolutionary Court (IRN) of Freedom Movement members (IRN); the text says 'over the weekend', and Sunday 2001-04-08 lies in it (slightly more precise than the text); asserted."),
    36: ([], "SANCTION convict by a Peruvian military court of Colina group officers (PER), 'last year' = 1994; right."),
    37: (["source", "date"], "ACCUSE against Caracas (VEN) is right; source should be cattle farmers of Venezuela's Apure and Zulia states (VEN), not COL; date: 'have complained' is background in a paragraph about years of accusations, so it should have no date, not the document date."),
    38: ([], "ACCUSE by opposition leader Deniz Baykal ('The leader of ... CHP', TUR) against Erdogan (TUR), reaction to Friday's speech; right."),
    39: (["date"], "REQUEST by the Contact Group (no code) to Belgrade (SRB acceptable) is right; date: the text dates only Milosevic's calling the referendum ('earlier this month'); the demand came before it and is undated, so 1998-04 is wrong; it should have no date."),
    40: ([], "PROTEST by Buddhist monks (LKA) against the charter (a government reform), so the state is a right target; pluperfect background with no date, unknown right."),
    41: (["target"], "REJECT by Kuwaiti lawmakers in 1999 is right; target should be the emir (KWT), named in the sentence as the author of the rejected decree, not empty."),
    42: (["target"], "ACCUSE (condemn) by Samper's government (COL) is right; target should be empty (the sentence names only 'the killings', by the ELN rebels of other sentences), not the Colombian government itself."),
    43: ([], "RETREAT withdraw by Syria (SYR) from Lebanon (LBN) in April last year = 2005-04; right."),
    44: (["date"], "COERCE arrest by Zimbabwe police of dozens of people (ZWE) is right; date should be 1997-12-09, the strike day (Tuesday) of this news report, not unknown: the arrests are reported as part of Tuesday's events."),
    45: ([], "ACCUSE (indictment) of Mladic (BIH; Karadzic is the other indictee, one right dyad coded); the passive names no indicting party, so empty source is right; 1995 right."),
    46: ([], "REQUEST by Adhikari (NPL) to King Birendra (NPL) in June 1995, as the text gives; asserted (a fact inside the court's ruling)."),
    47: ([], "ACCUSE by Fiji opposition leaders (FJI) against Qarase ('him', FJI); reported as this news; right."),
    48: (["target", "date"], "THREATEN by the NLD (MMR) is right; target should be the military government (MMR), named in the sentence ('for the government to respond'), not empty; date: Aug. 21 is the deadline, not the date of the threat, which 'has threatened' leaves undated (no date)."),
    49: ([], "RETREAT (ease sanctions) by the UN toward Libya (LBY) in 1999, as the text gives; right."),
    50: ([], "REQUEST by Ban Ki-moon (UN) that those responsible be brought to justice; no addressee named, so empty target is right; Wednesday statement, document date right."),
}

PARAS = {
    "h58-x227-11": {
        "coder_events": [
            "RETREAT: Girija Prasad Koirala (NPL) -> none, resigned as prime minister, 2001-07-19",
            "ASSAULT: Maoist rebels (NPL) -> none, wave of attacks, undated background",
            "ACCUSE: Koirala / his government (NPL) <-> army (NPL), public row over its failure to rescue policemen, undated",
            "ASSAULT: unnamed kidnappers (Maoists implied) -> dozens of policemen (NPL), kidnapped, undated",
        ],
        "found": 1, "dateline_events": 2, "spurious": 1,
        "notes": "e1 RETREAT resign is right. e2 CONCEDE 'bowing to pressure' is the same resignation described as yielding, a duplicate, so spurious. The Maoist attacks, the row with the army and the kidnapping of policemen were missed.",
    },
    "h58-x225-08": {
        "coder_events": [
            "CONSULT: EU leaders (EU) <-> western Balkan countries, summit in Zagreb, 2000-11-24",
            "SUPPORT: EU leaders (EU) -> western Balkan countries, told them their future lay inside the bloc, 2000-11-24",
            "AGREE: EU leaders (EU) -> western Balkan countries, offered trade concessions and billions of euros in aid, 2000-11-24",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "No events found. The offer of aid is AGREE by the wave-76 rule; 'on Friday' under a Saturday document date is 2000-11-24.",
    },
    "h58-x228-08": {
        "coder_events": [
            "COERCE: Rene Preval (HTI) -> parliament (HTI), declared its mandate expired and said he would install a government without legislative approval, 1999-01-12",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "No events found. Preval sidelining parliament (rule without legislative approval) is the paragraph's one act; COERCE restrict is my reading (a coder could also code REJECT of parliament's authority). The future 'would install' is part of the same statement.",
    },
    "h58-x228-01": {
        "coder_events": [
            "MOBILIZE: Venezuela (VEN) -> none (Colombian border), rushed troops and aircraft to its western frontier, 1995-02-28",
            "ASSAULT: Colombian guerrillas (COL) -> Venezuelan navy post / marines (VEN), attacked and killed eight marines, 1995-02-26",
        ],
        "found": 1, "dateline_events": 1, "spurious": 0,
        "notes": "e1 ASSAULT has the right type (counted found), but its target 'navy' is coded COL instead of VEN and its date 1995-02-28 should be the Sunday (1995-02-26) the next paragraph gives for the raid. The MOBILIZE of Venezuelan troops was missed.",
    },
    "h58-x226-22": {
        "coder_events": [
            "SANCTION: Iran's parliament (IRN) -> Interior Minister Ali Kordan (IRN), voted to impeach (dismiss) him, 2008-11-04",
        ],
        "found": 0, "dateline_events": 0, "spurious": 0,
        "notes": "No events found. Iran's impeachment vote removes the minister, so SANCTION (expel from office) rather than ACCUSE (charge); 'on Tuesday' under a Wednesday document date is 2008-11-04.",
    },
    "h58-x228-14": {
        "coder_events": [
            "PROTEST: Indonesian protesters (IDN) -> Malaysia (MYS), burned flags and pelted the embassy, 2002-08-29",
            "COERCE: Malaysia (MYS) -> illegal workers (mostly Indonesians), mass expulsion (deportation), undated (this year)",
        ],
        "found": 1, "dateline_events": 2, "spurious": 0,
        "notes": "e1 PROTEST found (right in all fields). e2 codes the mass expulsion as SANCTION expel: a real act but deporting individuals is COERCE deport (CAMEO 174), so not counted as found; its date 2002-08-29 is also wrong (a background act of this year).",
    },
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    with open(HERE / "events-b.jsonl", "w") as f:
        for it in items:
            wrong, reasons = V[it["n"]]
            assert set(wrong) <= set(FIELDS), wrong
            if "event" in wrong:
                verdict = {k: False for k in FIELDS}
            else:
                verdict = {k: k not in wrong for k in FIELDS}
            verdict["all"] = all(verdict[k] for k in FIELDS)
            out = dict(it)
            out["verdict"] = verdict
            out["reasons"] = reasons
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
        for p in paras:
            v = PARAS[p["doc"]]
            assert v["dateline_events"] == len(p["events"]), p["doc"]
            assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= v["dateline_events"]
            f.write(json.dumps({"doc": p["doc"], **v}, ensure_ascii=False) + "\n")
    check()


def check():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    out = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
    assert len(out) == 50
    for a, b in zip(items, out):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        assert {k: b[k] for k in a} == a, a["n"]
        v = b["verdict"]
        assert v["all"] == all(v[k] for k in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    counts = {k: sum(o["verdict"][k] for o in out) for k in FIELDS + ["all"]}
    print("right of 50:", counts)
    paras = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
    assert len(paras) == 6
    tot = {
        "coded acts": sum(len(p["coder_events"]) for p in paras),
        "found": sum(p["found"] for p in paras),
        "dateline events": sum(p["dateline_events"] for p in paras),
        "spurious": sum(p["spurious"] for p in paras),
    }
    print("paragraphs:", tot)
    for p in paras:
        print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])


if __name__ == "__main__":
    main()
