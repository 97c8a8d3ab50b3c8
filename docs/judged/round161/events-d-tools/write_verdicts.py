"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts, then check them.

Verdict tuples: (event, type, source, target, date, modality, reasons). `all` is computed as the and of
the six; a spurious item (event False) is forced False in every field.
"""
import json

T, F = True, False
V = {
 1: (T, T, T, T, T, T, "Army officials (NGA) rejecting Governor Jang's charge, reported as this news; the charge's author is not named in the sentence, so an empty target is right. REJECT accepted for rejecting an accusation (a denial; CAMEO would put it at 016 with no PLOVER type, but 'rejected' is a plain refusal)."),
 2: (T, T, T, T, T, T, "Senate Democrats (USA) accusing Bolton ('him') of bullying analysts; a background act of the months before the recess appointment with no date in the text, so no date is right."),
 3: (T, T, T, T, T, T, "Myanmar police taking control of Suu Kyi's car and driving her home is coercion (COERCE); 'last month' from 1998-08-25 gives 1998-07."),
 4: (F, F, F, F, F, F, "Spurious: 'could not be held responsible' is Sankoh's own denial of responsibility for the coup, not an accusation against Kabbah; nothing to code (a denial, CAMEO 016, has no PLOVER type)."),
 5: (T, T, T, T, T, T, "The United States (USA) welcoming Kuwait's appointment of a woman minister; 'the appointment' names no party, so an empty target is right by the sentence rule; reported as this news."),
 6: (T, F, T, F, T, F, "The sentence gives the terms of Libya's offer: an offer of money is AGREE (Libya offering $10 million per family), not AID; target 'each family' is coded LBY, but they are the Lockerbie victims' families (mostly American and British), so the country should be empty; the payment is hypothetical (only under the proposal if accepted), the offer itself asserted, not future. An empty source is right by the sentence rule (Libya is not named in it)."),
 7: (T, T, T, T, F, T, "The January clashes in and around Jos killing hundreds (NGA); date should be 2010-01 ('clashes in January'), not unknown."),
 8: (T, T, T, T, T, T, "Erdogan (TUR) due to hold talks with Obama (USA): a future CONSULT; no date is given for the talks, so unknown is right."),
 9: (T, T, T, T, T, T, "Iraq's government (IRQ) warning Tehran (IRN) against interfering, reported as this news; THREATEN accepted for a forceful warning between states, though with no repercussion stated a REQUEST (demand not to interfere) would also be defensible."),
 10: (T, T, T, T, T, T, "Turkish officials (TUR) repeatedly warning they would not accept different treatment; THREATEN accepted for a forceful warning (REJECT would be the alternative); the EU is not named in the sentence, so an empty target is right; repeated warnings over time have no date."),
 11: (T, T, F, F, T, T, "Musharraf is the target of the two assassination attempts, not their author: source should be empty (unnamed attackers), target Pervez Musharraf (PAK); ASSAULT and 2003-12 are right."),
 12: (T, T, T, T, F, T, "Annan (UN) approving the pull-out decision; it is a pluperfect act before the UN announced the pull-out on Friday 2002-02-08, so the document date 2002-02-09 is wrong: no date (an earlier undated act), at the latest 2002-02-08."),
 13: (T, T, F, T, T, T, "King Hamad bin Isa al-Khalifa (BHR) hailing the elections; source should be the king alone: dateline splits his name into 'Hamad bin Isa al' (BHR) and a second uncoded party 'Khalifa' with no country."),
 14: (T, T, T, T, T, T, "Ethnic Albanian gunmen clashing with Serbian police (SRB) in Presevo; the gunmen's country is not given (empty right); present-perfect clashes with no date, so unknown is right; the clash is stated as fact inside the leaders' warning (asserted)."),
 15: (T, T, F, T, T, T, "Source Burelli Rivas is Venezuela's foreign minister: code should be VEN, not COL; the demand on Bogota (COL), reported as this news on 1995-02-28, is otherwise right."),
 16: (T, T, T, T, F, T, "Ahmadinejad (IRN) accusing critics (IRN) is a pluperfect background act ('had defended ... and accused') before Tuesday's impeachment vote; it should have no date, not the document date 2008-11-05."),
 17: (T, T, T, T, T, T, "Alkatiri (TLS) accusing Canberra (AUS) of bullying during the talks; a background act with no date in the text, so unknown is right."),
 18: (T, T, T, T, T, T, "Senegal (SEN) indicting Habre (TCD) in 2000: ACCUSE, all fields right."),
 19: (T, T, T, F, T, T, "Katsav (ISR) complaining that a former employee was extorting him; target should be the former employee (ISR) the complaint accuses (named in the sentence), not empty; 2006-07 is right."),
 20: (T, T, T, T, T, T, "Turkey (TUR) due to open membership talks with the EU: future CONSULT (negotiation); the text gives only 'less than two months' away, so no exact date is right."),
 21: (T, T, T, F, T, T, "The bombing is not a duplicate (another sentence than e1); target should be the Israelis gathered at the cafe (ISR), who are named in the sentence, not empty; the bomber's country is not given in the sentence (empty accepted); 1:30 p.m. Friday 1997-03-21 is right."),
 22: (T, T, T, T, T, T, "Pakistan's government (PAK) welcoming the Senate vote; 'the vote' names no party, so an empty target is right; reported as this news."),
 23: (T, T, F, F, T, T, "The opposition deputies demanding a tougher response are Venezuelan: code should be VEN, not COL; target should be the Venezuelan government ('Caracas', named in the same sentence), whose response is demanded; Tuesday 1995-02-28 is right."),
 24: (T, T, T, F, T, F, "The UN lifting its sanctions is the condition of the payment, so modality should be hypothetical, not future; target should be Libya (LBY), whose sanctions they are, named in the same sentence."),
 25: (T, T, T, T, T, T, "Arafat (PSE) condemning the bombing on the day of the report; no perpetrator is named in the sentence, so an empty target is right."),
 26: (T, T, T, F, F, F, "The pledge of support for Turkey's bid (AGREE per the pledge rule) was made on Monday: date should be 2009-04-06 and modality asserted (the pledge was made), not unknown/future; target should be Turkey alone, the EU is the body Turkey wants to join, not the recipient of the pledge. Source: the pledge is Obama's; the United States he speaks for is accepted."),
 27: (T, T, T, T, T, T, "Enforcement Directorate (IND) investigating possible breaches: ongoing investigation at the document date; no party named as target, so empty is right."),
 28: (T, T, T, T, T, T, "Indonesian protesters (IDN) burning Malaysian flags and pelting Malaysia's embassy: PROTEST against Malaysia (MYS), Thursday 2002-08-29."),
 29: (T, T, F, F, T, T, "It is the Western creditors who agreed to write off Nigeria's debt: source should be the Western creditors (no single country), target Nigeria (NGA); AGREE and 2005 ('this year') are right."),
 30: (T, T, T, T, T, T, "Freetown court (SLE) sentencing Sankoh (SLE) on Friday 1998-10-23: SANCTION convict, all right."),
 31: (T, T, T, F, T, T, "Target should be Wasmosy's counterparts, the presidents of Argentina, Brazil and Uruguay (and Chile's Frei) named in the story, to whom 'his counterparts' refers: empty is wrong by the pronoun/description rule."),
 32: (T, T, T, T, T, T, "Mohammad Reza Khatami (IRN) calling the new parliament (IRN) illegitimate: ACCUSE, reported as this news."),
 33: (T, T, T, T, T, T, "Fujimori (PER) thanking Panama (PAN) in a statement reported as this news: SUPPORT, all right."),
 34: (T, T, T, T, T, T, "Kocharyan (ARM) welcoming the pope's visit; 'the visit' names no party, so an empty target is right."),
 35: (T, T, T, T, T, T, "Addy Moolman (ZAF) also convicted on Thursday 2003-04-24; the court is not named in the sentence, so an empty source is right."),
 36: (T, F, T, T, T, T, "'Welcomed Chile's Eduardo Frei at a summit' is the host leaders receiving Frei at the meeting, CONSULT (a summit meeting/hosting), not SUPPORT praise; Menem (ARG) as one of the four hosts and Frei (CHL) are right, Tuesday 1996-06-25 right."),
 37: (T, T, T, T, T, T, "Adamkus (LTU) promising to restore trust in the presidency: AGREE (statement of intent) accepted, though with no counterpart it is a weak event; reported as this news."),
 38: (T, F, T, T, T, T, "Opposition parties dismissing the reshuffle is criticism (the next sentence calls it 'a game of musical chairs'): type should be ACCUSE (disapprove); REJECT is for refusing a request or proposal. Source (DZA), empty target and the news date are right."),
 39: (T, T, T, T, T, T, "ICTY (UN) sentencing Krstic (Bosnian Serb, BIH) on Thursday 2001-08-02: SANCTION convict, all right."),
 40: (T, T, T, T, T, T, "Abbas (PSE) resigned on Saturday 2003-09-06: RETREAT resign, all right."),
 41: (T, T, T, T, T, T, "The EU ('the bloc') reaching a budget deal on Saturday morning 2005-12-17: AGREE accepted."),
 42: (T, T, T, T, T, T, "Kadyrov (RUS) thanking Putin (RUS): SUPPORT on the day of the report."),
 43: (T, T, T, T, T, T, "Hariri (LBN) accusing the opposition (LBN) of blocking him in September 2009: all right."),
 44: (T, T, F, T, T, T, "The students and labour activists rallying in Jakarta are Indonesian: source code should be IDN, not MYS; not a duplicate (another sentence than e1); target the Malaysian embassy (MYS) and Thursday 2002-08-29 are right."),
 45: (T, T, T, T, T, T, "More than 100,000 killed in Guatemala's war: a total summed over the war has no date (round-20 rule); target people (GTM) right, no perpetrator named."),
 46: (T, T, F, T, T, T, "Source code: the Pacific Islands Forum is an international body with no seat country given in the text, so the code should be empty (IGO), not FJI; target Bainimarama (FJI) right; the pressure is ongoing, so the document date is accepted."),
 47: (T, T, F, F, T, T, "The KMT expelled Lee: source should be the Kuomintang (TWN), named in the sentence, not empty; target should be Lee Teng-hui alone, not Lee and the KMT; September 2001 right."),
 48: (T, T, T, F, T, T, "Washington (USA) criticising the blockade; target should be the Myanmar police/government (MMR) whose blockade it is (police named in the same sentence), not empty; no date given for Washington's remark during the standoff, so unknown is accepted."),
 49: (T, T, T, F, T, T, "'Both sides' are the two Iraqi Kurdish parties fighting, the PUK and the KDP (IRQ), not Iraq and Iran: target wrong; REQUEST by Washington (USA) on the document date right."),
 50: (T, T, T, F, T, T, "Target should be Foday Sankoh (SLE), who was arrested; Nigeria is where he was arrested, not the party arrested. The arresting authority is not named (empty source right); March 1997 right."),
}

PARAS = {
 "h58-x227-21": ([], 0, 0, "Swearing in and taking over the presidency (an ordinary succession) have no PLOVER type; the supporters' praise of the country's democracy names no political target and is not an act between actors. Nothing to code; dateline coded nothing."),
 "h58-x226-02": (["ASSAULT: PUK fighters (IRQ) -> KDP (IRQ), swept back into and retook Sulaimaniya, 1996-10-13",
                  "ASSAULT: KDP (IRQ) -> PUK (IRQ), routed the PUK five weeks earlier, 1996-09 (about 1996-09-08)"], 0, 0,
                 "Armed forces taking ground are ASSAULT (wave-30 rule). Dateline found neither."),
 "h58-x226-12": (["RETREAT: Mahmoud Abbas (PSE) -> none, quit the post of prime minister, 2003-09-06",
                  "REQUEST: Ahmed Qurei (PSE) -> United States (USA), guarantees of support as his condition for accepting, 2003-09-07"], 0, 0,
                 "Arafat nominating Qurei is an appointment (no PLOVER type). Qurei's 'would not accept unless' is coded as the demand for guarantees (a conditional REJECT of the nomination would be hypothetical). Dateline coded nothing in this paragraph (it coded Abbas's resignation in paragraph 4)."),
 "h58-x227-09": (["RETREAT: Kumaratunga's government (LKA) -> parliament (LKA), withdrew the draft constitution, 2000-08-08"], 1, 0,
                 "Withdrawing the bill is a material backing down before the opposition (RETREAT); dateline's e1 has the right type (its CAMEO 0874 and target parliament are arguable but type is right)."),
 "h58-x226-15": (["CONCEDE: parliament of Kuwait (KWT) -> women (KWT), gave women full political rights, 2005-05 (less than a month before 2005-06-12)"], 0, 0,
                 "Naming a woman to the cabinet is an appointment (no PLOVER type). Granting rights is CAMEO 0833 (accede to demands for rights), CONCEDE in CAMEO2PLOVER (RETREAT would also be defensible as an act with material effect). Dateline coded nothing."),
 "h58-x228-13": (["SANCTION: United Nations (UN) -> Cambodia (KHM), pulled out of (halted) the tribunal negotiations, 2002-02-08",
                  "ACCUSE: United Nations (UN) -> Cambodia (KHM), said the court envisaged by Phnom Penh would not meet international standards, 2002-02-08"],0, 0,
                 "Dateline's e1 codes the pull-out as RETREAT withdraw; halting negotiations is a reduction of relations, CAMEO 164 -> SANCTION (withdraw), so its type is wrong (not spurious: the act is real). The criticism of Cambodia's court was not coded."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and len(V) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        ce, found, spur, notes = PARAS[p['doc']]
        out.write(json.dumps({"doc": p['doc'], "coder_events": ce, "found": found,
                              "dateline_events": len(p['events']), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")

# checks
res = [json.loads(l) for l in open('events-d.jsonl')]
assert len(res) == 50
for it, r in zip(items, res):
    assert (r['n'], r['doc'], r['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = r['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
    assert {k: r[k] for k in it} == it
pv = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pv) == 6
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({f: sum(r['verdict'][f] for r in res) for f in fields})
print('paragraphs: coded', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
print('all checks passed')
