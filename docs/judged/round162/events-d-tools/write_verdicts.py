"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from round162/): python3 events-d-tools/write_verdicts.py"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
ALL_T = set()
# n -> (set of wrong fields, or "spurious"), reasons
V = {
 1: ("spurious", "Spurious: 'ready to become the country's 30th prime minister' is a claim to office, not a commitment to cooperate with any party, and Thailand is no recipient; the codable act in the sentence is the invitation to Pheu Thai and four smaller parties to join a coalition (AGREE/REQUEST, Pita (THA) -> Pheu Thai (THA)), which dateline did not code."),
 2: (set(), "Georgia signed the association agreement with the EU in June 2014: SUPPORT (sign), GEO -> EU, 2014-06, asserted; all right."),
 3: ({"source"}, "ACCUSE Foote -> Washington is right and the document date stands, but Foote is the U.S. special envoy for Haiti: source country should be USA, not HTI."),
 4: ({"target"}, "ASSAULT (air strikes) by France on 2013-01-11 is right, but the sentence names the party struck: target should be the Islamists (Islamist fighters in Mali), not empty."),
 5: ({"target"}, "SUPPORT (ratify) by King Hamad (BHR; name split into two fragments, both the king) dated Monday 2017-04-03 from the BNA report is right; the king is also given as target of his own ratification: a domestic amendment has no recipient, so the target should be empty."),
 6: (set(), "Ruto announces Kenyan officers will deploy to Haiti: MOBILIZE (police deployment) KEN -> HTI, future, no date; right. (AID/peacekeeping would also be defensible.)"),
 7: ({"target"}, "An intragovernmental instruction (REQUEST State Department -> its embassies) reported as this news, document date fine; but 'its embassies' are U.S. embassies: target country should be USA, not empty."),
 8: (set(), "UN-reported killing of hundreds of civilians in attacks on the camp over the weekend: ASSAULT, no attacker named in the sentence (empty source right), civilians (SDN), weekend of 2025-W15 (12-13 April); all right."),
 9: ({"target"}, "ACCUSE by Nigerian critics, document date right, but they criticise 'the president' named in the sentence: target should be President Goodluck Jonathan (NGA), not empty."),
 10: (set(), "IS militants abducted the 49 people including Turkey's consul general in June: ASSAULT abduct, IS -> Turkish consul general (TUR), 2014-06, asserted; right."),
 11: ({"date"}, "AID (Russian air-strike backing) Russia -> Syrian troops is acceptable, but the text dates the offensive 'this week': date should be 2016-W05, not the document day 2016-02-05."),
 12: (set(), "Trump's White House meeting with Milei: CONSULT, U.S. presidency (given as 'White House', USA) <-> Milei (ARG), October 2025 (the 'this month' of the sentence), asserted; right."),
 13: (set(), "Diplomats (country not given) welcomed the breakthrough deal: SUPPORT, no party named as target, document date, asserted; right."),
 14: (set(), "Athens expelled the Libyan ambassador: SANCTION expel GRC -> Libyan ambassador (LBY), background act with no date in the text (unknown is right), asserted; right."),
 15: ({"source"}, "SANCTION withdraw (party leaves the coalition) on Wednesday 2014-11-05 toward Georgian Dream is right, but Alasania's Free Democrats are a Georgian party: source country should be GEO, not DEU (German FDP)."),
 16: (set(), "Tshisekedi thanked the other EAC leaders: SUPPORT COD -> other leaders (several countries, empty code right), Tuesday 2022-03-29, asserted; right."),
 17: (set(), "Police fired tear gas at stone-throwing youths in Syntagma Square: ASSAULT crowd-control, Greek police -> youths (GRC), Wednesday 2011-06-29, asserted; right."),
 18: ({"type", "date"}, "Plainclothes officers pulling people out of the crowd and bundling them into buses is detention: type should be COERCE arrest, not RETREAT; and it happened at the Sunday protests: date should be 2011-07-03, not the document date."),
 19: ("spurious", "Spurious: 'cutting ties with its central bank' is part of the sanctions package already coded in this sentence (e1, SANCTION Turkey -> Syria), a duplicate; as its own act the target would be Syria's central bank (SYR), not Turkey's."),
 20: ({"source", "target", "date"}, "SANCTION (agreed to impose sanctions, asserted) is right, but the ministers are EU foreign ministers (EU), not Syrian; the target is those responsible for the coastal killings (unnamed, SYR), not the state of Syria and its security forces (who were the attacked); and the decision is dated Tuesday 2025-05-20, not March (the date of the killings)."),
 21: ("spurious", "Spurious: 'he would never have agreed to free a man guilty of such acts' is a counterfactual justification in the palace statement, no act; besides, 'the king' is Morocco's Mohammed VI (MAR), not Spain's Juan Carlos."),
 22: ({"target", "date"}, "REQUEST (urge return to ceasefire) by Ban (UN) is right, but 'both sides' are the Syrian government/army and the rebels: target should be both, not Syria's government plus Kofi Annan; and Ban's statement is this news: date should be the document date 2012-10-27, not August 2012 (Annan's resignation)."),
 23: ({"target"}, "CONCEDE (Josipovic conceded defeat late on Sunday, 2015-01-11) is right, but the winner is referred to in the sentence ('Her lead'): target should be Kolinda Grabar-Kitarovic (HRV), to whom defeat was conceded, not empty."),
 24: (set(), "Rebels' standing demand for the withdrawal of Ugandan troops: REQUEST (yield), rebels (SSD) -> Ugandan troops (UGA), ongoing so document date, asserted; right."),
 25: ({"type"}, "Separatist fighters taking control of Aden after three days of fighting is armed forces seizing ground: type should be ASSAULT (CONVENTIONS), not COERCE seize; fighters (YEM) -> Yemen's government side, Tuesday 2018-01-30, asserted are right."),
 26: (set(), "Belarus police detained hundreds of people on Sunday: COERCE arrest, police (BLR) -> people (BLR), 2011-07-03, asserted; right."),
 27: (set(), "Japan and Taiwan signed the fisheries agreement on Wednesday 2013-04-10: SUPPORT (sign), mutual (both parties as source and target), asserted; right."),
 28: (set(), "In his final statement last week Sentsov urged Russians to overcome their fear: REQUEST (appeal) UKR -> Russians (RUS), 2015-W34, asserted; acceptable as an appeal and right in all fields."),
 29: ({"target"}, "REQUEST (Juan Carlos asked for the releases, July 2013) is right, but the request was made to the host of his visit to Rabat: target should be Morocco/King Mohammed VI (MAR), referred to by 'Rabat' in the sentence, not empty."),
 30: ({"date"}, "Duterte 'had earlier said he welcomed the chance to defend himself' (SUPPORT of the ICC examination, ICC not named so empty target right); but it is an earlier act with no date in the text: date should be none (unknown), not the document date."),
 31: (set(), "North Korea walked out of the six-party talks in 2009: SANCTION withdraw, PRK, no single recipient (a multilateral forum), 2009, asserted; right."),
 32: ({"source", "target"}, "PROTEST boycott on Thursday 2023-06-22 is right, but the lawmakers are U.S. Democrats: source country should be USA, not IND; and they boycotted Modi's address: target should be Narendra Modi (IND), not Rashida Tlaib (one of the boycotters)."),
 33: (set(), "Washington's long-standing accusation that Pakistan's spy agency tolerates the Haqqani network: ACCUSE, USA -> ISI (PAK), ongoing so document date, asserted; right."),
 34: (set(), "Trump telephoned Bolsonaro, reported by the White House as this news: CONSULT phone USA -> Bolsonaro (BRA), document date, asserted; right."),
 35: (set(), "Obama hosted talks with regional leaders on South Sudan: CONSULT, USA -> regional leaders (several countries), no date in the sentence so document date, asserted; right (Monday 27 July, from the previous sentence, would be a fair alternative)."),
 36: (set(), "Botswana summoned the U.S. ambassador over the remark and called it racist: ACCUSE, BWA -> U.S. ambassador (USA), Friday 2018-01-12, asserted; right."),
 37: ({"source"}, "SANCTION (relations broken off in 2008) toward the United States is right, but it was Bolivia under Evo Morales that broke them: source should be Bolivia/Evo Morales (BOL), not Rodrigo Paz."),
 38: ({"target"}, "ACCUSE by rights groups (name mangled as 'remark rights groups', party right), document date acceptable; but they criticised Obama's remark: target should be Barack Obama (USA), named in the sentence, not empty."),
 39: (set(), "Earlier this month Turkey declined to sign the anti-IS communique: REJECT, TUR, no party named as requester (empty right), 2014-09, asserted; right."),
 40: ({"target"}, "REJECT (vetoes over two years, no single date: unknown right) by Yoon is right, but the vetoed bills are the opposition's, named in the sentence: target should be the opposition (Democratic Party, KOR), not empty."),
 41: (set(), "Trump due to visit Seoul days later: CONSULT visit, USA -> South Korea (KOR), future, no exact date (unknown right); right."),
 42: ({"target"}, "COERCE arrest of dozens of Tatars since 2014 (span, no date; arresting party not named, empty source right) is right, but they are Crimean Tatars, whom the text treats as Ukrainians on the annexed peninsula: target country should be UKR, not RUS."),
 43: ({"target"}, "ACCUSE (China restated its opposition to THAAD) on the statements' day 2017-10-31 is right, but 'its opposition' is no party: target should be South Korea (KOR), which deployed the system, named in the sentence."),
 44: ({"target"}, "SUPPORT (Kurti hailed the agreement), document date, asserted is right, but he praised the agreement as proof of his reciprocity principle, not Serbia: the agreement is no party and the target should be empty, not Serbia's government."),
 45: (set(), "UN Security Council imposed sanctions on North Korea on Wednesday 2016-03-02: SANCTION, UN -> PRK, asserted; right."),
 46: ({"source", "date"}, "SUPPORT (recognition) of Kosovo is right, but the recognisers are named: source should be the more than 90 countries incl. the United States (USA) and most EU members, not empty; and it is a total accumulated since 2008: no date, not 2008."),
 47: (set(), "Washington 'had consistently urged Bahrain to respect due process': REQUEST, USA -> BHR, repeated over time with no date (unknown right), asserted; right."),
 48: (set(), "Pakistan (via Aziz) welcomed the resumption of dialogue: SUPPORT, PAK, India not named in the sentence (empty right), 2015-12-09 (the story's day), asserted; right."),
 49: (set(), "Syrian officials have accused Turkey of sheltering defectors and the SNC: ACCUSE, SYR -> TUR, ongoing so document date, asserted; right."),
 50: (set(), "The Taliban say they are investigating (the activists' case): ACCUSE investigate, Taliban (AFG), no party named (empty right), ongoing so document date, asserted; right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open("events-d.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

P = [
 {"doc": "h59-x232-23", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (opposition wins, leaving Yoon with a hostile legislature) is no PLOVER act; nothing to code, and dateline coded nothing."},
 {"doc": "h59-x229-14", "coder_events": [
   "RETREAT (release): Russian(-installed) authorities (RUS; agent not named, so empty) -> two Crimean Tatar leaders Akhtem Chiygoz and Ilmi Umerov (UKR), released and flown to Turkey, 2017-10-25",
   "SANCTION (convict/jail): Russian-installed courts in Crimea (RUS) -> the two Tatar leaders (UKR), had been jailed, no date (earlier)"],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "Dateline's only event, 'flown' CONSULT visit with empty source and the leaders as target, is spurious: the freed prisoners being flown to Turkey is no diplomatic visit. The release itself (RETREAT) was missed. Erdogan's 'quiet diplomacy' is given as an attribution, not coded."},
 {"doc": "h59-x229-01", "coder_events": [
   "SUPPORT (approve policy): Greek lawmakers/parliament (GRC) -> (none; the government's austerity package), approved the five-year package, 2011-06-29",
   "ASSAULT (clashes; a coder could equally code PROTEST riot): riot police (GRC) <-> protesters (GRC), fought running battles outside parliament, 2011-06-29"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the approval (SUPPORT, right in all fields) and missed the street clashes in the same sentence. The release of EU/IMF funds is only prospective ('clearing the hurdle for'), not coded."},
 {"doc": "h59-x229-25", "coder_events": [
   "SANCTION (expel, mutual): Hungary (HUN) <-> Ukraine (UKR), expelled two of each other's diplomats, 2025-05-09",
   "ACCUSE (allege): Ukraine's SBU security service (UKR) -> Hungarian military intelligence (HUN), said it had uncovered a Hungarian spy network in Transcarpathia, 2025-05-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The mutual expulsion is one act coded once (dateline: both countries as source, 'other's diplomats' as target, right type and date). The SBU's espionage accusation was missed."},
 {"doc": "h59-x229-09", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win unseating the incumbent is no PLOVER act; nothing to code (the concession of defeat comes in a later paragraph)."},
 {"doc": "h59-x231-20", "coder_events": [
   "CONSULT: Taliban delegation (AFG) <-> Western diplomats (and Afghan civil society figures), ended three days of talks near Oslo, 2022-01-25",
   "REQUEST (yield/assist): Taliban delegation (AFG) -> Western governments/diplomats, pressing for the release of frozen Afghan assets, 2022-01-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the REQUEST (its target is empty where the Western diplomats are named) and missed the talks themselves (CONSULT)."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
got = [json.loads(l) for l in open("events-d.jsonl")]
assert len(got) == 50
for a, b in zip(items, got):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
pp = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(pp) == 6 and [p["doc"] for p in pp] == [json.loads(l)["doc"] for l in open("paragraphs-d.jsonl")]
for p in pp:
    assert p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
pdl = [len(json.loads(l)["events"]) for l in open("paragraphs-d.jsonl")]
assert pdl == [p["dateline_events"] for p in pp], pdl
counts = {f: sum(r["verdict"][f] for r in got) for f in F + ["all"]}
print("per-field right of 50:", counts)
print("paragraphs: coded acts", sum(len(p["coder_events"]) for p in pp), "found", sum(p["found"] for p in pp),
      "dateline events", sum(p["dateline_events"] for p in pp), "spurious", sum(p["spurious"] for p in pp))
from collections import Counter
c = Counter()
for r in got:
    for f in F:
        if r["verdict"]["event"] and not r["verdict"][f]: c[f] += 1
print("wrong fields among real events:", dict(c))
