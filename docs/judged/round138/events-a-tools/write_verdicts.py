"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's verdicts below.

Fields wrong per item are listed by letter: t=type s=source g=target d=date m=modality;
SPUR = spurious (not an event: false in every field).
usage: python3 events-a-tools/write_verdicts.py
"""
import json

V = {
 1: ("tg", "'Dismissed the forum' is disapproval of the forum, not a rejection of any request: type should be ACCUSE (disapprove); target should be the forum, the European Political Community (no code), not Moldova, which is only the party said to be dragged."),
 2: ("gd", "Target should be China/Xi (CHN), whose carbon-trading announcement ('a move') the White House hailed; date should be 2015-09-25, the Friday of the summit (2014-12 is wrong: the December is the 2015 Paris talks, not the hailing)."),
 3: ("dm", "CONCEDE is the promise of a future concession (codebook: 'make a promise of future concessions'), and the promise was made: modality should be asserted (reported_by Orban) and the date 2020-03-30, the Monday he told parliament before the vote. Type, source (Orban's government, HUN) and empty target are right."),
 4: ("tsd", "Mass expulsion of three million Sudeten Germans is ASSAULT (cleansing: mass expulsions), or at most COERCE deport, not SANCTION expel; source should be the Czechoslovak government (named in the sentence) and the date 1945-46, 'after World War Two', not 2013-01-26. Target Sudeten Germans as DEU accepted."),
 5: ("", "Right: 'Peru will not comply' with the court's order is a REJECT by Peru, asserted; the court is not named in the sentence, so an empty target is right, and the time of the statement ('has said') is not given."),
 6: ("", "Right: the police captain (MMR) was sentenced (SANCTION convict); no sentencing party named, and 'later' gives no date."),
 7: ("", "Right: Mbeki congratulated his rival, Zuma, by description with the right country (ZAF), on 2007-12-18, the Tuesday of the vote."),
 8: ("g", "Target should be Croatia (HRV): the welcomed vote is Croatia's referendum and Croatia is named in the sentence; type, source, date and modality are right."),
 9: ("d", "Date should be 2002-09-19: the bombing was on Thursday, hours before the army surrounded the compound on Thursday night, not on the Sunday of the report. Type, parties (Hamas bomber PSE, six people in Tel Aviv ISR) right."),
 10: ("", "Right: Russian officials accuse Grozny (the Chechen separatist government, RUS) of harbouring armed groups; an ongoing accusation takes the document date."),
 11: ("g", "Campaigning against the military-drafted constitution and for cuts to the army budget is an ongoing disapproval (ACCUSE, document date) but its target is named: the Thai military (THA), not empty. (Borderline as a background party stance.)"),
 12: ("", "Right: China's vice foreign minister summoned Japan's ambassador to protest (ACCUSE) on Thursday 2025-11-13."),
 13: ("d", "Klaus's (eventual) signing of the Lisbon Treaty is dated by the text: 2009 ('delayed signing ... until 2009'), not the document date 2013-01-26."),
 14: ("tg", "A U.S. proposal that Israel hand over more West Bank land is a request to Israel: type should be REQUEST (change), not AGREE, and the target should be Israel (ISR), named in the sentence. A standing proposal with the document date accepted."),
 15: ("", "Right: the two Myanmar reporters were arrested (COERCE arrest) in December 2017; the arresting party is not named."),
 16: ("", "Right: Smirnov (Transdniestria, MDA) dismissed the EU Border Assistance Mission (EUR) as an attempt to strangle the region: ACCUSE, on the day of the launch."),
 17: ("", "Right: Israel recognised Morocco's sovereignty (SUPPORT recognition), announced by the palace on Monday 2023-07-17."),
 18: ("", "Right: Moscow's pledge to help supply the Armenian army with weapons is AGREE (offer of aid), asserted, on Friday 2010-08-20."),
 19: ("", "Right: the Congress party (one of the three named backers) backed Narayanan (SUPPORT) in the election decided on the document date."),
 20: ("", "Right: Egypt's parliament approved the island deal with Saudi Arabia (SUPPORT, ratify) on Wednesday 2017-06-14."),
 21: ("", "Right: tightened security at U.S. military sites is MOBILIZE (raised readiness); the sentence does not say who tightened it (U.S. officials only report it), so empty source and target are right."),
 22: ("", "Right: Macron and Scholz met Vucic and Osmani (CONSULT) at the summit on 2023-06-01."),
 23: ("", "Right: Israel's withdrawal of settlers and troops from Gaza (RETREAT withdraw), dated last month, 2005-08, asserted."),
 24: ("", "Right: Armenia's Defence Ministry demanded the suspect be severely punished (REQUEST); the party asked (Hungarian justice) is not named in the sentence, so an empty target is right."),
 25: ("SPUR", "Spurious: 'the agreement did not oblige Belgrade to give up its claim to Kosovo' describes a treaty's terms; no concession is made, promised or refused."),
 26: ("gd", "Target should be the 'troublemakers' loyal to the old order (TUN), named in the sentence; the text gives no day for the ministry's statement, so the date should be the document date 2011-02-27, not Saturday 2011-02-26."),
 27: ("", "Right: Bainimarama (FJI) seized power in a coup in December 2006, coded ASSAULT as armed forces taking power (COERCE would fit a bloodless coup as well); the ousted government is not named."),
 28: ("", "Right: Wickremesinghe called on supporters (LKA) to take to the streets (REQUEST), at the news conference reported as this news."),
 29: ("gd", "'He has been convicted' is Lula's conviction: target should be Lula (BRA), not his lawyer Zanin Martins (the speaker); the text dates the conviction Wednesday 2017-07-12, not the document date."),
 30: ("d", "Date should be the week of 1995-06-26 ('clashed ... this week'): Friday 1995-06-30 is the day Sudan said it, not the day of the attack. Type, parties (Egyptian troops -> Sudan's police post, SDN) and asserted are right."),
 31: ("t", "A walkout of lawmakers in protest is PROTEST (boycott), not SANCTION withdraw (a state leaving an organisation); source, target (Fujimori's government's move, PER) and date (Wednesday 1999-07-07) are right."),
 32: ("", "Right: Lula (BRA) convicted (SANCTION convict) on Wednesday 2017-07-12; no convicting party in the sentence."),
 33: ("", "Right: the junta holds talks with Aung San Suu Kyi (CONSULT), ongoing, document date."),
 34: ("", "Right: Lithuanian and Polish officials accused Minsk (Belarus government) of silencing critics (ACCUSE), reported as this news."),
 35: ("", "Right: police (TUN) fired tear gas at crowds (ASSAULT crowd-control); the text dates it Friday and Saturday, and Friday 2011-02-25 is accepted."),
 36: ("", "Right: Azerbaijani officials' repeated warnings that they could use force (THREATEN), no target named (Karabakh is a place), no date given."),
 37: ("td", "Fico's campaign pledge to halt military aid to Ukraine is not a commitment to cooperate: type should be THREATEN (CAMEO 1311, threaten to stop aid) or a promised SANCTION, not AGREE; date should be 2023, the campaign before his October 2023 return, not the document date."),
 38: ("SPUR", "Spurious: 'a police ombudsman now investigates complaints' (a government claim) describes an institution's routine role, with no act between actors."),
 39: ("", "Right: Prime Minister Rwigema stepped down (RETREAT resign) last month, 2000-02."),
 40: ("tsg", "Launching a mission to help Moldova and Ukraine police their border is aid put in place (AID, police assistance), not AGREE; source should be the European Union (EUR), the launcher, not the mission itself; target should be Moldova and Ukraine (MDA, UKR), not 'mission'. Date and modality right."),
 41: ("tg", "Dismissing Pompeo's speech is criticism: type should be ACCUSE (disapprove), not REJECT; target should be the United States/Pompeo (USA), named in the sentence ('the United States', 'Washington')."),
 42: ("", "Right: parliament (RWA) accused Rwigema of mismanagement (ACCUSE), just before his February 2000 resignation; 2000-02 accepted."),
 43: ("s", "Source should be Australia (AUS): Foreign Minister Smith announces his own government's expulsion of Fiji's envoy 'in Canberra'; type, target, future modality and no date are right."),
 44: ("g", "Target should be the Indian government (IND), named in the sentence ('said the government's win had been bought'); type, source, date, modality right."),
 45: ("", "Right: the U.S. and EU called for a probe and urged the Lesotho army to stay out of politics (REQUEST), one request event for the sentence; reaction dated the document date."),
 46: ("", "Right: gunmen (no country in the sentence) opened fire on Mubarak's motorcade (ASSAULT) four days before the report, 1995-06-26."),
 47: ("gd", "Parvanov's dropping of the party's opposition to NATO membership (CONCEDE accepted; SUPPORT to NATO also fits) targets NATO (NATO), not his own party; it is a background act since 1997 with no date in the text, so the document date is wrong (should be no date)."),
}

KEYS = {"t": "type", "s": "source", "g": "target", "d": "date", "m": "modality"}

P = [
 {"doc": "h46-x180-23",
  "coder_events": [
   "REJECT: Vanuatu Supreme Court (VUT) -> Ishmael Kalsakau (VUT), upheld his ouster / rejected his challenge, date not given (before 2023-09-04)",
   "ACCUSE: opponents (VUT) -> Ishmael Kalsakau (VUT), said his security pact with Australia compromised Vanuatu's neutrality, background, no date"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Parliament electing Kilman is an election, not a PLOVER act (not coded); the Australia pact appears only as a noun phrase ('whose security agreement') and is not coded from this paragraph."},
 {"doc": "h46-x177-21",
  "coder_events": [
   "COERCE: Hungarian parliament (HUN) -> none, gave Orban indefinite rule-by-decree emergency powers (state of emergency), 2020-03-30",
   "REJECT: Hungarian parliament (HUN) -> opposition (HUN) and European rights bodies (no code), brushed aside their warnings, 2020-03-30",
   "ACCUSE: opposition (HUN) and European rights bodies (no code) -> Hungarian government (HUN), warned the law was a threat to democracy, before the vote (no date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in the lead. The emergency powers could alternatively be coded SUPPORT (parliament approves Orban); it is counted once."},
 {"doc": "h46-x177-19",
  "coder_events": [
   "COERCE: Turkish warships (TUR) -> Eni drilling ship (ITA), stopped it from reaching the exploration site off Cyprus, 2018-02-09 (Friday, per the next paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Cypriot officials' statement and 'escalating a dispute' are not separate acts. COERCE restrict (blocking movement by a navy); a coder could also use THREATEN, but it is one act."},
 {"doc": "h46-x179-13",
  "coder_events": [
   "ACCUSE: opposition (BJP) lawmakers (IND) -> government side (IND, not named), waved banknotes saying they had been offered bribes to abstain, 2008-07-22"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Surviving a confidence vote is not a PLOVER act; the bribe offer itself has no PLOVER type and is only reported."},
 {"doc": "h46-x179-14",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Parliament voting to make Jonathan acting head of state is a domestic appointment (not coded, as with elections); Yar'Adua being flown to Saudi Arabia for treatment is not an interaction between political actors."},
 {"doc": "h46-x178-05",
  "coder_events": [
   "ASSAULT: Israeli troops (ISR) -> Yasser Arafat (PSE), demolished buildings around his Ramallah headquarters, 2002-09-22",
   "COERCE: Israeli troops (ISR) -> Yasser Arafat (PSE), left him confined to a single office block (siege restriction), 2002-09-22",
   "PROTEST: thousands of Palestinians (PSE) -> Israeli army (ISR), marched overnight in defiance of army curfews in support of Arafat, night of 2002-09-21/22"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's one event (demolished, ASSAULT, Israeli troops -> Arafat, 2002-09-22) is right. The rallies aim at the army's curfews, so the army is a right target (a SUPPORT to Arafat is the alternative reading)."},
]


def main():
    items = [json.loads(l) for l in open("events-a-items.jsonl")]
    assert len(items) == 47 and sorted(V) == [i["n"] for i in items]
    with open("events-a.jsonl", "w") as f:
        for it in items:
            code, reason = V[it["n"]]
            if code == "SPUR":
                v = {k: False for k in ("event", "type", "source", "target", "date", "modality")}
            else:
                v = {"event": True}
                for c, k in KEYS.items():
                    v[k] = c not in code
            v["all"] = all(v[k] for k in ("event", "type", "source", "target", "date", "modality"))
            out = dict(it)
            out["verdict"] = v
            out["reasons"] = reason
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
    assert [p["doc"] for p in paras] == [p["doc"] for p in P]
    for p, q in zip(paras, P):
        assert len(p["events"]) == q["dateline_events"], p["doc"]
    with open("paragraphs-a-verdicts.jsonl", "w") as f:
        for q in P:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
