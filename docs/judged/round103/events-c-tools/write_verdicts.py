"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts below, then check them.
Each verdict: n -> (list of false fields or 'SPURIOUS', reasons). Fields: event type source target date modality."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Right: the water-price protests in Cochabamba (PROTEST demo); no protester group is named, and the aim (water prices after the handover to a private consortium) is not the authorities, so an empty target is right. The protests were still going on on Saturday (clashes in Cochabamba that afternoon), so 2000-04-08 is acceptable."),
 2: (["date"], "Right REJECT (refusing official contacts) by Pyongyang ('It'); the other party is not named in the clause, so an empty target is right. Date should be the document date 2008-07-12: the refusal has gone on 'since' March and is still going on; March is the date of the expulsion."),
 3: ([], "Right: Bagchi (IND) accused the OIC of a 'divisive agenda' (ACCUSE allege), reported as this news with the document date; separate act from the REJECT of the same sentence (item 50)."),
 4: (["type"], "A UN warning that the coalition's blockade could have catastrophic humanitarian consequences is a statement of concern/criticism, not a coercive threat by the UN: type should be ACCUSE disapprove. Source, empty target (the coalition is not named in the sentence), date and modality are right."),
 5: ([], "Right: the 1980s clashes between Kanak separatists and French security forces (ASSAULT, mutual); FRA is right for a group in the French territory; the decade value '198' is the precision the text gives ('in the 1980s')."),
 6: ([], "Right: a suicide bomber killed five Israelis in Netanya hours before Friday's raids (2001-05-18); the bomber's country is not given in the sentence, so an empty code is right."),
 7: (["source"], "The February call-off of the summit happened 'when India withdrew': a SANCTION withdraw whose actor is India (IND), named in the sentence, so the empty source is wrong. Type, empty target (SAARC/Bangladesh are not named as the party), date 2005-02 and modality are right."),
 8: (["source"], "'He' is the suicide bomber of the previous sentence, not the prince: source should be the bomber (the text later calls him a Saudi national; AQAP member). Empty target is right by the sentence rule; Thursday night 2009-08-27 is right."),
 9: ([], "Right: a death toll summed over two decades of war (ASSAULT) with no date and no named killer; the victims' country (LKA) is plain."),
 10: (["date"], "Right COERCE arrest of Sharif by troops loyal to Musharraf, but the text dates it: 'within hours' of the evening of October 12 (1999), given in the previous sentence and the lead ('the day the military seized power last October'); date should be 1999-10-12, not unknown."),
 11: ([], "Right: Guebuza (MOZ) thanked voters in his victory statement (SUPPORT); Tuesday 2004-12-21, the day the result was declared, is the day the text implies for the statement."),
 12: (["target", "date"], "Willingness to testify is willingness to cooperate with the Belgian court (AGREE), so the target should be the Belgian court (BEL) — Sharon is the party it is aimed against, not the party Hobeika agreed with (if Sharon is kept as the target, the type would have to be ACCUSE). Date: he said it 'days' before the Thursday killing (the story later says 'this week'), so 2002-01-24 is wrong; 2002-W04 or unknown."),
 13: ([], "Right: 'will now step down as mayor' is a RETREAT resign with future modality by the conventions; no date is given, so unknown is right."),
 14: (["modality"], "SUPPORT (welcome Cuba's participation) from Washington to Cuba is acceptable, but the welcome is conditional ('once it moved toward democracy'), so the modality should be hypothetical, not future. (A coder could also code the statement itself as a conditional AGREE, asserted.)"),
 15: ([], "Right: Saudi Arabia and Pakistan signed a mutual defence agreement on Wednesday 2025-09-17 (SUPPORT, mutual)."),
 16: ([], "Right: Pakistan's foreign ministry rejected the Afghan accusation (REJECT; strictly a denial, CAMEO 016, but PLOVER REJECT covers rejections); 'the accusation' is an act, not a party, so an empty target is right; distinct from the ACCUSE of the same sentence."),
 17: ([], "Right: UNSMIL (UN) urged all sides (the Libyan armed groups, LBY) to cease fire, reported as this news."),
 18: ([], "Right: King Abdullah visited the injured prince ('the prince' = Mohammed bin Nayef), CONSULT visit; no date in the text, so the document date."),
 19: (["source"], "'The government' is the Sri Lankan government (its spokesman is the prime minister's), not the United States: source should be the Sri Lanka government (LKA). Target LTTE, date and modality are right."),
 20: ([], "Right: the US said it would restore full diplomatic relations with Libya (SUPPORT, future by the conventions' 'will meet' rule); no date is given for the restoration."),
 21: ([], "Right: the US and the EU urged Tbilisi (the Georgian government) to ensure a transparent case (REQUEST), document date."),
 22: ([], "Right: Shourd (USA) thanked Ahmadinejad and Iran's religious leaders (SUPPORT) at the airport on the day of her release, Tuesday 2010-09-14."),
 23: (["type"], "Stationing troops in Saudi Arabia to train and advise its forces is military assistance to the host, not a mobilisation short of force: type should be AID (military personnel; COOPERATE military exchange also defensible). Source, target, document date for the ongoing stationing, and modality are right."),
 24: (["source"], "The killers are named in the same sentence: the operation's 'hundreds of special forces troops' (Colombian military, COL); an empty source is wrong. Target several rebels (FARC, COL), Friday 2011-11-04 and asserted are right."),
 25: ([], "Right: Voronin (MDA) refused to sign the Russian plan in 2003 (REJECT, target Russia/the Kremlin)."),
 26: (["date"], "BJP statement denouncing insults (ACCUSE disapprove, empty target acceptable) is right, but it came 'hours earlier' than the Sunday summons, in the same statement as the expulsion: date should be 2022-06-05, not the document date."),
 27: ([], "Right: the Iraqi anti-government protests (PROTEST demo), whose start the text dates to Tuesday 2019-10-01; no protester group is named, and an empty target is right when the sentence names no party."),
 28: ([], "Right: Croatia signed its EU accession treaty on Friday 2011-12-09 (SUPPORT, target EU)."),
 29: ([], "Right: Lahoud ordered an inquiry into the bombing (ACCUSE investigate); the perpetrators are unknown, so an empty target is right."),
 30: ([], "Right: Samakuva (AGO) demanded on Monday 2008-09-08 that the Luanda vote be rerun (REQUEST); the addressee is not named in the sentence."),
 31: (["type", "source"], "Calling the accusation 'baseless' is a rejection of the Lebanese ministers' accusation: type should be REJECT. Source should be the official in Sharon's office as an Israeli government official (ISR) alone; the country None is wrong and Sharon did not speak."),
 32: ([], "Right (a coder could argue the type): Abacha's 1993 seizure of power is a military takeover, coded ASSAULT by analogy with armed forces seizing ground; it is narrated background, so asserted, dated 1993; the government it was seized from is not named."),
 33: ([], "Right: Zapatero (ESP) condemned the attack (ACCUSE disapprove); the attackers are not named in the sentence; no date given, document date."),
 34: (["source"], "Source should be Moqtada al-Sadr alone, with country IRQ (an Iraqi cleric whose bloc leads Iraq's parliament); the code None is wrong and the parliament did not make the call. Target Iraq government, date, modality right."),
 35: ([], "Right: Chirac (FRA) condemned the killing of the monks (ACCUSE disapprove); the GIA is not named in the sentence; no date given, document date."),
 36: (["target"], "Noumea is a place, not a party: the target of the visit should be the local (New Caledonian) leaders he is to hold talks with. Type, source, Monday 2018-11-05 and future modality are right."),
 37: (["target"], "Egypt and Jordan condemned the strikes, which are Israel's, and Israel is named in the same sentence: target should be Israel (ISR), not empty. The rest is right."),
 38: ([], "Right: South Korean officials demanded a joint investigation (REQUEST); North Korea is not named in the sentence ('that account'), so an empty target is right; document date."),
 39: ([], "Right: Misuari and his followers (PHL) accuse the Philippine government of sidelining them (ACCUSE allege), a standing accusation dated to the story."),
 40: (["date"], "Right ASSAULT on the Burundian peacekeepers, but they were killed 'in attacks around polling day' (the 27 December vote), so the date should be around 2020-12-27, not Sunday 2021-01-03, which is the date of the Bangassou seizure."),
 41: (["source"], "The prime minister who resigned is Nikola Spiric, named in the sentence, not Milorad Dodik: source should be Nikola Spiric (BIH). Type, date (Thursday 2007-11-01) and modality are right."),
 42: ("SPURIOUS", "Not an event: 'still recognised by the United Nations as head of state' describes Rabbani's standing in an appositive, not a UN act reported in the story; the sentence's act is Rabbani's appeal for calm."),
 43: ([], "Right: Russia and Lithuania signed the border treaty on Friday 1997-10-24 (SUPPORT, mutual)."),
 44: (["date"], "Right REQUEST by the British High Commission (GBR) for consular access (Indian authorities not named, empty target right), but it is reported as this news with no date in the text, so the date should be the document date 1995-12-22, not unknown."),
 45: (["target"], "'Harare' here is the Zimbabwean government, asked to investigate the torture allegations, not the Harare court: target should be the Zimbabwe government (ZWE). The rest is right."),
 46: ([], "Right: Kushayb (SDN) is accused (ACCUSE allege) in the ICC case; the accuser is not named in the sentence; document date."),
 47: (["source", "target", "date"], "'He was killed' is Alfonso Cano, not Santos (Santos is the speaker): target should be Cano (FARC, COL); source should be the troops named in the sentence (Colombian military, COL); the text dates the killing Friday 2011-11-04."),
 48: (["date"], "Right CONSULT (Obama hosted Maliki; a meeting, so host as source is accepted although PLOVER puts the visitor first), but 'last week' written on Sunday 18 December is the week of 12 December (the working week just ended), not 2011-W49 (5–11 December)."),
 49: ([], "Right: the Iraqi government said it was investigating the sniper shootings (ACCUSE investigate); the snipers are unnamed; document date."),
 50: ([], "Right: Bagchi (IND) rejected the OIC statement (REJECT, target OIC), document date."),
}

PARAS = {
 "h29-x112-14": ([], "A referendum result (voters approving an amendment) has no PLOVER type; nothing to code. Dateline: none."),
 "h29-x111-14": (["ACCUSE: Kikwete's main challenger (Willibrod Slaa, TZA) -> election result/authorities (not named), said the result had been doctored, 2010-11-04 (Thursday, per the fourth paragraph; the lead gives no date)"],
                 "Kikwete being declared the winner is an election result, not a PLOVER act. Dateline found no event in this paragraph (it coded the later 'called for a recount' and 'will not recognise' instead)."),
 "h29-x109-05": ([], "Winning an election and defeating a rival at the polls has no PLOVER type; nothing to code. Dateline: none."),
 "h29-x111-20": (["SUPPORT: Ian Khama (BWA) -> the challenge to Masisi (the opposition, BWA; not named here), backed it, campaign before the 2019-10-23 vote (no date)"],
                 "Masisi's win and the BDP holding its majority are election results. Khama backing the challenge is a marginal SUPPORT act in a participial phrase. Dateline: none in this paragraph."),
 "h29-x111-25": (["SUPPORT: Saudi Arabia (SAU) <-> Pakistan (PAK), signed a mutual defence agreement, 2025-09-17",
                  "ASSAULT: Israel (ISR) -> Hamas leaders (PSE) in Qatar, strike, about a week before (2025-09-09 per the fifth paragraph)"],
                 "Dateline found the signing (e1, right in all fields) and missed the Israeli strike mentioned as background. 'Committing each to treat...' is the agreement's content, not a second act."),
 "h29-x111-10": (["AGREE: South Asian leaders / SAARC (no single country) -> Afghanistan (AFG), China (CHN), Japan (JPN), agreed to admit Afghanistan and give China and Japan observer status, 2005-11-13",
                  "CONSULT: South Asian leaders (SAARC members), two-day multilateral summit in Dhaka, 2005-11-12/13"],
                 "Dateline found the AGREE (e1) and missed the summit meeting itself. The summit's postponements have no named actor in this paragraph."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    out = []
    for it in items:
        bad, reason = V[it["n"]]
        if bad == "SPURIOUS":
            v = {f: False for f in FIELDS}
        else:
            assert all(b in FIELDS for b in bad), (it["n"], bad)
            v = {f: f not in bad for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.append(o)
    with open(HERE / "events-c.jsonl", "w") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    pout = []
    FOUND = {"h29-x112-14": 0, "h29-x111-14": 0, "h29-x109-05": 0, "h29-x111-20": 0, "h29-x111-25": 1, "h29-x111-10": 1}
    SPUR = {d: 0 for d in FOUND}
    for p in paras:
        ce, notes = PARAS[p["doc"]]
        pout.append({"doc": p["doc"], "coder_events": ce, "found": FOUND[p["doc"]],
                     "dateline_events": len(p["events"]), "spurious": SPUR[p["doc"]], "notes": notes})
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
        for o in pout: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # checks
    ev = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
    assert len(ev) == 50
    for a, b in zip(items, ev):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        v = b["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]: assert not any(v.values())
    assert len(pout) == 6
    counts = {f: sum(o["verdict"][f] for o in ev) for f in FIELDS + ["all"]}
    print("per-field right of 50:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pout), "found", sum(p["found"] for p in pout),
          "dateline", sum(p["dateline_events"] for p in pout), "spurious", sum(p["spurious"] for p in pout))
    from collections import Counter
    c = Counter(f for o in ev for f in FIELDS if not o["verdict"][f] and o["verdict"]["event"])
    print("wrong fields among real events:", dict(c))

if __name__ == "__main__":
    main()
