"""Write events-a.jsonl from the judge's verdicts below (judge a, round 73).
Each entry: n -> (event, type, source, target, date, modality, reasons). A spurious event is False everywhere.
usage: python events-a-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
S = "SPURIOUS"

V = {
 1: (T, T, T, T, T, T, "Kuleba (UKR) welcomed the Council of Europe's decision: SUPPORT, reported as this news, so the document date is right. 'The decision' is an act, not a party, and the sentence names no party as target, so an empty target is right by the rules (a coder could add the Council of Europe)."),
 2: (T, T, T, T, T, T, "Chernomyrdin (RUS) backed Yeltsin's sacking of Lebed: SUPPORT on the day of the sacking, the document date. 'The move' names no party, so an empty target is right by the rules (a coder could add Yeltsin)."),
 3: (T, T, F, T, T, T, "Invitation to send inspectors is AGREE (CAMEO 0355) and 'the world' is no party, but 'He' is Sudan's Information Minister Ghazi Salahuddin: the source's country should be Sudan (SDN), not USA."),
 4: (T, T, T, T, T, T, "The United States and Britain welcomed Kufuor's win: SUPPORT, USA and GBR right. 'The outcome' names no party, so empty target is right; document date right."),
 5: (T, T, T, T, T, T, "Kumaratunga (LKA) imposed a curfew in parts of Colombo: COERCE (CAMEO 1723). The curfew falls on the capital's population, so Sri Lanka (LKA) is an acceptable target; no date in the text, so the document date is right."),
 6: (T, T, T, T, T, T, "Armenian riot police detained more than 200 protesters on Tuesday 2015-06-23: COERCE arrest, distinct from the water-cannon ASSAULT coded from the same sentence; all fields right."),
 7: (T, T, T, T, T, T, "Annan (UN) called on Indonesia to maintain security: REQUEST UN -> IDN, on Saturday 1999-09-04, the document date; all right."),
 8: (T, T, T, T, T, T, "Portugal welcomed the Nobel award: SUPPORT by PRT, document date right. 'The award' names no party, so empty target is right by the rules."),
 9: (T, T, T, T, T, T, "Kenyan riot police fired tear gas and live rounds at crowds on Monday 1997-07-07: ASSAULT KEN police -> Kenyan crowds. It comes from a different sentence than the lead's 'broke up' event, so it is not a duplicate under the sentence rule."),
 10: (T, T, T, T, T, T, "Bahrain said on Monday (1996-06-03) that it had uncovered an Iran-financed plot: an accusation of Iran, so ACCUSE Bahrain -> Iran. Monday's date is right."),
 11: (S, "Spurious: 'Investors welcomed the outcome' is a market reaction (the sol and stocks expected to rise), not a statement of support by a political actor. 'Welcomed' is used in another sense."),
 12: (T, T, T, T, T, T, "Besigye was charged with treason and rape on Tuesday 2005-11-15: ACCUSE allege. The passive sentence names no charging party (the prosecutors appear only in a later sentence), so an empty source is right; target UGA right."),
 13: (T, T, F, T, T, T, "The accuser is Dodon's camp, the Socialist-Communist bloc (MDA), not the Constitutional Court, which is named only in the previous sentence. The source should be Dodon's camp (MDA); type, target, date and modality are right."),
 14: (T, T, T, F, T, T, "The Saudi special forces' storming on Sunday 2004-05-30 is ASSAULT, but it was aimed at the hostage-taking Islamist gunmen named in the same sentence. The target should be the Islamist gunmen, not empty."),
 15: (T, T, T, T, T, T, "Borisov said he would resign: by the conventions' modality rule ('is to step down' is future) a future RETREAT resign with no date is right. A strict PLOVER/CAMEO coder might code the announcement as AGREE (0341, intent to change leadership) on 2016-11-14."),
 16: (T, T, T, T, T, T, "Estonia accused Russia on Friday 2014-09-05 of abducting its officer: ACCUSE EST -> RUS; all right."),
 17: (T, F, T, T, T, T, "Pakistan's protest that a missile crashed on its territory is a diplomatic complaint, so ACCUSE (disapprove), not a PROTEST demonstration. The sentence names no party as target (the U.S. is implied), so the empty target is right; the document date is right."),
 18: (T, T, T, F, T, T, "Belgrade (SRB) urged Kosovo Serbs to vote: REQUEST, undated background, so unknown is right. The target is the Kosovo Serbs, and their country should be Kosovo (XKX), where they live and vote, not SRB (debatable: they are ethnic Serbs)."),
 19: (T, T, T, T, T, T, "The AU said it would not recognise any government that came to power by force: SUPPORT (recognition) negated, acceptable by the 'RETREAT negated' convention. Target (a would-be Chadian government) and document date are right; a coder might prefer THREATEN."),
 20: (T, T, T, T, T, T, "Chechen field commanders have criticised Maskhadov for negotiating with Moscow: ACCUSE. RUS is an acceptable code for Chechens; the criticism is ongoing ('have criticised'), so the document date is right."),
 21: (T, T, T, T, T, T, "Uganda deployed special forces to Juba at Kiir's request: MOBILIZE troops covers deployments (AID military would also be defensible). The South Sudan government as target and the document date for 'has since deployed' are acceptable."),
 22: (T, T, T, F, T, T, "NATO's continuing air strikes are ASSAULT with the document date as an ongoing act. They hit Yugoslavia, named in the sentence ('Yugoslav President', 'Serb forces'), so the target should be Yugoslavia (YUG), not empty."),
 23: (T, T, T, T, T, T, "Kobakhidze said the government would refuse EU budget grants until 2028: REJECT Georgia -> EU, future as the text gives it ('would refuse'), so no date is right; reported_by Kobakhidze right."),
 24: (T, T, T, T, T, T, "Protests in Mangochi earlier in the week (2014-W22, week of the 31 May report) in which two people were killed: PROTEST. The sentence names no protesters and no aim, so an empty source and target are acceptable by the rules."),
 25: (T, T, T, T, F, T, "By the FSB's account the FSB (RUS) detained Kohver (EST): COERCE arrest. The text dates the seizure 'on Friday morning', so the date should be 2014-09-05, not the 2014-09-06 document date."),
 26: (T, T, T, T, T, T, "Obama visited Myanmar on Monday 2012-11-19: CONSULT visit USA -> MMR; all right."),
 27: (T, T, T, F, T, T, "Lebed calling Kulikov's charge nonsense is ACCUSE (or REJECT) aimed at Kulikov, who is named in the same sentence ('said Kulikov should be put on trial'). The target should be Anatoly Kulikov (RUS), not empty."),
 28: (T, T, F, T, F, T, "'Brussels' here stands for the EU, so the sources should be the European Union and the US, not the Belgian government. The date should be empty/unknown: 1995 is the year of the kidnapping, not of the rebukes, which are undated background under Meciar."),
 29: (T, T, T, T, T, T, "Mutharika had been charged with treason last year: ACCUSE allege, the passive names no charger (empty source right), target MWI right, date 2013 right."),
 30: (T, F, T, T, T, T, "Granting clemency to five Iranian prisoners as the U.S. side of the prisoner swap is an act with immediate material consequences. That makes it RETREAT (release), not the verbal CONCEDE. Source, target and the 2023-09-18 date are right."),
 31: (T, T, T, F, T, T, "Ecevit walking out of the National Security Council meeting is acceptable as SANCTION (withdraw), dated Monday 2001-02-19. But it was aimed at President Sezer ('the president' in the sentence), so the target should be Ahmet Necdet Sezer (TUR), not the reporters he spoke to."),
 32: (T, T, F, T, T, T, "'The organisation' that would convene the meeting is the United Nations, through its envoy Brahimi, not the Security Council, which was only presented with the plan. The source should be the UN (UNO); the future CONSULT with Afghan factions and no date is right."),
 33: (T, T, T, F, F, T, "Indonesian police blamed the bombing on Jemaah Islamiyah, so the target should be Jemaah Islamiyah, not the Australian embassy (the bombing's location). The blaming is an undated background act after last month's bombing, so the date should be empty (or 2004-09), not the 2004-10-10 document date."),
 34: (T, T, T, T, T, T, "Suicide bombers killed 17 U.S. sailors on the Cole in October 2000: ASSAULT, source without country right, target USA right, date 2000-10 right."),
 35: (S, "Spurious: Bhutto 'stepped down into a compartment' of the truck to rest her feet. This is physical movement, not a resignation."),
 36: (T, T, T, T, T, T, "The US, Britain and India condemned the Colombo bombing: ACCUSE. The sentence names no attacker, so an empty target is right; document date right."),
 37: (T, T, T, T, F, T, "Ghani's government (AFG) freeing the last Taliban prisoners is RETREAT release, and the source and target are acceptable. The text dates it only 'this month', before the talks opened, so the date should be 2020-09 (month), not the 2020-09-12 document date."),
 38: (T, T, T, T, T, T, "Chavez put troops on alert along the border: MOBILIZE. The sentence names no other party, so an empty target is right; the date follows the July 22 break in the same episode, and the text gives no other date."),
 39: (T, T, T, T, T, T, "44 Palestinians killed over three days of fighting: ASSAULT. The sentence names no killer (the deaths are disputed), so an empty source is acceptable. The total is summed over a span, so no date is right."),
 40: (T, T, T, T, T, T, "Biden welcomed the ceasefire and thanked Egypt and Qatar for mediating: a single SUPPORT by Biden (USA) toward Egypt and Qatar stands for the thanks in the same sentence. Document date right."),
 41: (S, "Spurious: Russian state media comparing the Yerevan protests to the Maidan is not a protest by the media. The protests are the Armenian ones already coded, and 2014 is the year of the Maidan."),
 42: (T, T, T, T, T, T, "Musharraf (PAK) condemned the attack: ACCUSE. The sentence names no attacker, so an empty target is right; document date right."),
 43: (T, T, T, T, T, T, "Rudd (AUS) condemned the Fiji move: ACCUSE. 'The move' names no party, so an empty target is right by the rules (a coder could add Iloilo/Fiji); document date right."),
 44: (T, T, T, T, T, T, "Koizumi (JPN) held a summit with Kim Jong Il (PRK) last month: CONSULT, date 2002-09 right."),
 45: (T, T, T, T, T, T, "Jiang (CHN) arrived in the United States on Sunday 1997-10-26: CONSULT visit, all right."),
 46: (T, T, T, T, T, T, "Rajoelina resigned in September 2023 to run again, as required by the constitution: an actual resignation, RETREAT resign, date 2023-09 right."),
 47: (T, T, T, T, T, T, "The European Commission demanded explanations from Moscow and Minsk: REQUEST EU -> RUS and BLR governments, reported as this news, so the document date is right."),
 48: (T, T, T, T, T, T, "Estonia has asked NATO for a permanent troop presence: REQUEST EST -> NATO. The request is standing ('has asked'), so the document date is acceptable as an ongoing act."),
 49: (S, "Spurious: 'summoned the Algerian envoy ... to protest' is one act, already coded from this sentence as e2 (ACCUSE, summoned), so this is a duplicate. As a diplomatic protest it would also be ACCUSE, not a PROTEST demonstration."),
 50: (S, "Spurious: 'pledging to give up the use of force' is the content of the treaty signing already coded from the same sentence (e1, SUPPORT signed), so it is a duplicate of that act, not a separate AGREE."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open(HERE / "events-a.jsonl", "w") as out:
    for it in items:
        v = V[it["n"]]
        if v[0] == S:
            verdict = {f: False for f in FIELDS}
            reasons = v[1]
        else:
            verdict = dict(zip(FIELDS, v[:6]))
            reasons = v[6]
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
counts = {f: 0 for f in FIELDS + ["all"]}
for l in open(HERE / "events-a.jsonl"):
    r = json.loads(l)
    for f in counts:
        counts[f] += r["verdict"][f]
print(counts)
