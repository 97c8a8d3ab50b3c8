"""Judge p17, wave 25 paired blind judging: verdicts for items 1-73.

Each side is either
  "O+" / "O-"     : null side, omission right / wrong
  "0"             : spurious event (wrong in every field)
  "ETSGDM" string : six 0/1 flags for event, type, source, target, date, modality
Kinds (for the summary): event (one side has no event), target-fill (target empty vs filled),
target-party (a different party picked as target), date, type, source, both-spurious.
Run: python3 verdicts.py  -> writes ../pairs-p17.jsonl and ../pairs-p17.md
"""
import json, os, collections

V = [
 (1, "O-", "111111", "Y", "event", "'promised to ... prosecute those responsible': a promised prosecution, ACCUSE/allege future by the officials of the two Mauritanian bodies; target the perpetrators; future act of unknown date. X misses it."),
 (2, "111011", "111111", "Y", "target-fill", "Police fire tear gas 'at crowds': the crowds are named in the sentence, so an empty target (X) is wrong. FRA for crowds in New Caledonia is acceptable (NCL would also be defensible)."),
 (3, "111101", "111111", "Y", "date", "'a July raid' in a story dated June 2023: the text gives July (2022-07); X drops the date. No perpetrator named, so empty source is right for both."),
 (4, "O-", "111101", "Y", "event", "Second sentencing act in the sentence ('the others were each sentenced'): a real SANCTION/convict, different target from item 36's, so not a duplicate. Y's date is wrong: 'originally sentenced' is background with no date, not the document date. Still better than missing it."),
 (5, "O-", "101011", "same", "event", "The raids on Sahrawi homes are a police raid: COERCE/seize, not ASSAULT, and the Sahrawi community named in the sentence is the target. Y has the right date but the wrong type and no target; X misses the act (and the el-Kaoui ACCUSE). Neither is right, and a bare mistyped ASSAULT is no more useful to a coder than nothing."),
 (6, "O+", "0", "X", "event", "'he refused to stop' is a fleeing suspect ignoring police, not a political REJECT; even if coded, the source would be the attacker, not the spokeswoman Luba Samri, and the target is not 'Israel police' as coded. The omission is right."),
 (7, "111111", "O-", "X", "event", "'two clashes took place ... one civilian was killed': ASSAULT reported Thursday (document date). The clash parties (YPG/Daesh) are not named in this sentence, so empty arguments are acceptable. Y misses it."),
 (8, "101001", "101101", "Y", "target-fill", "Both mistype a police arrest operation as ASSAULT (it is COERCE/arrest) and give the document date, but the text dates the operation October 15-17. Y at least fills the target named in the sentence ('high-level criminals', LVA)."),
 (9, "111101", "111111", "Y", "date", "'The attacks in Kenya' refer to Wednesday's rioting and killings (story lead: 'late Wednesday'; next sentence 'Wednesday's clashes'), so 2023-06-14 is right and the document date is wrong."),
 (10, "111111", "111011", "X", "target-party", "Those investigated are 'three of its legislators' (Odinga's office's legislators, KEN), not Raila Odinga himself. Investigator unnamed, so empty source is right."),
 (11, "111011", "111011", "Y", "target-fill", "Target is 'three of the assailants'. X leaves it empty. Y has the right party, but the previous sentence describes the gunmen as Palestinians, so ISR is the wrong code (PSE). Strictly both targets are wrong, but Y needs only the code fixed."),
 (12, "111111", "111011", "X", "target-party", "The victim is 'one of its soldiers' (PRK/MIL), not the country North Korea, which is only the speaker's referent."),
 (13, "111011", "111011", "Y", "target-party", "Those killed are 'two of their embassy staff' (the Scottish government's staff, so GBR). X picks the government itself, the wrong party. Y has the right party but leaves the code empty where the text makes GBR plain. Both are wrong under the rule; Y is closer."),
 (14, "101101", "111101", "Y", "type", "Police search-and-arrest raids are COERCE/seize (the codebook lists law-enforcement raids), not ASSAULT. Both date them 2023-06-14, but the story dates the raids Sunday (06-11), so the date is wrong on both."),
 (15, "111101", "111001", "X", "target-fill", "'the military arrested many others': the target is named, so Y's empty target is wrong. Both give 06-10 (the day the operative spoke), but the arrests were 'in the days that followed' the March 15 hotel siege, so the date is wrong on both."),
 (16, "110011", "100011", "X", "type", "'promised to meet the opposition's demands' is a promise of future concessions: CONCEDE (X), not AGREE. Both are wrong on source: 'It' is the Hydro Diamante Initiative group, not Rwanda. Both leave the target (the opposition) empty."),
 (17, "O-", "111111", "Y", "event", "'dozens of others were arrested' on Wednesday in Algiers: a real COERCE/arrest with a named target (DZA) and the right date. X misses it."),
 (18, "0", "O+", "Y", "event", "'where Wednesday's clashes took place' names the same violence the sentence then describes (protesters smashing, police tear gas), so an empty-argument ASSAULT on 'clashes' duplicates acts coded from this sentence. Omission right. (If nothing else were coded from the sentence, X would be a weak hit.)"),
 (19, "110100", "110000", "X", "target-fill", "The assault's doer is 'one of these males' (a soldier), not the speaker Murphy, so the source is wrong on both. Both also get modality wrong: the act is asserted, and the hedge is about legal action, not the assault. Both date it unknown when the story gives Wednesday (06-14). X at least has the victim."),
 (20, "111111", "111101", "X", "date", "'the protests' are Friday's protests in Bahrain (context: 'on Friday'), so 2023-06-09 is right and the document date is wrong."),
 (21, "0", "O+", "Y", "event", "One explosion both killed five soldiers and injured four others. The 'killed' event (the same in both versions) already codes that act, so a second ASSAULT for the injured is a duplicate. Omission right."),
 (22, "O+", "0", "X", "event", "Police telling a man 'to be calm' is not a political REQUEST, and Y even makes Gursant Singh the requester. Spurious."),
 (23, "111101", "111001", "X", "target-party", "The person shot by police is the attacker (X: right party despite the clipped name), not the spokeswoman Luba Samri (Y). Date is wrong on both: the spokeswoman spoke on Tuesday about a stabbing the eve before, so the document date (Thursday) is impossible."),
 (24, "111101", "O-", "X", "event", "'The demonstrations' re-mention the Sunday protests; at the sentence level they are a PROTEST event. X's date is wrong (it should be Sunday, 06-11, not the document date). A marginal win over missing it."),
 (25, "111111", "101111", "X", "type", "A hunger strike ('refusing food') is PROTEST (mode hunger, not strike, though mode is not scored), not REJECT. 'since last Saturday' is taken as the date the text gives; by the ongoing-act rule the document date would also be defensible."),
 (26, "110111", "110101", "X", "date", "'this year' gives 2023 (X right, Y unknown). Both miss the source: 'Al-Shabab fighters' are named as the believed perpetrators."),
 (27, "111011", "111111", "Y", "target-fill", "'One of the leaders of the group was reportedly arrested': the target is named (ITA). Y's GOV sector is wrong, but sector is not scored."),
 (28, "111011", "110011", "X", "source", "The attacker is the neighbour Jarnail Singh. Y also lists Gursant Singh, the victim, as a source. Both leave the target empty, but 'his neighbor' makes Gursant Singh the one attacked. Dec. 2 (2022-12-02) is right."),
 (29, "110101", "110111", "Y", "date", "'an attack Sunday' gives 2023-06-11 (Y); the document date (X) is wrong. Both miss Hamas as source, though it claimed responsibility in the same sentence."),
 (30, "110001", "110001", "Y", "source", "The killer is 'the third attacker' (Y). X takes the interior ministry spokesman, the wrong party. Strictly both sources and both targets fail on country: the story is at a Baghdad police station, so IRQ is plain and None is wrong. Both also give the document date when the story says Friday (06-09). Y is the right party."),
 (31, "111001", "111101", "Y", "target-fill", "The target 'victims' (TKM civilians) is named. Both use the document date, but the text says December 4-5, so the date is wrong on both."),
 (32, "111011", "111111", "Y", "target-fill", "The wounded 'bodyguards' are the named target (SMR). The date follows the text's Thursday night, the same on both."),
 (33, "110111", "110011", "X", "target-fill", "Rocks thrown at 'security personnel' (X's target right). Both take the police spokesman as source; the thrower is 'the group' of protesters."),
 (34, "111101", "101101", "X", "type", "A police raid is COERCE/seize, not ASSAULT. Both use the document date, but the raid was Friday evening (06-09)."),
 (35, "110011", "110111", "Y", "target-fill", "The rescued 'about 469 hostages' are named (Y). Both wrongly make the country Sudan the source instead of the Sudanese rebel groups."),
 (36, "111011", "111111", "Y", "target-fill", "'One of the four men ... was originally sentenced': the target is named. Background act with no date, so unknown is right."),
 (37, "100101", "110101", "Y", "type", "A police drug raid is COERCE/seize (Y), not ASSAULT. Both leave out the police (named in the sentence) and use the document date for a raid the text puts in September 2014."),
 (38, "111001", "111101", "Y", "target-fill", "The killed 'security guards' are named (ISL). Both use the document date for a killing in the hostage incident the story puts on Sunday."),
 (39, "110011", "110111", "Y", "target-party", "The presidents' reaffirmation is mutual, so no recipient (PLOVER: both are actors). The White House (X's target) is only the speaker. Both code 'presidents' as USA, which is wrong for an Obama-Xi pair."),
 (40, "111111", "O-", "X", "event", "'have detained over 20,000 others' is a separate act, with a different target, from arresting nearly 40 people. X is right in every field; Y misses it."),
 (41, "111111", "111101", "X", "date", "The attacks in Maiduguri were on Sunday (story lead), so 06-11 is right; the document date is wrong."),
 (42, "111111", "111011", "X", "target-fill", "'Three of the accused men were also charged': the target is named. February gives 2023-02."),
 (43, "111001", "111001", "Y", "target-fill", "The killed militant is named ('One of the militants'). Y has the party but no country, though the Indonesian separatist militants make IDN plain. Both give the document date when the clash followed Tuesday's confrontation. Y is closer."),
 (44, "101111", "111111", "Y", "type", "Accepting the other side's demand is yielding: CONCEDE rather than AGREE (AGREE would be an offer or a commitment to cooperate). A coder could argue AGREE, but CONCEDE fits better."),
 (45, "111001", "111101", "Y", "target-fill", "The rescued 'abducted girls' are named. Both date a 2009 rescue with the document date."),
 (46, "101011", "111011", "Y", "type", "'promised concessions' is the codebook's 'promise of future concessions': CONCEDE. Both leave out the target, 'opposition leaders' (BWA), though it is named."),
 (47, "111011", "111111", "Y", "target-fill", "He asked 'his brother' to help: the target is named. Marginal as a political event, but scored as one."),
 (48, "111011", "111011", "Y", "target-fill", "The accused is 'one of the people reportedly deported'. Y has the party, but DJI is doubtful: they are militants who took sanctuary in Djibouti and were deported, so no country is plain. Both targets are strictly wrong; Y is closer."),
 (49, "0", "0", "same", "both-spurious", "An embassy evacuating its own staff is not AID (no benefit to another party) and not an act between political actors, so both are spurious. If a judge accepts the event, Y's filled target is the better one."),
 (50, "111111", "O-", "X", "event", "'A female motorist was hit' (New Jersey, this morning): an assault on a named civilian. Y misses it."),
 (51, "111111", "O-", "X", "event", "'detained seven others at the offices' is an act separate from the arrest of one man; the raid was Saturday (06-10). X is right in every field."),
 (52, "111111", "O-", "X", "event", "'two others were wounded in the attack': the only ASSAULT in this sentence, since 'died' is not an act trigger. AZE (Khojaly) is right."),
 (53, "101011", "111011", "Y", "type", "'Bolivia has offered concessions to us' is CONCEDE. Both leave the target empty, but 'us' is the speaker's government (Kuwait in context)."),
 (54, "101001", "111001", "Y", "type", "Accepting the group's demands is CONCEDE. Both make AFP the target; it should be the Rohingya group. Both use 06-15 when the acceptance was told on Wednesday (06-14). Source (Bangladesh government) is defensible from the story's earlier paragraph."),
 (55, "111011", "111111", "Y", "target-party", "Those killed are 'their civilians' (ZWE), not the government officials who speak."),
 (56, "110111", "110011", "X", "target-party", "'he was accused' = the deputy director, Abd Al Rahman Mohammed (X), not the UAE. Both leave out 'the security authorities', who sent the letter, as source."),
 (57, "O-", "111111", "Y", "event", "'Both attacks bore the hallmarks of al Qaeda': a sentence-level mention of the car bombings (ASSAULT). Al Qaeda is only suspected, so an empty source is acceptable."),
 (58, "111011", "111111", "Y", "target-fill", "A grenade thrown 'at the reporter': the target is named (NGA journalist). Mode should be explosives, not firearms (not scored)."),
 (59, "111011", "111111", "Y", "target-fill", "'two others have been arrested': the target is named (CAN)."),
 (60, "O-", "111111", "Y", "event", "'At least three of the slain suspects were shot': an ASSAULT on named targets in London. X misses it."),
 (61, "110111", "110011", "X", "target-fill", "Stones thrown 'at people across the square' (X's target right). Both make the police the source; the throwers are 'the group' (the mob)."),
 (62, "111011", "111111", "Y", "target-fill", "The future ban targets 'all of the main opposition groups' (CAF). COERCE/ban future is acceptable, though a coder might code THREATEN/ban."),
 (63, "111111", "111011", "X", "target-fill", "Singapore's offer is made to the Maltese Government (the embargo is Malta's), so X's target is right."),
 (64, "111111", "O-", "X", "event", "The air strike killed 'four of the fighters' of the NATO training mission (no country code is right for a multinational party). X codes it; Y does not. REB is the wrong sector (not scored)."),
 (65, "101101", "111101", "Y", "type", "Khrushchev ordering his own missiles out of Cuba is a withdrawal: RETREAT/withdraw, not a REQUEST between actors. Both give 1963-11-22, the date of Kennedy's earlier order, not of this act."),
 (66, "110011", "110011", "Y", "target-fill", "Political asylum is granted by the United States; the committee (the source on both) is wrong. The recipient is 'its first member' (Y has the party, but a Kyrgyz committee member is not USA). Both are wrong; Y is closer."),
 (67, "111111", "101111", "X", "type", "'offered concessions to Kuwait' is CONCEDE (a promise of future concessions), not AGREE."),
 (68, "111111", "111101", "X", "date", "'the detention' refers to Saturday's detentions (06-10); the document date is wrong."),
 (69, "0", "0", "same", "both-spurious", "'Two people were rescued' after an explosion, by an unnamed rescuer: not hostage rescue and no political actor. AID is spurious on both; the event in the sentence is the explosion that killed six policemen."),
 (70, "110011", "110011", "X", "target-fill", "Security forces opened fire 'on one of the insurgents': X has the target party. Strictly both have the country wrong (the story is in Baghdad: IRQ) for source and target. Friday (06-09) is right."),
 (71, "0", "O+", "Y", "event", "'working to evacuate others': an embassy evacuating its own staff is not AID, and the act is still in progress. Omission right."),
 (72, "111101", "111111", "Y", "date", "The militia attacks were on Saturday (06-10), as the previous paragraph says; the document date is wrong."),
 (73, "111111", "111011", "X", "target-fill", "'did not charge those involved': negated ACCUSE with the named target (WSM)."),
]

F = ["event", "type", "source", "target", "date", "modality"]

def side(code):
    if code in ("O+", "O-"):
        return {"omit_right": code == "O+"}
    if code == "0":
        d = {f: False for f in F}
    else:
        assert len(code) == 6, code
        d = {f: c == "1" for f, c in zip(F, code)}
        if not d["event"]:
            d = {f: False for f in F}
    d["all"] = all(d[f] for f in F)
    return d

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "pairs-p17.jsonl")
items = {json.loads(l)["n"]: json.loads(l) for l in open(os.path.join(here, "..", "items.jsonl"))}
assert [v[0] for v in V] == list(range(1, 74))
rows = []
for n, x, y, better, kind, reason in V:
    it = items[n]
    # sanity: null sides must be coded as omissions and vice versa
    assert (it["X"] is None) == x.startswith("O"), n
    assert (it["Y"] is None) == y.startswith("O"), n
    rows.append({"n": n, "X": side(x), "Y": side(y), "better": better, "kind": kind, "reasons": reason})
with open(out, "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

cnt = collections.Counter(r["better"] for r in rows)
allx = sum(1 for r in rows if r["X"].get("all")); ally = sum(1 for r in rows if r["Y"].get("all"))
omx = [r["n"] for r in rows if "omit_right" in r["X"]]; omy = [r["n"] for r in rows if "omit_right" in r["Y"]]
omx_ok = sum(r["X"]["omit_right"] for r in rows if "omit_right" in r["X"])
omy_ok = sum(r["Y"]["omit_right"] for r in rows if "omit_right" in r["Y"])
kinds = collections.defaultdict(list)
for r in rows: kinds[r["kind"]].append(r)
print("better", dict(cnt), "allX", allx, "allY", ally, "nullX", len(omx), omx_ok, "nullY", len(omy), omy_ok)
for k, rs in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
    c = collections.Counter(r["better"] for r in rs)
    print(k, len(rs), dict(c), [r["n"] for r in rs])
