"""Write events-c.jsonl from the judge's verdicts (fields judged false per item) and reasons."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (fields that are wrong, or "spurious"; reasons)
V = {
 1: ([], "FSB (RUS) detained the U.S. reporter Gershkovich: COERCE arrest, asserted with the FSB as reporter; Thursday 2023-03-30 is the day the text gives for the report of the act."),
 2: ([], "'he' is Trump (USA); cutting aid to South Africa is SANCTION (CAMEO 162), dated February 2025 as the text says."),
 3: (["date"], "Ethiopia's capture of Eritrean towns is ASSAULT (seizure by armed forces), but it took place in the offensive 'launched in mid-May' ('last month' in the story): date should be 2000-05, not the document date."),
 4: ([], "Saakashvili (GEO) calling on the United States (and Europe) to intervene is REQUEST, made in his address on the day of the report (2008-08-08)."),
 5: (["target"], "REQUEST by Rajoelina is right, but 'his opponent' in the sentence refers to Marc Ravalomanana (MDG): target should be Ravalomanana, not empty."),
 6: ([], "Police (NGA) firing on crowds, several people killed in Lagos: ASSAULT with Nigerian police and people; undated act reported as this news takes the document date."),
 7: (["target"], "A future resignation (RETREAT resign, future, no date) by Salam, coded UNO as the ICJ president acting in that office (LBN would also be defensible); but 'the court' is the International Court of Justice in The Hague, not a Lebanese court: target should be the ICJ (UNO/IGO, no country)."),
 8: (["type"], "Annan saying he will present proposals for a peacekeeping force to the Security Council is an offer / intent to provide peacekeeping (CAMEO 0334, AGREE), not a meeting: type should be AGREE; source, target, future modality and unknown date are right."),
 9: ([], "Biden (USA) welcomed the accord: SUPPORT; 'the accord' is not a party and the sentence names no party to it, so the empty target is right; document date 2024-10-03 is the Thursday of the report."),
 10: ([], "Annan (UNO) welcomed the agreement: SUPPORT with no party named in the sentence (empty target right); undated reaction takes the document date."),
 11: ([], "President Iajuddin Ahmed (BGD) declared a state of emergency: COERCE (state of emergency), no target party, January 2007 as the text places it."),
 12: ("spurious", "Spurious: the Chagossian groups 'vowed to keep fighting' their campaign, a figurative fight, not a threat of violence; and the source would be the Chagossian groups, not the United Kingdom."),
 13: (["date"], "ASSAULT with no named attacker and 20 people in Dagestan (RUS) is right, but 'the fighting' is the raid the story dates to Tuesday: date should be 1996-01-09 (or at least the document date), not unknown."),
 14: (["source"], "ACCUSE (condemned the arrests) with no party named as target is right, but Al Wefaq is a Bahraini political society: its country should be BHR, not empty."),
 15: ([], "Rivlin (ISR) will begin consultations with party leaders (ISR) next week: CONSULT, future, 2019-W39 (the week after the Thursday 2019-09-19 of the report)."),
 16: ([], "The state-run Nepal Oil Corporation (NPL) and PetroChina (CHN) signed a memorandum: SUPPORT (sign agreement), mutual, on Wednesday 2015-10-28. The garbled name 'run Nepal Oil Corporation' is the right party."),
 17: (["source", "date"], "The agreement's signatories calling on the UN is a REQUEST, but the Bougainville factions are coded NZL (the talks' host); they are Bougainvilleans (PNG). The call is made in the agreement signed on Friday: date should be 1998-01-23, not the document date."),
 18: ([], "Syrian opposition groups asked the Arab League to send its findings to the UNSC: REQUEST, present perfect news, document date."),
 19: (["type", "target"], "Abe and Xi 'also sent messages' of congratulation to Moon like the White House: type should be SUPPORT (praise, CAMEO 051), and the recipient is Moon Jae-in (KOR), not each other (empty would also be acceptable by the sentence rule)."),
 20: ([], "UNSC imposed an oil and arms embargo on Sierra Leone this month: SANCTION (termination of commercial exchanges; CAMEO2PLOVER maps 163 to COERCE, but PLOVER's SANCTION 'discontinue' fits an embargo), 1997-10."),
 21: (["source", "target"], "'did not accept the official account' is a rejection (AGREE negated, accepted as the equivalent of a REJECT asserted), but the source should be Abiola's family, not the witnesses of the previous sentence, and the target is not Abiola: the account is the government's, which the sentence does not name, so the target should be empty (or the Nigerian government)."),
 22: ([], "Zelenskiy saying Ukraine would not give up land to Russia: CONCEDE negated (a refusal), Ukraine -> Russia, statement reported in this story (2025-08-16)."),
 23: (["source"], "Future COERCE restrict (barring U.S. diplomats from two properties) is right, but the Foreign Ministry is Russia's: its country should be RUS, not empty."),
 24: ([], "Egyptian authorities jailing political opponents since 2013: COERCE arrest, a span since 2013, so no date is right; attribution to rights groups keeps it asserted."),
 25: ([], "A soldier (IRQ) killed at a checkpoint on Friday, killer unnamed: ASSAULT, 2013-04-19 (the Friday before Tuesday 2013-04-23)."),
 26: ([], "Authorities (EGY) urged Egyptians to vote: REQUEST; the urging itself is not dated in the text (background before/during last week's vote), so unknown is acceptable."),
 27: ([], "Dbeibah (LBY) said he supported the protesters (LBY): SUPPORT, undated statement reported as this news takes the document date."),
 28: ([], "Turkish opposition leaders accused the government (TUR) of obstructing justice: ACCUSE, 2013-12-18 (Wednesday, the document date)."),
 29: ([], "Israel pulled its troops and settlers out of Gaza: RETREAT withdraw, Israel -> Palestinian territory (PSE); the text gives only 'less than a year' before, so no date is acceptable."),
 30: (["source"], "Hu urging Japan is a REQUEST on the day of the summit, but Hu is China's President Hu Jintao: country should be CHN, not JPN."),
 31: (["source"], "ACCUSE against the Moldovan opposition is right, but the accuser in the sentence is Vladimir Voronin (MDA), not an unnamed 'Moldova party' (dateline itself gives Voronin as reporter)."),
 32: ([], "Abubakar (NGA) released political prisoners (NGA): RETREAT release, background act since he took power with no date given, unknown is right."),
 33: ([], "Arab leaders (no single country) urged the Israeli government: REQUEST on Thursday 2007-03-29."),
 34: (["target"], "Washington's call for an independent autopsy is a REQUEST, but it is addressed to Nigeria's military government, whom the same sentence names as answering it: target should be Abubakar / the Nigerian government (NGA), not empty."),
 35: ([], "Abubakar (NGA) appealed for calm in a broadcast late on Tuesday: REQUEST with no addressee named (empty target right), 1998-07-07."),
 36: (["type"], "The National Assembly (KWT) throwing out the Emir's decree is a rejection / veto of a policy (CAMEO 12x), not a reduction of relations: type should be REJECT; parties and last week (1999-W47) are right."),
 37: ([], "Turkey welcomed the Cypriot decision: SUPPORT; 'the decision' is not a party, so an empty target is right by the sentence rule; document date."),
 38: (["target", "date"], "The killing in the church is an ASSAULT with no named killer, but the victims are 'the people' (East Timorese refugees), not the church; and the assault took place on Tuesday: date should be 1999-04-06, not the document date."),
 39: ("spurious", "Spurious: 'lists backed by Hezbollah and Amal' describes the parties' own electoral slates in a report of election results; there is no act of support between political actors."),
 40: ([], "Al-Arouri (Hamas, PSE) killed in a strike on Tuesday 2024-01-02: ASSAULT; the text only reports that officials blamed Israel (coded separately as ACCUSE), so the empty source is acceptable."),
 41: ([], "More than 40 people (NPL) killed in protests since August: a total since an earlier time, so no date is right; ASSAULT with unnamed attackers."),
 42: (["target"], "Chirac (FRA) urging 'them' to show courage is a REQUEST on Friday 2006-02-10, but 'them' are the two leaders Kocharyan (ARM) and Aliyev (AZE), not the Minsk Group."),
 43: (["target"], "Turkey's demand for an apology, compensation and an end to the blockade is a REQUEST addressed to Israel (clearly the party acted upon), not Palestine: target should be Israel (ISR)."),
 44: (["date"], "ECOWAS lifting sanctions on Mali is RETREAT (ease sanctions, CAMEO 085), but the text dates it 'this month': date should be 2022-07, not the document date 2022-07-12."),
 45: ([], "Turkish police detaining dozens of businessmen and officials on Tuesday 2013-12-17: COERCE arrest; a separate act from the raids coded for the same sentence."),
 46: ("spurious", "Spurious: a duplicate. Travelling to Washington on Monday to meet Trump is one visit, already coded from this sentence as the CONSULT 'travel' (e3, dated 2025-08-18); this second CONSULT has no date besides."),
 47: (["source", "date"], "One person killed near the APC headquarters is an ASSAULT, but the sentence makes the security forces (SLE) who fired live rounds the source, and the act took place 'On Sunday': date should be 2023-06-25, not the document date."),
 48: ([], "Greek unions called a general strike for Wednesday: PROTEST strike, future, 2010-05-05; aimed at the deal and the cuts, no party named, so empty target is right."),
 49: ([], "Thousands (HTI) killed last year per U.N. figures: ASSAULT, 2023, attackers unnamed."),
 50: ([], "At least 40 protesters (IRQ) killed in the storming on Tuesday 2013-04-23: ASSAULT, killer not named in the sentence."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-c.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(counts)
