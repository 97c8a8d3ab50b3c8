"""Round 59, judge c: verdicts on the 50 sampled dateline events (events-c-items.jsonl).

V[n] = ([false fields], "reasons"). A spurious event lists all six fields.
Writes ../events-c.jsonl (each item line plus "verdict" and "reasons") and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
ITEMS = os.path.join(ROUND, "events-c-items.jsonl")
OUT = os.path.join(ROUND, "events-c.jsonl")

FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL6 = list(FIELDS)

V = {
    1: ([], "All right. 'may ask the European Commission' is a hypothetical REQUEST under the compromise; no date for it in the "
            "text, so unknown is right. 'leaders' = the European Union leaders of the first sentence; an empty code is accepted "
            "for the EU leaders as a body (no single seat country), though EUR would be the code dateline itself uses elsewhere."),
    2: (ALL6, "Duplicate: 'appealed for calm ... urging people of all faiths to show restraint' is one appeal, already coded "
              "from this sentence as e4 REQUEST (appealed). The participial 'urging' restates the appeal, so a second REQUEST "
              "is spurious (its target 'people' would have been the better target for e4)."),
    3: (["target"], "Target: the court 'rejected parliament's impeachment' - the party whose act is rejected, parliament "
                    "(the National Assembly, KOR), is named in the sentence; empty is wrong. Type REJECT, date Friday "
                    "2004-05-14 and asserted are right."),
    4: (["date"], "Date: the text dates the order 'in June' (2022); dateline gives the document date 2022-10-13 to a "
                  "background act. REQUEST Sadr -> his lawmakers (IRQ) is right."),
    5: (["date"], "Date: 2024-02-04 comes from the 'Sunday' of the previous sentence resolved backwards (and that Sunday is "
                  "the coming 11 February, for which protests were called). The tear gas is reported as this news with no "
                  "date of its own: document date 2024-02-10. ASSAULT crowd-control Police[PAK] -> supporters[PAK] right."),
    6: (["target"], "Target: a visit's target is the host (Taliban-held Kandahar / Afghanistan's Taliban, both in the "
                    "sentence); Maulana Masood Azhar is one of the prisoners Singh flew with, not the party visited. Event/type "
                    "accepted as a CAMEO-style 'make a visit' (ICEWS codes 'flew to X' so); date Friday 1999-12-31 right. "
                    "The real act of the sentence, the handover of the prisoners (RETREAT release), is not coded."),
    7: (["source"], "Source: it is the UN General Assembly that defied Trump's threats by its vote; 'United States' is the "
                    "party whose recognition the resolution targets, not the defier. REJECT (defy) -> Donald Trump, Thursday "
                    "2017-12-21, asserted are right."),
    8: (["target", "modality"], "Target: 'shipments of rare earths to Japan were ... halted' - Japan is named in the sentence "
                               "as the party the embargo was aimed at; empty is wrong. Modality: 'reportedly halted' is a "
                               "claim (and Beijing denied it in the next sentence): reported, not asserted. Source empty is "
                               "right (passive, China not named in the sentence); SANCTION and 2010 right."),
    9: ([], "All right: REJECT Putin -> Erdogan ('rejecting Erdogan's call for a truce'), explicit date September 7 2018."),
    10: (["target", "date"], "Target: the newspaper shut by the Zambian government in a passage about dissent in Zambia is "
                             "plainly Zambian; the empty code is wrong by the common-noun rule. Date: 'since last year's "
                             "election, when the government shut down' dates the act to 2016 (the August 2016 election named "
                             "earlier); null/unknown is wrong. COERCE censor Zambia government is right; 'Critics say' is "
                             "attribution only, asserted is right."),
    11: (["date"], "Date: the conviction is a background act of 26 April 2012 ('from April 26, the date of his conviction'; "
                   "'his conviction for contempt in April'); dateline gives it the document date 2012-06-19. Empty source is "
                   "right (no convicting party in the sentence); SANCTION convict -> Gilani right."),
    12: (["source", "target"], "Source: Xiomara Castro is Honduras's president; the code CHN is wrong (HND). Target: she "
                               "instructed her own (Honduran) government, not the Chinese government; Beijing is the object "
                               "of the ties sought. Type REQUEST (an order) accepted as for #28; date 2023-03-14, the day she "
                               "said so, accepted at the text's precision."),
    13: (["date"], "Date: the hint is reported as this news (the story of the release); no date in the text, so the "
                   "document date 1999-12-31 is right and null/unknown is wrong. ACCUSE Indian officials -> Pakistan, "
                   "hypothetical ('hinted') is right by the conventions."),
    14: ([], "All right: COERCE arrest -> Saad Eddin Ibrahim (EGY; he is also a U.S. citizen, EGY is fine), 'in June 2000', "
             "no arresting party named so empty source right."),
    15: (["source"], "Source: 'The troops from the Parachute Regiment' refers to the British paratroopers of the previous "
                     "sentence ('Britain flew hundreds of paratroopers'); the country is plain (GBR), the empty code is wrong. "
                     "Type ASSAULT by the convention for armed forces taking ground (I would code otherwise, see the md); "
                     "date 'overnight' to Monday 2000-05-08 right; target empty (an airport, no party) right."),
    16: (["target"], "Target: 'candidates' in Lebanon's parliamentary election are plainly Lebanese; the empty code is wrong by "
                     "the common-noun rule. ACCUSE disapprove EU observers -> candidates, document date, asserted right."),
    17: (["target"], "Target: 'Kenya courts' is where challenges should go, not the party urged; the sentence names no "
                     "addressee (the would-be challengers are implied), so the target should be empty. REQUEST Western "
                     "diplomats, document date right."),
    18: (["type", "source"], "Type: being 'supported by Russian air power and Iranian-backed militias' in a military build-up "
                             "is military cooperation/aid (COOPERATE or AID), not SUPPORT (verbal endorsement, CAMEO 051). "
                             "Source: the supporters are Russia (air power) and the militias; dateline lists the militias and "
                             "Iran, whose act in the sentence is backing the militias, and misses Russia."),
    19: (["target"], "Target: Moscow insisted, in the negotiation with Tbilisi, which this same sentence names as the other "
                     "party ('Tbilisi had demanded ... while Moscow had insisted'); empty is wrong, Georgia is the target. "
                     "Undated background demand: unknown date is right."),
    20: ([], "All right: ACCUSE United States -> Syria; 'has long accused' is ongoing, so the document date is right by the "
             "conventions."),
    21: (["target", "date"], "Target: the inquiry is 'into the party's finances and structure' - 'the party' is Golden Dawn, "
                             "the party investigated; empty is wrong. Date: the order followed the 18 September killing and "
                             "preceded the arrests of this story; a background act of an earlier (undated) time given the "
                             "document date is wrong. ACCUSE investigate, Greece government right."),
    22: (["target"], "Target: the victim is 'one passenger, a young Indian man' - the party is right but left without its "
                     "plain code (IND), and 'India' is added as a separate target though the state was not stabbed. Date "
                     "1999-12-25 accepted: the flight ran 24-25 December ('landing in Kandahar on Christmas Day'), the text "
                     "gives no finer date. Empty source right (hijackers not named in the sentence)."),
    23: (["source", "target", "date"], "Source: the bench headed by Chief Justice Chaudhry ordered, not Gilani (he is the "
                                       "man to be removed). Target: 'the election commission', named, is the party ordered; "
                                       "empty is wrong. Date: the ruling is Tuesday's (document date 2012-06-19); null is "
                                       "wrong. Type REQUEST (order) and asserted right."),
    24: ([], "All right: SUPPORT (hailed) Egyptian officials, document date. Target empty accepted: 'the approval' is an act, "
             "the IMF is not named or referred to as a party in the sentence."),
    25: ([], "All right: ACCUSE Critics (South Korean opposition, KOR) -> Roh, reported as this news, document date."),
    26: (["date"], "Date: 2004-03-12 is the date of the impeachment vote; the accusations came before it ('after opposition "
                   "lawmakers accused him') and the text gives them no date - the date of another act was taken. "
                   "ACCUSE opposition lawmakers -> Roh right."),
    27: (["date"], "Date: 'Hours before he landed' and 'Obama arrived on Sunday' put the detentions on Sunday 2016-03-20; "
                   "dateline gives the document date Monday 2016-03-21. COERCE arrest Cuba police -> members (of the Ladies in "
                   "White, CUB) right."),
    28: ([], "All right: REQUEST (instructed) Trump -> State Department, Wednesday 2017-12-06. An order to one's own department "
             "is an intra-state REQUEST; accepted (reported_by 'process officials' is odd but not scored)."),
    29: (["target", "date"], "Target: 'captured former Iraqi President Saddam Hussein' - Saddam, named, is the target; empty "
                             "is wrong. Date: the text gives the capture 'on Saturday evening' (2003-12-13); Sunday is the "
                             "announcement. COERCE (capture/arrest) U.S. troops right."),
    30: (ALL6, "Spurious: a defence minister arriving in a city of his own country to oversee a deployment is no CONSULT "
               "(no host, no meeting between actors); the 'target' is the city Ahmedabad typed as a person."),
    31: (["source"], "Source: the threat is made by 'Critics in Montenegro's pro-independence camp' (MNE), not the European "
                     "Union. THREATEN, empty target, document date right."),
    32: (["source"], "Source: Lai Ching-te is Taiwan's president; the code CHN is wrong (TWN), and it inverts a Taiwan-China "
                     "event. REQUEST -> China government, Monday 2024-05-20 right."),
    33: (["source"], "Source: 'Salman' is King Salman; dateline resolved it to his son Mohammed bin Salman. The pledge to keep "
                     "his predecessors' policies is accepted as AGREE (express intent), document date (Friday address) right."),
    34: ([], "All right: ASSAULT (offensive) Israel -> Palestine/Gaza, ongoing, so document date is right; e13 'killed' from the "
             "same sentence is the duplicate, not this one. Attribution to the health ministry keeps it asserted."),
    35: ([], "All right: REQUEST Human Rights Watch; the authorities addressed are not named in the sentence ('those held' "
             "are the detainees), so the empty target is right; document date right."),
    36: ([], "All right: COERCE arrest -> Hathloul (SAU), 2014 explicit, no agent named."),
    37: ([], "All right: REQUEST White House -> Israel (avoid civilian casualties), Saturday document date."),
    38: (["source", "target", "date"], "The act is the court's disqualifying/barring Gilani. Source: Gilani is the party "
                                       "barred, not the actor (the Supreme Court is). Target: Gilani, named, is empty. Date: "
                                       "2012-04 is the conviction's month; the barring is Tuesday's ruling 2012-06-19. COERCE "
                                       "restrict accepted."),
    39: ([], "All right: ACCUSE (denounced as illegal) Kyiv and the West -> Putin (the annexation he proclaimed), Friday "
             "document date. 'the West' with no code is right."),
    40: (["type", "date"], "Type: the NSA spying on Petrobras's computer network is cyber espionage, PLOVER COERCE (mode "
                           "cyber), not ASSAULT. Date: the interception is an undated earlier act reported in leaked "
                           "documents ('The reports, broadcast ... this month'); the document date is wrong. Source NSA[USA] "
                           "and target Petrobras[BRA] right; 'They said' is attribution, asserted."),
    41: (["target"], "Target: 'The pro-Kremlin Unity bloc, which he endorsed' - the Unity bloc, named, is the party endorsed; "
                     "empty is wrong. Undated background act before the 19 December election: unknown date accepted."),
    42: (["type", "source", "target"], "Type: a parliament approving the EU-brokered constitutional charter is ratifying an "
                                       "agreement (AGREE), not SUPPORT (praise/endorse). Source: 'the federal parliament in "
                                       "Belgrade' is Yugoslavia's federal parliament; 'Serbia ... SRB' is the wrong party/code. "
                                       "Target: Yugoslavia (the state dissolved) is no party acted on; [Yugoslavia, "
                                       "Montenegro] is wrong. Date Tuesday 2003-02-04 right."),
    43: (["date"], "Date: 'hundreds have been sentenced to death in mass trials' is a total summed over earlier trials "
                   "(perfect tense), which by the conventions has no date; the document date is wrong. SANCTION convict -> "
                   "hundreds (Brotherhood members, EGY) right, no sentencing court named so empty source right."),
    44: (["date"], "Date: 'The killing' is the fatal stabbing of Pavlos Fyssas on September 18 (2013-09-18, given in the text); "
                   "dateline gives the document date. Source and target empty are right: the sentence names neither the "
                   "killer nor the victim. (The protests and the order in this sentence are coded or not separately.)"),
    45: ([], "All right: ACCUSE Saudi Arabia ('called it unjustified and irresponsible'); 'it' is the decision, an act, and no "
             "party is named as its target in the sentence, so empty is right; document date right."),
    46: (["source", "target"], "Source: 'Police' arresting Solomon Islands lawmakers - the text does not say these are "
                               "Australian police (Australia 'sent troops and police' in the previous sentence); AUS is a "
                               "guess, and the Solomon Islands police is the likelier party. Target: the lawmakers (and "
                               "Dausabea) are plainly Solomon Islands MPs (SLB); the empty codes are wrong. COERCE arrest, "
                               "document date right."),
    47: (["date"], "Date: 'has refused to recognise the result' is an act going on when the story is told: document date "
                   "2017-04-12; 2016-08 is the election's date. REJECT Hichilema; empty target accepted (the result is "
                   "rejected, the sentence names no party rejected besides Lungu as winner)."),
    48: ([], "All right: CONCEDE Zedillo, 'late on Sunday' = 2000-07-02; Fox is not named in the sentence, so empty target "
             "is right."),
    49: ([], "All right: SUPPORT Kenyatta -> Odinga ('who was backed by'); undated background act, unknown date accepted."),
    50: (["target"], "Target: the helicopters were evacuating 'foreigners', not 'state television' (the subject of the next "
                     "clause). AID (evacuation) France, Sunday 2004-11-07 right."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    rows = []
    for it in items:
        false, reasons = V[it["n"]]
        assert all(f in FIELDS for f in false), it["n"]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        out = dict(it)
        out["verdict"] = verdict
        out["reasons"] = reasons
        rows.append(out)
    with open(OUT, "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    real = [r for r in rows if r["verdict"]["event"]]
    print(f"{'field':10s} {'right/50':>9s} {'right/real':>11s}")
    for f in FIELDS + ["all"]:
        n_all = sum(r["verdict"][f] for r in rows)
        n_real = sum(r["verdict"][f] for r in real)
        print(f"{f:10s} {n_all:>6d}/50 {n_real:>7d}/{len(real)}")
    print(f"spurious: {50 - len(real)}")
    for f in FIELDS[1:]:
        wrong = [r["n"] for r in real if not r["verdict"][f]]
        print(f"{f} wrong on real events ({len(wrong)}): {wrong}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
