"""Round 51, judge b: verdicts on the 60 sampled events (events-b-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event (not an event, or a duplicate of an act
already coded from the same sentence) is false in all six fields. Scored by docs/judged/CONVENTIONS.md.

usage (from docs/judged/round51): python events-b-tools/write_verdicts.py
writes events-b.jsonl and prints the per-field table.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (["target"],
        "The act is the sanctions the U.S. reimposed (trigger 'cutting' names their effect; no other SANCTION "
        "from this sentence, so not a duplicate). Target: Iran, named in the sentence ('Iran's economy'), is the "
        "party sanctioned; empty is wrong. Type SANCTION kept (codebook: curtail commercial exchanges). "
        "Date 2018 from 'last year' right."),
    2: (["target"],
        "Police officer burned to death in Juliaca, Peru: the target's country is PER, not USA. Source empty right "
        "(no agent in the sentence). 'Overnight', reported as this news: document date right."),
    3: ([], "All right: protesters' accusation against the Serbian government, reported as this news."),
    4: (["date"],
        "The Supreme Court rejected the plea 'hours' before the 10 p.m. execution, which the lead puts 'late on "
        "Thursday' = 2013-12-12; dateline gave the document date 2013-12-13."),
    5: ([],
        "All right: a promise that the election would be free and fair is AGREE (CAMEO 034, intent to reform); a "
        "background act of unknown time, so no date is right; no addressee named, empty target right."),
    6: (["target"],
        "The gunmen stormed the mall: the target is the mall / its shoppers (Kenyan civilians), not al-Shabaab, "
        "the attackers' own group. Source 'gunmen' with empty country accepted: the text does not give the "
        "gunmen's nationality. Saturday midday = 2013-09-21 right."),
    7: ([],
        "All right: rallies on Sunday = 2014-05-11; anti-China rallies at home aimed at China, so the Vietnamese "
        "state is not the target and empty is right; the protesters are not named, empty source right."),
    8: ([], "All right: Abadi is kinded as an organization, but the party and its country (IRQ) are right."),
    9: (["date", "modality"],
        "The PKK announced 'later on Saturday' (2015-10-10, the document date) that it was suspending operations: "
        "the text gives the date, null is wrong. 'Unless attacked' is the condition of a suspension declared and "
        "under way: asserted, not hypothetical (cf. the conventions on an offer whose condition states its terms). "
        "Target empty right (the state is not named)."),
    10: (["target"],
         "'Morocco has not recognised it': 'it' is the SADR, named in the same sentence, so the target is the SADR; "
         "empty is wrong. A negated recognition kept as an event with negated modality (right)."),
    11: (["source"],
         "'a claim his supporters called absurd': the source is Kasparov's supporters; dateline adds Kasparov "
         "himself as a co-source, a wrong party. ACCUSE disapprove for calling the police claim absurd accepted "
         "(a denial might be coded otherwise, but CAMEO's denials have no PLOVER event)."),
    12: (["target"],
         "Rouhani warned that the government would not allow 'insecurity': the warning is aimed at rioters (not "
         "named); the Iranian government is the threatener's own side, not the target (empty would be right)."),
    13: (["source"],
         "Abkhazia's parliament accepted the resignation; dateline adds 'Georgia' (the Georgian state, which had no "
         "part in it) as a co-source, and labels the parliament with words from the next sentence. GEO for "
         "Abkhazia's parliament accepted; AGREE for accepting a resignation accepted."),
    14: (ALL,
         "Duplicate: the march is already coded as e1 (PROTEST 'marched') from the same sentence; 'to protest' is "
         "the purpose of the same march."),
    15: ([],
         "All right: 'duty Turkish policeman' is a clipped 'off-duty Turkish policeman' (right party, TUR); 'the same "
         "day' = Monday = 2016-12-19."),
    16: ([], "All right."),
    17: (["target", "date"],
         "Talks between Pence and Pompeo (both U.S.) and the Mexican delegation: Pompeo is on the source's side and "
         "is wrongly a target (the Mexican delegation is right). Date: the deal was struck by Friday 7 June (Trump "
         "spoke 'late on Friday') after three days of talks; the document date, Saturday 8 June, falls after them."),
    18: ([],
         "All right by the references: an import restriction is CAMEO 163 (embargo), which CAMEO2PLOVER maps to "
         "COERCE restrict (I would code SANCTION, see notes). 'had already restricted': earlier act of unknown time, "
         "no date right. HKG right for Hong Kong."),
    19: (["target"],
         "'those responsible' refers to the perpetrators of the Kampala blasts, named in the previous sentence "
         "(claimed by Islamic State; the lead blames the ADF): the target is that party and empty is wrong. "
         "Date: 'after the blasts', no day given: unknown accepted."),
    20: (["date"],
         "The killing of Gen. Seare is this news (Saturday night, before Abiy's address after midnight; at the "
         "least the document date 2019-06-23): null is wrong. Source empty right (the bodyguard is named only in "
         "the lead)."),
    21: ([], "All right: agreeing to open accession talks = AGREE (CAMEO 036); Thursday = 2023-12-14."),
    22: ([],
         "All right: endorsing the price rise = SUPPORT; the government whose measure it is is not named in the "
         "sentence, empty target right."),
    23: (["target"],
         "'the Justice Ministry accused it': 'it' is the group, Al-Wefaq; the target is Al-Wefaq, not the court. "
         "Date 'last month' accepted."),
    24: ([], "All right."),
    25: (["type", "target"],
         "The NPC Standing Committee passing the Hong Kong security law is not SUPPORT of China (its own state): "
         "the act is a restriction imposed on Hong Kong (COERCE restrict, China -> Hong Kong; 'the law' is the law "
         "for Hong Kong). Date Tuesday 2020-06-30 right."),
    26: ([], "All right: future ban with no date, unknown right; the public is not named, empty target right."),
    27: (["source", "target"],
         "Direction reversed: the AU (39 of its 54 members) approved Morocco's return; the source should be the AU, "
         "the target Morocco. Monday 2017-01-30 right."),
    28: ([], "All right: martial law = COERCE (the mode label 'curfew' is not scored); Sunday 2020-09-27."),
    29: (ALL,
         "Not an event: 'Some protesters had also flown to Singapore' is travel by protesters, not a diplomatic "
         "visit (CONSULT) nor any act toward Singapore."),
    30: (ALL,
         "Duplicate: the clashes in which 17 people were killed are the act already coded as e1 (ASSAULT 'killed') "
         "from the same sentence. (Had it stood, both parties' country would have had to be PER.)"),
    31: ([],
         "All right: 'his party' = Khan's PTI, resolved to a Pakistani party (right country). A call for protests "
         "coded PROTEST, Sunday 2022-04-10 (PLOVER sends protests that make demands to PROTEST, not REQUEST); a "
         "reader might want the protest itself as future."),
    32: (["date"],
         "Museveni defied the warnings by signing the law on Monday, 'a day' before the donors spoke (2014-02-24); "
         "dateline gave the document date 2014-02-25. REJECT (defy, CAMEO 128) and target U.S. right (European "
         "capitals missing)."),
    33: (["source", "target"],
         "'the two countries' refers to Armenia and Azerbaijan: the clash is mutual between them; empty source and "
         "target are wrong. July 2020 right."),
    34: (["target"],
         "The note backed self-determination 'for the Kabyle people', named in the sentence: they are the target; "
         "empty is wrong. Source country MAR right (sector not scored)."),
    35: ([],
         "All right: a signed bilateral ceasefire coded RETREAT ceasefire (CAMEO 0871 -> RETREAT); mutual parties; "
         "Friday 2023-06-09."),
    36: (["date", "modality"],
         "The suspension took 'immediate effect' (lead: 'an immediate ban'): imposed on the day, 2023-08-24, "
         "asserted; not a future act of unknown date."),
    37: ([], "All right: Security Council demand, Friday 2004-07-30."),
    38: (["date"],
         "The strike hit 'early on Sunday' (Biden, previous paragraph) = 2022-07-31; dateline gave the document date "
         "2022-08-02. Source and target empty right (Mujahid names neither)."),
    39: (["target", "date", "modality"],
         "Biden said it was 'unlikely' that the missile had been fired from Russia: Russia is the suspected origin, "
         "not the target (empty would be right); the act as coded is held unlikely (hypothetical), not asserted; the "
         "missile was fired on Tuesday 15 Nov (text), not at an unknown time."),
    40: (["type"],
         "Barring international observers and foreign journalists from the trial is a restriction of access by the "
         "authorities: COERCE (restrict / censor), not SANCTION (reduction of relations; CAMEO 1662 is expelling "
         "inspectors from a country). Source empty right (no agent named); parties right with empty country."),
    41: (ALL,
         "Not an event: 'what it called Russian occupation' is the rebels' name for Russian rule in Dagestan inside "
         "their appeal, not an act of seizing or occupying reported by the text."),
    42: (["type"],
         "Removing South Korea from the list of trusted trading partners is a trade restriction against South Korea "
         "(SANCTION discontinue, or COERCE restrict by CAMEO 163), not SUPPORT: what the cabinet approved is Japan's "
         "own measure against South Korea."),
    43: (["type"],
         "'his government would continue working with the United Nations' is a stated commitment to cooperate: AGREE "
         "(codebook: indicate willingness or commitment to cooperate; conventions, wave 76), not COOPERATE. Future "
         "modality and no date left right for the act coded."),
    44: ([],
         "All right: Venezuelans' denunciations still going on when the story is told take the document date; the "
         "accused party is not named (only 'abuses'), empty target right."),
    45: (["source"], "The urging is by Polisario officials; the source 'Africa' is wrong."),
    46: (["target", "date"],
         "'Talks with the group' = the ELN, referred to in the sentence: empty target is wrong. Date: Duque "
         "suspended the talks after the 2019 car bombing (2019), not the document date."),
    47: (ALL,
         "Duplicate: 'throwing stones and burning tyres' is the clash with police already coded as e5 (ASSAULT "
         "'clashed') from the same sentence. (Its source also wrongly adds India.)"),
    48: ([],
         "All right: Friday's strikes = document date; target Houthi fighters (YEM); the striking powers are not "
         "named in the sentence, empty source right."),
    49: (["target"], "The man arrested in June is Jirair Sefilian, not the Armenian government."),
    50: (ALL,
         "Duplicate: the tractor rally is the farmers' protest already coded as e1 (PROTEST 'protesting') from the "
         "same sentence."),
    51: ([],
         "All right: 'officials in Pristina' coded as Kosovo officials (XKX), a right party (Tirana's officials are "
         "missing)."),
    52: ([], "All right: Mexico resisting a U.S. demand = REJECT MEX -> USA, reported by Ebrard."),
    53: (["target"],
         "'demanded that the commission delay': the Electoral Commission, referred to in the sentence, is the target; "
         "empty is wrong. Source 'his party' (Zuma's MK) resolved to a South African party accepted; date null for a "
         "demand of unstated day before the announcement accepted."),
    54: ([],
         "All right: 'We shall not relent' = CONCEDE negated (equivalently a REJECT of de-escalation); no target "
         "named; undated future act."),
    55: ([], "All right."),
    56: (["target"],
         "The pledge of help is to 'families whose homes had been destroyed', named in the sentence: empty target is "
         "wrong. AGREE for a pledge of aid right (wave 76); Monday evening = 2006-08-14."),
    57: (["target", "modality"],
         "Borisov said the government 'would move to revoke' CEZ's licence: future, not asserted. The target is the "
         "Czech utility CEZ (a company, CZE), not the Czech Republic. Date of the announcement (Tuesday) accepted."),
    58: ([],
         "All right: the sentence refers to Algeria's decision and reasons but names no party, so the empty target "
         "is right (Algeria would also be right, clearly the party acted upon)."),
    59: ([],
         "All right: beatings during the unrest that ran into the early hours of Wednesday; document date accepted."),
    60: ([],
         "All right: the protests began on March 30 (date the text gives); protesters not named; the aim is the "
         "right of return to land in Israel, not the Gaza authorities, so empty target is right."),
}


def main():
    items = [json.loads(line) for line in open(HERE / "events-b-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61)), "need a verdict for each of 60 items"
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), (it["n"], false)
        if "event" in false:
            assert set(false) == set(FIELDS), (it["n"], "spurious event must be false in all fields")
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(HERE / "events-b.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    n, nr = len(out), len(real)
    print(f"events-b.jsonl: {n} events, {n - nr} spurious, {nr} real")
    print(f"{'field':10} {'right/60':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:>6}/{n} {100 * a / n:6.1f} {b:>8}/{nr} {100 * b / nr:6.1f}")


if __name__ == "__main__":
    main()
