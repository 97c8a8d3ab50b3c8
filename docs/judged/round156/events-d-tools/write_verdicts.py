"""Judge d, round 156: write events-d.jsonl and paragraphs-d-verdicts.jsonl from the verdicts below, then check them.

usage (from docs/judged/round156): python events-d-tools/write_verdicts.py
Fields per item: event, type, source, target, date, modality (1 = right, 0 = wrong), reasons.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T = 1
F = 0
V = {
 1: (T,T,T,F,T,T, "Negated ACCUSE (never charged) is right as type and modality, source rightly empty; but 'He' is Prabowo Subianto, so the target should be Prabowo (IDN), not Joko Widodo."),
 2: (T,T,T,T,T,T, "Bolivia 'will never give up' its sea demand: coded as a negated CONCEDE (the conventions' 'RETREAT negated' reading of a refusal; REJECT would do as well); Chile is not in the sentence, so an empty target is right; Morales' statement on the verdict day."),
 3: (T,T,T,T,T,T, "Biya 'has been criticised at home': ACCUSE against Biya (CMR) by unnamed domestic critics (empty source right), a background act of unknown time with no date."),
 4: (T,T,T,T,T,T, "The United States and France condemned the bombing: ACCUSE, bombers unnamed so the target is rightly empty, reported as this news on the document date."),
 5: (T,T,T,F,T,T, "REQUEST for an inquiry by the UN human rights office is right, but Gaddafi is the subject of the inquiry, not the party asked; the sentence names no addressee, so the target should be empty (at most Libya's NTC, not Gaddafi)."),
 6: (T,T,F,F,T,T, "The rebel offensive that toppled Assad (December 2024) is an ASSAULT, but it was led by Sharaa: source should be Ahmed al-Sharaa / the rebels (SYR), not Mohammed bin Salman, and the target should be Bashar al-Assad / his government (SYR), named in the sentence."),
 7: (T,T,T,T,T,T, "A total of 13,000 killed since 2014: ASSAULT with no named attacker, victims in the Donbas war (UKR plain from the context), and no date is right for a span summed from an earlier time."),
 8: (T,T,T,F,T,T, "Ukraine's foreign ministry condemning the ban is ACCUSE, but the target cannot be Ukraine itself: it should be Russia (RUS), named in the sentence as responsible (or the Crimean authorities who imposed the ban)."),
 9: (T,T,T,T,F,T, "Police detaining a man is COERCE arrest by Samoan police; but he was detained 'at the scene' of the Friday-night shooting, so the date should be 1999-07-16, not the document date 1999-07-17."),
 10: (T,T,T,F,T,T, "The strike killing Hazem, Amir and Mohammed Haniyeh is ASSAULT on Wednesday; the sentence names no attacker ('the strike' is no party; I would code Israel, ISR, but empty is right by the rules); the target should be the three Haniyeh sons (PSE), named in the sentence, not the country Palestine."),
 11: (T,T,T,T,T,T, "Netanyahu urged Congress on Tuesday to reject the deal: REQUEST ISR -> USA, all fields right."),
 12: (T,T,T,T,T,T, "Russia 'would not accept' the cap: AGREE negated (REJECT would do equally), the cap's makers are not named in the sentence so an empty target is right; Kremlin statement reported as this news."),
 13: (T,T,T,T,T,T, "Nepal reaffirmed its commitment to the 'one China' policy: SUPPORT Nepal -> China in the joint statement at the end of the visit; right."),
 14: (T,F,T,T,T,T, "The EU froze development aid to Togo in 1993: that is a cut in aid, so the type should be SANCTION (discontinue/withdraw aid, CAMEO 162), not AID; parties and the 1993 date are right."),
 15: (T,T,T,T,T,T, "Trump accused China of stealing the drone on Saturday (2016-12-17): ACCUSE USA -> CHN, right."),
 16: (T,T,T,T,T,T, "Lahoud condemned the attack: ACCUSE by the Lebanese president, attackers unnamed so empty target right; Syria's 'denounced' is a separate act (not a duplicate)."),
 17: (T,T,T,T,T,T, "Havana 'had not agreed to the closure': a negated AGREE by the Cuban government, Russia is not named in the sentence so empty target is right; stated as this news."),
 18: (T,T,T,T,T,T, "Tusk's government has blamed Moscow for interfering in the (still running) campaign: ACCUSE POL -> RUS; Tusk for 'Tusk's government' is accepted as the Polish government (POL), and the document date as an act still going on."),
 19: (T,T,T,F,T,T, "Monteiro urged both camps to accept the ruling: REQUEST right, but the target 'camps' lacks its country: the Pires (PAICV) and Veiga (MpD) camps are plainly Cape Verdean, so the target should carry CPV."),
 20: (T,T,T,T,T,T, "Vadim Pisari shot on New Year's Day (2012-01-01): ASSAULT firearms on a Moldovan, shooter not named in the sentence so empty source right."),
 21: (T,T,T,T,T,T, "Putin at the Caspian summit with Ahmadinejad and the leaders of Azerbaijan, Kazakhstan and Turkmenistan: CONSULT multilateral, where PLOVER codes the participants as actors with no recipient, so an empty target is accepted; Tuesday 2007-10-16."),
 22: (T,T,F,F,T,T, "Abu Marzouk thanking his supporters is a SUPPORT on Monday 1997-05-05, but Abu Marzouk is a Hamas leader, so source should be Mousa Abu Marzouk (PSE/Hamas), not JOR/GOV; the supporters' country is not given, so the target should have an empty code, not JOR."),
 23: (T,F,T,T,T,T, "A federal judge ordered last October (2008-10) that the men be released, a ruling overturned: no release took place, so the type should be REQUEST (an order), not RETREAT release; the U.S. authorities holding the men are accepted as target."),
 24: (T,T,T,T,T,T, "At least a dozen killed since December in Bahrain: ASSAULT with no named attacker, BHR plain, and no date is right for a span total."),
 25: (T,T,T,F,T,T, "Howard and Clark joined a meeting with ASEAN on Tuesday (2004-11-30): CONSULT from Australia/New Zealand is right, but the target repeats the source; it should be ASEAN ('the bloc')."),
 26: (T,T,T,T,T,T, "Hernandez convicted on all counts on Friday 2024-03-08: SANCTION convict, passive with no agent so empty source right."),
 27: (T,T,T,F,T,T, "The Bahraini government (the emir's) accused foreign hands of stirring the Shi'ites: ACCUSE from BHR is right, but the sentence names Iran as the party hinted at, so the target should be Iran (IRN), not empty."),
 28: (F,F,F,F,F,F, "Spurious: 'Asked what that meant' is a reporter's question to the Omani minister, not a REQUEST between political actors (and he is the one asked); the act here is Oman's conditional THREATEN to withdraw from the GCC."),
 29: (T,T,T,F,T,T, "'The king ... was criticised earlier this year' is ACCUSE dated 2005 (right), but the king is Mswati III (SWZ), not his late father Sobhuza II."),
 30: (T,T,T,T,T,T, "ANC officials welcomed the move (Malan's charging): SUPPORT, prosecutors not named in the sentence so empty target right; document date."),
 31: (T,T,T,T,F,T, "Israel launched its West Bank offensive: ASSAULT ISR -> Palestinians right; but 'more than two weeks ago' from 2002-04-15 is before 2002-04-01, while 2002-W14 is 1-7 April; date should be late March 2002 (before 2002-04-01)."),
 32: (T,T,T,T,T,T, "Steinmeier proposed the formula in 2015: an offer/proposal is AGREE, by the German foreign minister (DEU), parties not named so empty target right, 2015 right."),
 33: (T,T,T,T,T,T, "About 4,000 UN peacekeepers patrol the buffer zone: accepted as an ongoing MOBILIZE (deployment) by UN forces with the document date (borderline: a standing state rather than a new act)."),
 34: (T,T,T,T,F,T, "Cameroon sent about 1,000 extra troops north: MOBILIZE right, but 'has since sent' is a total summed since May, so it should carry no date (at most 2014), not the document date 2014-07-28."),
 35: (T,T,T,F,T,T, "Kiev 'did not oppose its neighbour's membership': REJECT negated from Ukraine is right, but 'its neighbour' is Poland, referred to in the sentence, so the target should be Poland (POL), not empty."),
 36: (T,T,T,F,T,T, "Bensouda opened a preliminary examination in February 2018: ACCUSE investigate right, but the sentence names the parties investigated, so the target should be the Venezuelan security forces and pro-government groups (VEN), not empty."),
 37: (T,T,T,T,F,T, "Bush urged Latvia and Estonia to integrate their minorities: REQUEST USA -> LVA, EST right; but he spoke in Riga on Saturday, so the date should be 2005-05-07, not 2005-05-06."),
 38: (T,T,T,T,T,T, "Hanoi had been pressing Moscow to pay rent: REQUEST VNM -> RUS, a background act of unknown time with no date; right."),
 39: (T,T,T,T,T,T, "Davutoglu said he had called Merkel to express condolences: CONSULT phone TUR -> DEU on the day of the attack (2016-01-12); right."),
 40: (T,T,T,T,T,T, "Albania signed the SAA with the EU on Monday 2006-06-12: SUPPORT (sign agreement) ALB -> EU; right."),
 41: (T,T,T,T,T,T, "Luagalau shot dead on Friday night (1999-07-16): ASSAULT firearms on the Samoan minister, gunman not named in the sentence so empty source right."),
 42: (T,T,T,T,T,T, "Gilani condemned the attacks: ACCUSE from PAK; the gunmen of the lead sentence are clearly the party condemned (the attackers), so the target is accepted; Friday 2010-05-28."),
 43: (T,T,T,T,T,T, "Poilievre called for an immediate election: REQUEST from the Canadian opposition leader, no addressee named so empty target right; Monday 2025-01-06."),
 44: (T,T,T,T,F,T, "Dzhemilev urged his supporters to avoid violence: REQUEST right (supporters accepted as UKR); but the standoff was on Saturday, so the date should be 2014-05-03, not the document date 2014-05-04 (a Sunday)."),
 45: (T,T,F,F,T,T, "The senators are Philippine: source should be the Philippine senators (PHL/LEG), not CHN; 'the government' they called on is the Philippine government (PHL), not China's."),
}

PARAS = {
 "h55-x213-09": dict(coder_events=[
     "SUPPORT: Albania (ALB) -> European Union (EU), signed the Stabilisation and Association Agreement, 2006-06-12",
     "THREATEN: EU officials (EU) -> Albania (ALB), warned the road to membership would be long unless it cracked down on crime and corruption, 2006-06-12"],
     found=2, dateline_events=2, spurious=0,
     notes="Both found with the right type and right parties. The warning is a soft conditional; REQUEST (a demand to crack down) would also be defensible, THREATEN accepted."),
 "h55-x216-01": dict(coder_events=[
     "ASSAULT: French naval commandos (FRA) -> Greenpeace's Rainbow Warrior II crew (Greenpeace, no code), stormed the ship firing tear gas into the wheelhouse (crowd-control), 1995-07-09",
     "COERCE: French naval commandos (FRA) -> Greenpeace (no code), seized the ship (seize), 1995-07-09"],
     found=0, dateline_events=0, spurious=0,
     notes="Dateline found nothing in this lead. 'On Sunday' is 1995-07-09 (the document date 1995-07-10 is a Monday)."),
 "h55-x215-18": dict(coder_events=[
     "SANCTION: Senegal's special court (SEN) -> Karim Wade (SEN), sentenced to six years and fined 138 billion CFA francs (convict), 2015-03-23"],
     found=1, dateline_events=2, spurious=1,
     notes="e1 (sentenced) is right. e2 ('ordered' to pay a fine) is the same sentencing act coded twice from the same sentence, a duplicate, and it also names the wrong target (Abdoulaye Wade instead of Karim). The party's nomination of Karim is an internal party act, not coded."),
 "h55-x215-20": dict(coder_events=[
     "CONCEDE: ICC appeals chamber (ICC) -> Jean-Pierre Bemba (COD), overturned his war crimes conviction (easing a legal sanction, CAMEO 081), 2018-06-08"],
     found=0, dateline_events=0, spurious=0,
     notes="Dateline found nothing. The type for overturning a conviction is not settled; CONCEDE per CAMEO 081 (RETREAT release would be a second reading)."),
 "h55-x213-14": dict(coder_events=[
     "PROTEST: Croatian war veterans (HRV) -> Croatian government (HRV), tore down the Cyrillic signs in protest at the government's plan (riot: property damage), 2013-09-02"],
     found=0, dateline_events=0, spurious=0,
     notes="Dateline found nothing. 'On Monday' is 2013-09-02 (document date 2013-09-03, a Tuesday); the protest is aimed at a government plan, so the Croatian state is the target."),
 "h55-x215-23": dict(coder_events=[
     "ACCUSE: Guinean court (GIN, not named) -> Moussa Dadis Camara (GIN), went on trial over the stadium massacre (allege: bring to trial), 2022-09-28",
     "ASSAULT: Guinean security forces (GIN) -> opposition supporters at a peaceful rally (GIN), opened fire, the 2009 stadium massacre (massacre/firearms), 2009-09-28"],
     found=1, dateline_events=1, spurious=0,
     notes="e1 (opened fire) is found with the right type and parties, but dated 2022-09-28; '13 years to the day' before puts it at 2009-09-28. The trial (ACCUSE) was missed."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]

def main():
    items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
    assert len(items) == 45 and [i["n"] for i in items] == list(range(1, 46))
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        if not verdict["event"]:
            verdict = {f: False for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
    with open(HERE / "events-d.jsonl", "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
    with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as fh:
        for p in paras:
            d = PARAS[p["doc"]]
            assert d["dateline_events"] == len(p["events"]), p["doc"]
            fh.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
    # checks
    back = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
    assert len(back) == 45
    for a, b in zip(items, back):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        vv = b["verdict"]
        assert vv["all"] == all(vv[f] for f in FIELDS)
        if not vv["event"]:
            assert not any(vv.values())
    pv = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
    assert len(pv) == 6
    counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
    print("per-field right (of 45):", counts)
    print("paragraphs: coded acts", sum(len(p["coder_events"]) for p in pv),
          "found", sum(p["found"] for p in pv),
          "dateline events", sum(p["dateline_events"] for p in pv),
          "spurious", sum(p["spurious"] for p in pv))

if __name__ == "__main__":
    main()
