"""Write events-c.jsonl from the judge's verdicts below (fields: event type source target date modality; F = wrong)."""
import json

ALL = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (list of wrong fields, or 'spurious'), reasons
V = {
 1: ([], "Signing the maritime-border treaty is SUPPORT (sign/finalize an agreement, CAMEO 057); mutual parties Australia (AUS) and East Timor (TLS); Tuesday = 2018-03-06."),
 2: ([], "Malawi might seek help from SADC if talks fail: REQUEST (assist), hypothetical, no date; SADC's CAMEO IGO code SAD accepted."),
 3: ([], "UNSC and U.S. condemning the attack is ACCUSE; the attack is the BLA hijacking, so the BLA (PAK) is clearly the party condemned; document date for a reaction reported as news."),
 4: (['date'], "SUPPORT by the UNSC for the truce with no party named is right, but the text dates it: 'hours before it began' at midnight on Friday, so the date should be 2016-02-26 (Friday), not the document date."),
 5: ([], "Conceding the election on Sunday night is CONCEDE toward his rival Karamanlis (GRC); 2004-03-07 night is right."),
 6: ([], "Rights groups (no country) urged the EU (EUR): REQUEST, document date for a reaction reported as news."),
 7: (['target'], "Announcing a ceasefire that took effect that midnight is RETREAT ceasefire by Saleh (YEM), Thursday 2010-02-11; but the sentence names the counterpart: target should be the Houthi rebels (YEM)."),
 8: (['target'], "Killing of several hundred rebels, inside a claim (reported), night of 29 Feb is fine and the killer is unnamed (empty source right); but the target should be the Chechen rebels led by Khattab (RUS), not the officials who made the claim."),
 9: ('spurious', "Duplicate: the visit is the same encounter as e1 'held talks with Sisi in Cairo' already coded as CONSULT from this sentence (PLOVER codes one CONSULT, mode visit); a second CONSULT for it is spurious."),
 10: (['date'], "Kabila ordering Rwandan troops (RWA) out is REQUEST (orders); but the order was given in the statement read on state television 'late on Monday', so the date should be 1998-07-27, not the document date."),
 11: ([], "Racan (HRV) conceding defeat late on Sunday 2003-11-23: CONCEDE; the sentence gives no recipient of the concession (the HDZ appears only in a background relative clause), so empty target is right."),
 12: ([], "Bashir (SDN) seizing power in the 1989 coup, coded ASSAULT as an armed seizure (convention on armed forces taking control); no target named; year 1989 right. A coder could also leave this background act uncoded."),
 13: ([], "BLA saying it still held hostages: ongoing hostage-taking, ASSAULT abduct, BLA (PAK) -> hostages (train passengers, PAK); act still going on takes the document date; 'saying' is attribution, so asserted with reported_by BLA."),
 14: (['target', 'date'], "Russian warplanes halting strikes under the truce is RETREAT ceasefire by Russia (RUS); target should be the Syrian rebel groups that signed up (SYR), not RUS civilians; date should be 2016-02-27 (the halt is this news, from the truce's start), not unknown."),
 15: ('spurious', "Not an event: 'did not accept any personal responsibility' is a denial of responsibility (CAMEO 01 statement, no PLOVER type) with no counterpart; the codeable act in the sentence is his resignation (RETREAT resign), which this is not."),
 16: ([], "Nyusi (MOZ) thanking voters (MOZ) is SUPPORT; the thanks were his response to being declared winner on Friday, so 2014-10-24 is accepted (the document date 2014-10-25 would also be defensible)."),
 17: (['source'], "Several rebels (MILF, PHL) killed is ASSAULT; the sentence names the killers: the troops who pursued them, so source should be the Philippine troops (PHL), not empty. Document date accepted (pursuit undated)."),
 18: (['type', 'date'], "'Could not accept offensive and insulting remarks' is an objection to Castro's remarks: type should be ACCUSE (disapprove), not AGREE; the statement was Opertti's 'on Monday', so date should be 2002-04-22. Empty target is right by the sentence rule (Castro is not named)."),
 19: ([], "UNSC oil and arms embargo on Sierra Leone (SLE) on Wednesday 1997-10-08: SANCTION (curtail commercial exchanges) accepted (CAMEO2PLOVER would say COERCE restrict); the travel ban e2 is a separate act."),
 20: ('spurious', "Duplicate: 'throwing stones and burning tyres' is the manner of the same clash already coded as e6 ('clashed' with police) from this sentence; one riot act. (PROTEST riot would be the better type for that act, and the date should be the five days from 2021-03-03, not the document date.)"),
 21: ([], "Vucic (SRB) accusing opposition parties (SRB) of exploiting the tragedy: ACCUSE, document date for a statement reported as news."),
 22: (['target', 'date'], "Syria and other Arab states condemning the accord is ACCUSE; target should be Turkey (TUR) (and Israel, ISR), the parties of the accord named in the sentence; it happened before Tuesday's defence ('after ... condemned'), an earlier undated act, so date should be unknown, not the document date."),
 23: ([], "Armenia (ARM) and Azerbaijan (AZE) agreeing on Thursday 2023-12-07 to free prisoners: AGREE, mutual."),
 24: (['source', 'target', 'date'], "Charging with treason is ACCUSE allege, but source should be the Ukrainian prosecutors (UKR), not RUS; target should be Viktor Medvedchuk (UKR), not Putin; the charges were announced on Tuesday, so date should be 2021-05-11."),
 25: (['date'], "Erdogan (TUR) arriving in Cairo is his visit to Egypt (EGY): CONSULT visit (different sentence from the lead, so no duplicate); date should be 2024-02-14, the Wednesday of the visit, not unknown."),
 26: (['type', 'target'], "U.N. police storming an occupied courthouse is a police raid: type should be COERCE (seize/raid) by the convention on police raids, not ASSAULT; target should be the former Serb court employees occupying it (Kosovo Serbs, SRB), named in the sentence. Source U.N. and Monday 2008-03-17 right."),
 27: ([], "Singh (IND) condemning the attacks: ACCUSE; the authors are not named in the sentence, so empty target is right; document date."),
 28: (['target'], "Leaders agreeing a compromise last month (2022-06) is AGREE among Forum leaders; the Micronesian candidate is the beneficiary of the deal's terms, not a party: target should be empty (reciprocal agreement among the leaders), and FSM is not given."),
 29: (['date'], "Lebanon's government (LBN) asking the IMF for technical advice is REQUEST; but it is a background act of an earlier, unstated time ('has so far asked'), so date should be unknown, not the document date."),
 30: (['source', 'target'], "Charging Sheremet is ACCUSE allege; source should be the Belarussian authorities with code BLR, not RUS; target should be coded RUS (the text presents him as a Russian TV/Russian journalist), not BLR. Document date accepted."),
 31: (['source'], "Urging the Taliban government (AFG) is REQUEST, but the source should be Pakistan's foreign ministry (PAK), not the attackers."),
 32: (['type'], "Nigeria's foreign ministry saying it would cooperate with the Malabo authorities is a pledge: type should be AGREE (indicate commitment to cooperate), not COOPERATE; parties and undated future modality are right for the act as given."),
 33: (['date', 'modality'], "The charging is only the condition of the groups' pledge ('until those responsible were charged'): ACCUSE with unnamed source and 'those responsible' (SRB) as target is fine, but modality should be hypothetical and there is no date (not the document date)."),
 34: (['source', 'target'], "Lawmakers asking the government to report back is REQUEST on Wednesday 2006-02-15; but source should be the Georgian lawmakers (GEO), not RUS, and target should be the Georgian government (GEO), not the Russian government."),
 35: ([], "Amnesty International (no code) calling on Baghdad (IRQ) to investigate: REQUEST, document date."),
 36: ([], "Harassment of fishermen on Tanzania's side (TZA), unknown perpetrator, inside a media claim Malawi denies: COERCE, reported, no date; all right."),
 37: (['source', 'date'], "The codeable act is the police's recommendation that Babis (CZE) be charged, ACCUSE allege; source should be the police (CZE), not empty; it preceded the spring protests, so date should be spring 2019 (before 2019-SP), not the document date."),
 38: ('spurious', "Not an event: 'rallied wavering voters' means won voters over, not a demonstration; no PROTEST."),
 39: ([], "Iran (IRN) welcoming 'the move': SUPPORT; no party named in the sentence, so empty target is right; document date."),
 40: (['date'], "Moscow (RUS) rejecting Georgia's (GEO) sabotage charge is REJECT, but the charge and its rejection were last month: date should be 2006-01, not the document date."),
 41: ([], "Erdogan (TUR) promising a full investigation: a promise/commitment, AGREE accepted by the pledge convention (ACCUSE investigate, future, would also be defensible); no target; document date."),
 42: (['target'], "UNSC demanding withdrawal this month (2004-09) is REQUEST; the sentence names the party: target should be the foreign forces in Lebanon (Syria's, SYR), not empty."),
 43: (['date'], "U.S. (USA) annual resolutions criticising China (CHN) and Cuba (CUB) are ACCUSE, but they are a recurring background act: date should be none (annual), not the document date."),
 44: ([], "Gaddafi (LBY) accuses Arab states (no code) of abandoning him: ongoing ACCUSE; the story's own dateline is Sept 9, so 1999-09-09 is accepted as the report date."),
 45: (['source'], "Accusing the rebels (FARC, COL) of murdering the hostages is ACCUSE, but source should be Uribe's government (COL GOV), not the armed forces (which are the subject of the other clause)."),
 46: ([], "China (CHN) 'firmly opposes' interference: REJECT accepted; Australia not named in the sentence, so empty target right; Monday 2024-02-05 briefing = document date."),
 47: ([], "Sonko (SEN) charged with disturbing public order by unnamed authorities: ACCUSE allege; the text ties it to Wednesday's detention, 2021-03-03."),
 48: ([], "Brotherhood supporters (EGY) attacking demonstrators (EGY) in December 2012: ASSAULT; 2012-12 right."),
 49: ([], "CAR government (CAF) asking Libya (LBY) for help: REQUEST assist; an earlier act of unstated time, so no date is right; attribution to diplomats keeps it asserted."),
 50: ([], "Gunmen (unidentified, no code) attacking the presidential palace of Equatorial Guinea (GNQ) on Tuesday 2009-02-17: ASSAULT; asserted with reported_by the government."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-c.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'spurious':
            v = {k: False for k in ALL}
        else:
            assert all(w in ALL[1:] for w in wrong)
            v = {k: k not in wrong for k in ALL}
        v['all'] = all(v[k] for k in ALL)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print('written')
