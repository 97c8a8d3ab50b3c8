"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's verdicts (round 122), then check them."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

# n -> (fields judged wrong, reasons); "SPURIOUS" marks a non-event
V = {
 1: ([], "Foley (USA) shot dead in 2002: ASSAULT with no attacker named in the sentence (empty source right), year date right."),
 2: (["date"], "THREATEN Trump -> China over tariffs is right, but the threat was made 'during the campaign', a background act before the 5 Nov vote; the date should be empty (at most 2024), not the document date 2024-11-07."),
 3: ([], "Opposition groups (RUS) urged an election boycott: REQUEST with no addressee named (empty target right); 'have urged' reported as current news, document date right."),
 4: ([], "Generals (TUR military) asked the government to watch over Islamist-funding firms: REQUEST, right parties; the list came from the Friday meeting reported in Saturday's statement, so the document date 1997-03-01 is accepted."),
 5: ([], "Howard (AUS) criticised in the 1980s: ACCUSE with no critic named (empty source right); '198' is the ISO decade for 'in the 1980s'."),
 6: ([], "Beijing (CHN) willing to work with Taiwan (TWN): AGREE, right; undated statement reported as news takes the document date. (reported_by Taiwan Affairs Office is coded TWN but is China's office, CHN; not a scored field.)"),
 7: ([], "Kuwait's highest court upheld convictions of 20+ mostly Kuwaiti people 'last month' = 2017-06: SANCTION convict, all right."),
 8: ([], "The US had pledged emission cuts (AGREE, a commitment under the Paris pact), background pledge with no date in the text: empty target and unknown date right."),
 9: (["date"], "Banzer (BOL) asked Bolivians to support his successor: REQUEST right, but the request was made in his address on independence day, the Monday he resigned; date should be 2001-08-06, not 2001-08-07."),
 10: ([], "Ivanic (Serb Republic, BIH) condemned the attack: ACCUSE; the sentence names only 'the attack', so empty target is right; document date right."),
 11: ([], "International officials (no country) accused Bosnian Serb authorities (BIH) on Tuesday 2001-05-08: ACCUSE, all right."),
 12: ([], "Russia had urged Smirnov (Transdniestria leader, coded MDA) not to seek a fifth term: REQUEST; background with no date, unknown date right."),
 13: (["date"], "India (IND) banned Pakistani (PAK) flights: SANCTION right, but the ban is a background act taken after the 13 December attack, not this news; date should be empty (undated, late December 2001), not the document date 2002-01-05."),
 14: (["type"], "The Commission said Frontex teams would be deployed to help Lithuania: a pledge of police/border assistance, AGREE by the conventions (AID once given); MOBILIZE/troops is wrong (Frontex are border guards sent to assist another state). Source, empty target, no date and future modality are right for the deployment as coded."),
 15: ([], "Manigat (HTI) did not immediately concede: CONCEDE negated on the day of the results, 2011-04-04; right."),
 16: (["target"], "'The mayor was arrested': the target should be the Welfare mayor of Sincan (TUR), not the Iranian ambassador (the envoy only left the country); type, empty source, undated and asserted are right."),
 17: ([], "Castaneda denied that Mexico had asked Castro (CUB) to leave: REQUEST Mexico -> Castro negated, undated; right."),
 18: ([], "King Willem-Alexander (NLD) due to visit Moscow next month: CONSULT visit, future, 2013-11; right."),
 19: (["SPURIOUS"], "Spurious: 'what it calls an anti-terrorist operation' is naming, not an accusation; the codeable acts in the sentence are Kiev's offensive (ASSAULT) and Poroshenko ending the ceasefire."),
 20: ([], "An international tribunal (no seat given) rejected China's sea claims in July 2016: REJECT accepted (a coder could also argue SANCTION convict for an adverse ruling); all fields right."),
 21: ([], "In December 2022 the Taliban (AFG) barred women (AFG) from universities: COERCE, 2022-12, right."),
 22: (["source", "date"], "Schuessel (AUT) welcomed the lifting: SUPPORT right, empty target right; the source should be Schuessel alone (the extra party 'whose conservative People's Party' is a relative-clause fragment, not the actor); the date should be 2000-09-13 (the document date; the lifting was Tuesday 2000-09-12), not 2000-02, which is when the coalition formed."),
 23: (["target"], "Thousands (TUR) marched on Sunday night against the PKK: PROTEST right, but its aim is the PKK, not the state, so the target should be the PKK (TUR) or empty, not Turkey."),
 24: (["target"], "World leaders condemned the attack: ACCUSE; the sentence names only 'the attack', so the target should be empty (or the attacker Tarrant coded AUS, an Australian); Tarrant coded NZL is wrong."),
 25: ([], "The two officers (GMB) detained on Friday 1995-01-27: COERCE arrest with no arrester named (state radio is the reporter), right."),
 26: ([], "Protesters (CHN) took to the streets over the weekend (2022-W47 weekend) against COVID curbs, calling on Xi to step down: aim is the authorities, so Xi (CHN) is a right target; all right."),
 27: (["date"], "Arab leaders (no country) reaffirmed support for a Palestinian state: SUPPORT right, but the declaration was issued when the summit ended on Monday; date should be 2016-07-25, not the document date 2016-07-26."),
 28: ([], "Blair (GBR) said he would step down as MP: RETREAT resign future, undated; right by the conventions ('is to step down' is future)."),
 29: ([], "EU officials called on the Georgian authorities (GEO) to respect the right to protest: REQUEST, document date, right (a distinct request from e4's call for restraint)."),
 30: (["target"], "Opposition lawmakers (KOR) demanded an inquiry: REQUEST right, but the target should be the South Korean government / foreign ministry (KOR), whose failure is to be investigated, not the hostage Kim Sun-il."),
 31: (["date"], "Algerian officials (DZA) blamed Retailleau (FRA): ACCUSE right, but this reaction is reported as this news with no date in the text; date should be the document date 2025-04-15, not empty."),
 32: ([], "Talabani (IRQ) called on the PKK (TUR) to lay down arms: REQUEST, document date; right."),
 33: (["date"], "Kiev has 'at times' accused Budapest: ACCUSE UKR -> HUN right, but this is a recurring background accusation; the date should be empty, not the document date 2017-09-27."),
 34: ([], "Hungarian opposition (HUN) has accused Budapest of being too soft: ACCUSE, reported as current, document date right."),
 35: ([], "63 lawmakers (NPL) backed Dahal (NPL) in Friday's confidence vote, 2024-07-12: SUPPORT accepted (approval of an actor); right."),
 36: ([], "Retailleau (FRA) has been pushing Algeria (DZA) to take back nationals: REQUEST, ongoing, document date; right."),
 37: ([], "Rights groups (no country) accused the Ugandan authorities (UGA) of intimidating critics: ACCUSE; no date in the text (context points to around September), unknown date right."),
 38: (["source"], "Fighters (rebels, UKR) killed as they broke through government lines: ASSAULT right, date 2014-07-05 right; the source should be the Ukrainian government forces (UKR), referred to in the sentence by 'government lines', not empty."),
 39: ([], "Serfaty (MAR) thanked King Mohammed VI (MAR) on his return Thursday 1999-09-30: SUPPORT, right."),
 40: ([], "Ravalomanana (MDG) sentenced in absentia in August 2010: SANCTION convict, no court named; right."),
 41: (["target"], "Campaigners (IRL) complained that Ireland had been asked to vote again: ACCUSE right, but Ireland is the party asked, not the party criticised; the askers are not named, so the target should be empty (or the EU/government)."),
 42: (["type"], "North Korea demolished its own Yongbyon cooling tower to show it is giving up its nuclear programme: RETREAT (disarm), not ASSAULT; source PRK, empty target, 2008-06-27 and asserted are right."),
 43: (["source"], "Others arrested in recent days: COERCE right, target and unknown date accepted; the source should be the Jordanian authorities (JOR), named in the sentence as the ones who made the arrests, not empty."),
 44: ([], "The ICC opened an investigation in Mali in 2013: ACCUSE investigate, IGO code ICC, empty target right (no party named), 2013; right."),
}

PARAS = {
 "h38-x145-22": (["COERCE: Lithuania (LTU) -> none, declared a state-level emergency over migrants from Belarus, 2021-07-07",
                  "ACCUSE: Lithuania (LTU) -> Alexander Lukashenko (BLR), accused of steering migrants to the EU border, 2021-07-07"],
                 2, 0, "Both acts found with the right type (dateline's Belarus target for the emergency is arguable but targets do not count here)."),
 "h38-x145-03": ([], 0, 0, "An election result (Poplasen defeats Plavsic) and the OSCE releasing results: no PLOVER act; 'Western-backed' is an attribute, not an act of this news."),
 "h38-x147-20": (["SUPPORT: Uganda's parliament (UGA) -> Yoweri Museveni (UGA), voted to remove the presidential age limit opening his way to a sixth term, 2017-12-20"],
                 0, 0, "dateline coded the vote as CONCEDE: the same act with the wrong type (no concession to an adversary, and enacted, not promised), so not spurious but not found. Some coders would code no event for a domestic legislative vote."),
 "h38-x148-04": (["COERCE: Malaysian authorities (MYS) -> Anwar Ibrahim (MYS), jailing (background, undated)"],
                 0, 0, "The election result and the opposition 'capturing' a state are not PLOVER acts; the only act is the background jailing of Anwar, which dateline did not code."),
 "h38-x145-17": (["ASSAULT: Ukrainian government forces (UKR) -> pro-Russian separatists (UKR), took Slaviansk and raised the flag, 2014-07-05",
                  "RETREAT: pro-Russian separatists (UKR) -> none, pulled out of Slaviansk overnight, 2014-07-05"],
                 0, 0, "Armed forces taking ground is ASSAULT by the conventions; dateline has no event in the lead."),
 "h38-x146-18": (["COERCE: Egyptian army (EGY) -> Mohamed Mursi (EGY), removed him from power (background coup, 'more than two years' earlier, undated)"],
                 0, 0, "Turnout and the critics' remark on apathy are not acts; only the background removal of Mursi is codeable (a coup; COERCE is the closest PLOVER type), not coded by dateline."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 44 and set(V) == {i["n"] for i in items}
    out = []
    for it in items:
        wrong, why = V[it["n"]]
        if "SPURIOUS" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        out.append({**it, "verdict": v, "reasons": why})
    with open(HERE / "events-b.jsonl", "w") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as fh:
        for p in paras:
            ev, found, spur, notes = PARAS[p["doc"]]
            fh.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                                 "dateline_events": len(p["events"]), "spurious": spur,
                                 "notes": notes}, ensure_ascii=False) + "\n")

    # checks
    back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
    assert len(back) == 44
    for it, o in zip(items, back):
        assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
        v = o["verdict"]
        assert v["all"] == all(v[f] for f in F)
        if not v["event"]:
            assert not any(v.values())
    pv = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
    assert len(pv) == 6
    counts = {f: sum(o["verdict"][f] for o in back) for f in F + ["all"]}
    print("per-field right (of 44):", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    from collections import Counter
    c = Counter(f for o in back for f in F if not o["verdict"][f] and o["verdict"]["event"])
    print("errors on real events by field:", dict(c))


if __name__ == "__main__":
    main()
