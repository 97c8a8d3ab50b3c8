"""Judge d, round 148: write events-d.jsonl and paragraphs-d-verdicts.jsonl from the verdicts below,
then check them. Usage (from round148/): python events-d-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality"]
OK = dict.fromkeys(F, True)

def v(wrong=(), spurious=False):
    if spurious:
        return dict.fromkeys(F, False)
    d = dict(OK)
    for w in wrong:
        d[w] = False
    return d

# n -> (wrong fields, spurious, reasons)
V = {
 1: (["type"], False, "The IMF approving emergency financing for Tunisia is providing credit, AID (CAMEO 071), not SUPPORT's verbal approval of a policy; source, target, date (April 2020) and modality are right."),
 2: (["source", "target"], False, "SANCTION/convict is right for a court sentence, and the date (Thursday 2004-07-15) is right. Source should be the High Court in Auckland (NZL), which the sentence names. Target should be the two Israeli men (ISR), not NZL, and Eli Cara is a person, not an organization."),
 3: ([], False, "Gunmen (in Nigeria) attacking the church in Owo on Pentecost Sunday, 2022-06-05: all fields right."),
 4: ([], False, "Hosting refugees is AID (grant asylum in its territory). It is still going on, so the document date is right."),
 5: ([], False, "Al Qaeda's Iraq wing ('the group') killing Egypt's envoy. An empty code is acceptable for the transnational group. The text only says 'less than three weeks' earlier, so no date is right. The group's own claim of its act stays asserted. reported_by should be the group, not Algeria's ministry (not scored)."),
 6: ([], False, "The government rejecting the opposition's suggestion as absurd: REJECT, as a coder would code 'dismissed'. 'that' refers to a suggestion, not a party, so the empty target is right under the rules (a coder would name the opposition). The document date is right."),
 7: ([], False, "France condemning the coup bid on the dateline day (2019-01-07): right. 'the bid' names an act, not a party, so the empty target is right under the rules (a coder would name the mutineers). The urging is a separate event (e8), not a duplicate."),
 8: ([], False, "The protesters' highway blockade, PROTEST/obstruct, on Thursday 2012-10-04. The sentence gives no aim, so an empty target is right."),
 9: (["target"], False, "Israel accusing the court of bias is ACCUSE and right, but the court is the International Criminal Court (ICC, international, no country), not an Israeli judiciary (ISR)."),
 10: ([], False, "Protests in 2011 demanding the prime minister's resignation are aimed at the authorities, so Kuwait is a right target. The year 2011 is right."),
 11: ([], False, "The guards (at the Italian base) firing on the bomber's truck, reported as this news: right. 'the truck' is a vehicle, not a party, so the empty target is right under the rules (a coder would name the suicide bomber)."),
 12: ([], False, "The Bosnian government calling on the EU (and Croatia) on the dateline day: REQUEST is right in every field."),
 13: ([], False, "The Kosovo government saying on Tuesday 2008-12-09 that it welcomed the EU officials: SUPPORT is right in every field."),
 14: ([], False, "'he' is Kelly Ondo Obiang (GAB), criticising Bongo's address in Monday's broadcast (2019-01-07): ACCUSE is right in every field."),
 15: ([], False, "Morrison defending G4S on Tuesday 2014-02-18: SUPPORT is right. The text gives no country for G4S, but GBR is factually correct."),
 16: ([], False, "Journalists marching against the detentions (banners on press freedom) on Thursday 2011-03-03. This aims at the authorities' act, so the Turkish state is a right target."),
 17: (["modality"], False, "Serb forces' withdrawal is the condition of 'bombing would continue until ...', an act that has not yet happened. Modality should be future/hypothetical, not asserted. No date is right."),
 18: (["source", "target"], False, "The refusal to recognise Kosovo is by five EU members including Spain, so the source should be those members (e.g. Spain, ESP), not the EU. The target should be Kosovo (XKX, 'it'), not Spain."),
 19: ([], False, "Guatemalan soldiers firing on the protesters on Thursday 2012-10-04: ASSAULT is right in every field."),
 20: ([], False, "Perez calling on Venezuelans to rise up, in a video shortly before Tuesday's attack (2017-06-27): REQUEST is right in every field."),
 21: (["target"], False, "Georgia's opposition accused the Georgian authorities of staging a provocation. The target should be the Georgian government (GEO), not Russia's."),
 22: ([], False, "Maduro putting the armed forces on alert, reported as this news: MOBILIZE is right."),
 23: ([], True, "Spurious: 'sent back across the border' means returning detained soldiers, not deploying troops ('sent' in another sense). The act is Turkey not releasing the Greek soldiers (RETREAT/release, negated), not a MOBILIZE."),
 24: ([], False, "NZ opposition parties backing the government's response: SUPPORT is right, with the document date."),
 25: ([], False, "U.S. unions welcoming the suspension: SUPPORT is right. 'the step' is an act, not a party, so the empty target is right under the rules (a coder would name the U.S. government)."),
 26: (["source", "date"], False, "'his country' is Syria, so the source should be Syria (SYR), not Moualem with the code IRQ. The arrests are a total summed over earlier years and should have no date, not the document date."),
 27: ([], False, "Moscow's repeated earlier requests to take the statue: REQUEST with no date is right. The sentence does not say whom Moscow asked, so the empty target is right."),
 28: ([], False, "Washington blaming Iran for the tanker attacks: ACCUSE is right. The blame is undated in the text, so no date is right."),
 29: (["target"], False, "Maduro calling the attack terrorism by coup plotters: ACCUSE is right. The target should be the coup plotters (VEN), whom the sentence names, not empty."),
 30: ([], False, "The EU suspending the pre-membership talks with Serbia in May 2006: SANCTION (discontinue) is right, and so is the date 2006-05."),
 31: ([], True, "Spurious: NATO keeping a headquarters to give logistic support to its own Kosovo peacekeepers is 'support' in another sense. It is no SUPPORT (endorsement) between political actors."),
 32: ([], False, "A bomb killing members of a family in Sidoarjo late on Sunday 2018-05-13. The perpetrator is unknown, so an empty source is right, and the target is right."),
 33: (["target", "modality"], False, "Israel's request to accredit a new ambassador was made to New Zealand, so the target should be New Zealand (NZL), not the ambassador (who would be Israeli). The request is asserted. Only the holding-up is future."),
 34: (["source", "target"], False, "Turkey's strikes destroying targets: the source should be Turkey's military/defence ministry (TUR), named in the sentence. The target should be the PKK (and its Syrian affiliate), whose sites were destroyed."),
 35: ([], False, "Zaire accusing Kigali (Rwanda) of backing Kabila's rebels, on the dateline day: right. COD is accepted for Zaire."),
 36: (["source"], False, "Resignations by Israeli Labour ministers: RETREAT/resign on Wednesday 2002-10-30 is right, but the source's country should be ISR, not GBR."),
 37: (["date", "modality"], False, "The urging is what the foreign minister is being sent to do, so it is future: the modality should be future, and the date should be none, not the document date."),
 38: (["type"], False, "A court ordering the soldiers held pending trial is detention, COERCE/arrest, not a REQUEST. The other fields are right."),
 39: ([], False, "'the military would not be deployed': MOBILIZE, negated, with no date is right."),
 40: ([], False, "Ankara 'would encourage Assad': REQUEST, future, with no date is right."),
 41: (["target"], False, "'They' are Vang Pao and the other men detained. They are the accused, so they should be the target, not the United States."),
 42: (["date", "modality"], False, "The shootings are claimed by rights groups and the opposition against the police account, so the modality should be reported. They are spread over the campaign since 1 February and should have no date, not the document date."),
 43: ([], False, "Fule urging Turkey to respect press freedom: REQUEST is right, with the document date."),
 44: ([], True, "Spurious: a senior diplomat's quip about Kissinger's remark from decades ago is no political act reported as news. Even if coded, the date would not be 1999-06-04."),
 45: (["source", "date"], False, "Munir is Pakistan's army chief, so the source should be PAK, not USA. The thanks came at Wednesday's lunch, so the date should be 2025-06-18, not none."),
 46: (["date"], False, "The U.N. agreeing to the six-point plan was part of last month's Security Council compromise, so the date should be 2008-11, not the document date."),
 47: ([], False, "Guinea's opposition calling the results a fabrication: ACCUSE is right. 'the figures' are results, not a party, so the empty target is right under the rules (a coder would name the interior ministry)."),
 48: ([], False, "Wellington asking Israel for an explanation 'months ago': REQUEST with no date is right."),
 49: ([], False, "Azerbaijan's foreign ministry rejecting Pelosi's remarks ('her'): REJECT is right, as a coder codes 'rejected', with the document date."),
 50: ([], False, "The State Department urging China to let people voice grievances peacefully: REQUEST is right, with the document date."),
}

PARAS = {
 "h51-x198-11": ([
   "CONSULT: King Juan Carlos (ESP) -> Ceuta / its authorities (ESP), visit, 2007-11-05",
   "ACCUSE: Morocco (MAR) -> Spain (ESP), angry protests at the visit, 2007-11-05",
   "SANCTION: Morocco (MAR) -> Spain (ESP), recalled its ambassador from Madrid, 2007-11-02 (Friday, per the story)"],
   1, 1, 0, "Dateline found the visit (CONSULT), but its target, Morocco, is wrong. Morocco is the protester, not the host. It missed Morocco's protest (ACCUSE) and the recall of the ambassador (SANCTION)."),
 "h51-x199-10": ([], 0, 0, 0, "An election result (declared winner) is no PLOVER event, so there is nothing to code."),
 "h51-x199-12": ([
   "REJECT: Nicolas Sarkozy (FRA) -> former colonies / Africans, says the present generation should not be asked to repent for colonisation, 2007-07-26",
   "ACCUSE: critics across French-speaking Africa -> Nicolas Sarkozy (FRA), wave of criticism of the speech, 2007-07-26"],
   0, 0, 0, "'Colonisation was a great mistake' is a statement with no PLOVER type. Dateline found nothing in this paragraph."),
 "h51-x198-06": ([
   "SANCTION: Israel's Labour Party (ISR) -> Sharon's governing coalition (ISR), pulled out of the coalition, 2002-10-30"],
   1, 1, 0, "Found, with the right type and date. The target (Sharon's coalition) is left empty. The ongoing Palestinian uprising is background, not coded."),
 "h51-x198-13": ([
   "CONCEDE: Iran (IRN) -> U.N. (IAEA) inspectors, agreed to allow inspections of the Qom plant, 2009-10-01",
   "AGREE: Iran (IRN) -> six world powers, agreed in principle to send enriched uranium abroad, 2009-10-01",
   "CONSULT: Iran (IRN) <-> six world powers, a day of talks near Geneva, 2009-10-01"],
   1, 1, 0, "Dateline found the inspection concession. It missed the in-principle uranium agreement and the Geneva talks."),
 "h51-x200-13": ([
   "COERCE: Ollanta Humala (PER) -> Cajamarca protesters/provinces (PER), state of emergency suspending some civil liberties, 2011-12-04",
   "MOBILIZE: Humala / Peruvian armed forces (PER), sent troops into Cajamarca, 2011-12-04",
   "PROTEST: protesters in Cajamarca (PER) -> the Conga mining project (Minera Yanacocha), 11 days of protests, no date (span)"],
   1, 1, 0, "Found the state of emergency (COERCE). The suspension of liberties is counted as part of the same decree. Dateline missed sending the troops and the protests."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open(HERE / "events-d.jsonl", "w") as out:
    for it in items:
        wrong, spur, why = V[it["n"]]
        d = v(wrong, spur)
        d["all"] = all(d[f] for f in F)
        rec = dict(it)
        rec["verdict"] = d
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, n_dl, spur, notes = PARAS[p["doc"]]
        assert n_dl == len(p["events"]), p["doc"]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": n_dl, "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")

# checks
got = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(got) == 50
for it, g in zip(items, got):
    assert (g["n"], g["doc"], g["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert all(g[k] == it[k] for k in it)
    vd = g["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd.values())
pv = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
assert len(pv) == 6
counts = {f: sum(g["verdict"][f] for g in got) for f in F + ["all"]}
print("per-field right of 50:", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
