"""Write events-b.jsonl: each item of events-b-items.jsonl with `verdict` and `reasons` (judge b, round 45).

V[n] = (false fields, reasons). 'event' among the false fields marks a spurious event (all fields false).
"""
import json

F = ('event', 'type', 'source', 'target', 'date', 'modality')
V = {
 1: ((), "Right by the conventions: the council's denied order to disperse the sit-in is a negated directive with no named addressee (its forces), dated by the denial. I would rather code the underlying crackdown than an order as REQUEST, but orders are CAMEO DEMAND."),
 2: (('date',), "Date: the restriction was 'on polling day' (the vote of last week, 2021-08-12), not the document date 2021-08-16."),
 3: (('source',), "Source: the soldiers are plainly Myanmar's (the military's 'clearance operations' of the previous sentence), so the empty country code is wrong while the civilians get MMR."),
 4: (('event',), "Spurious: a government proposing a tax on phone calls is domestic policy, not an AGREE (offer to cooperate) toward any actor."),
 5: (('event',), "Spurious: East Timor's people voting for independence in a referendum is an election, not a SUPPORT toward the UN, which only organised it; it is also 1999 background."),
 6: (('target',), "Target: the strike is 'to protest against insecurity' (violence/crime), an aim other than the authorities, so by the protest rule the state is wrong and an empty target is right."),
 7: (('target',), "Target: the sentence names the party acted upon, 'crowds attacking Serb enclaves' (Albanian crowds); the empty target is wrong."),
 8: (('type', 'target'), "Type: 'rejected the dissolution' of the government condemns an act (ACCUSE disapprove), it rejects no request. Target: the dissolution was the military's, not Hamdok's (he is its victim)."),
 9: (('source', 'target'), "Source/target: the signers are the two contenders (Ghani and Abdullah, a mutual event), not the country Afghanistan; the other contender should be the target, not empty."),
 10: (('target',), "Target: the protests are aimed at the government's act named in the sentence (the proposed levy), so by the protest rule the Lebanese state/government is the target; empty is wrong."),
 11: ((), "Right: a negated concession (Greece has not given up its rights) by Greece, reported by Simitis; Turkey is not in the sentence. I would give the act the document date (it is about Wednesday's deal), but null for a negated act is tolerable."),
 12: (('date',), "Date: the airport clashes were on Monday (2019-10-14), 'within hours' of Monday's verdict and 'late into the night'; the document date 2019-10-15 is wrong."),
 13: (('source',), "Source: the sentence gives the bomb as 'blamed on the FARC'; a coder codes FARC as the attacker, the empty source is wrong."),
 14: (('date',), "Date: Koizumi lodged the protest at Tuesday's talks, this news; it should take the document date 2002-09-17, not null."),
 15: (('target',), "Target: the sentence names the accused, 'foreign forces', the international media and financial interests; the empty target is wrong."),
 16: ((), "Right: Sharif's order to the Pakistani-backed fighters to pull back, summer 1999 ('this summer'). The target name is clipped ('backed fighters') but is the right party."),
 17: (('type',), "Type: 'protesters had called for a postponement' is a REQUEST (a call for a change of policy), not a PROTEST demonstration."),
 18: (('date',), "Date: the state of emergency belongs to Thursday's crisis (2010-09-30), as the whole narrative of the story; the document date 2010-10-01 (Friday) is wrong."),
 19: (('target',), "Target: 'appealed to both countries' names India and Pakistan as the addressees; the empty target is wrong."),
 20: (('event',), "Spurious: 'armed strikers charged at them' is a physical rush at the police, not an accusation (trigger in another sense)."),
 21: ((), "Right: Berisha agreed to a national reconciliation government, March 1997 ('earlier this month ... has since')."),
 22: (('target', 'date'), "Target: the troops Netanyahu ordered are Israeli, not Syrian (SYR). Date: he gave the order that day (Sunday 2024-12-08, this news), not an unknown date. (I would code the act as Israel occupying the buffer zone, ASSAULT.)"),
 23: ((), "Right: the Security Council condemned the attacks; the rebel soldiers are clearly the party acted upon (named in the first paragraph)."),
 24: (('target',), "Target: crowds burning mosques aim at Muslims/Albanians, not at the authorities; by the protest rule the Serbian state is wrong and an empty target would be right."),
 25: ((), "Right: the Arab League's call for a no-fly zone, last weekend (week 10 of 2011, 12-13 March)."),
 26: (('target', 'date'), "Target: the sentence names the accused, 'politicians'; empty is wrong. Date: the accusation was made at Tuesday's news conference (2021-10-26), not unknown. Source 'Sudan army' for Burhan is accepted as the same actor (SDN military)."),
 27: ((), "Right: Gyanendra accused Deuba of incompetence, October 2002."),
 28: (('date',), "Date: the US and Australian calls are the reaction to Thursday's resignation, this news, so the document date 1998-05-21, not null."),
 29: ((), "Right: students marched on Sunday demanding justice for those killed in the crackdown, aimed at the authorities' acts, so the Nicaraguan government is a right target."),
 30: ((), "Right: Obama condemned the attacks; the perpetrators are not named in the sentence, so the empty target is right."),
 31: (('target',), "Target: the declined offer is Trump's and Trump is named in the sentence; the empty target is wrong."),
 32: (('source',), "Source: 'the agency' is North Korea's KCNA (PRK), not Taiwan's Central News Agency (TWN)."),
 33: (('type',), "Type: a UN peacekeeping mission deploying is peacekeeping, AID (CAMEO 074 provide military protection or peacekeeping), not MOBILIZE."),
 34: ((), "Right: the clashes of Wednesday (2004-03-17); the sentence names no party of the clashes, so empty arguments are right."),
 35: ((), "Right: the murder of a LeBaron family member in 2009, no attacker named."),
 36: ((), "Right: Annan deplored the tests; the sentence names no party to the tests for this act, so the empty target is right."),
 37: ((), "Right: Gyurcsany condemned the violence; the protesters are not named in the sentence."),
 38: ((), "Right: the EU called the killing a criminal act; the killers are not named."),
 39: ((), "Right: Golani's order to his fighters not to approach public institutions; 'earlier' gives no certain day, so null is tolerable."),
 40: (('target',), "Target: the offer of dialogue is made to the protest movement, Hirak, named in the sentence; the empty target is wrong."),
 41: ((), "Right: two people killed on Thursday, no attacker named."),
 42: (('target',), "Target: the security forces freed a son of El Chapo (Ovidio Guzman), not Joaquin 'El Chapo' Guzman himself."),
 43: (('date',), "Date: fire traded 'since October' and still going on takes the document date (2024-09-17) by the ongoing-act rule, not null."),
 44: ((), "Right: the US embassy praised Guatemala's institutions."),
 45: ((), "Right: Ban called on all Timorese to remain calm."),
 46: (('target',), "Target: the sentence names what was attacked, two Saudi Aramco facilities (Saudi Aramco, SAU); the empty target is wrong."),
 47: (('target', 'modality'), "Target: the recipients of the financing are the opposition leaders named in the sentence. Modality: the financing is an act inside Lukashenko's accusation, so reported, not asserted."),
 48: (('source', 'date'), "Source: Florence Parly is France's defence minister (FRA), not MLI/MIL. Date: her accusation came 'days' before the expulsion, a background act, not the document date."),
 49: (('target',), "Target: the soldiers stormed the hospital held by the rebellious police officers named in the sentence; the empty target is wrong."),
 50: ((), "Right: Schroeder urged the Kurdish community not to resort to violence."),
 51: (('type',), "Type: a hint that Israel could strike Iran's nuclear sites if diplomacy fails is a THREATEN statement (PLOVER codes threats as such), not a hypothetical ASSAULT."),
 52: (('source', 'date'), "Source: the commandos are Bangladeshi, not Japanese (JPN). Date: the rescue operation was Saturday morning 2016-07-02 at 7:40, not Friday 2016-07-01."),
 53: (('date',), "Date: 'has promised' is a campaign promise of no given time, background to the story; it should have no date rather than the document date."),
 54: (('event',), "Spurious: the US embargo on Cuba is the topic of the UN vote (a standing policy since 1960), not an act reported in this sentence."),
 55: (('event',), "Spurious: 'to protest against insecurity' is the purpose of the strike already coded from the same sentence (e9), a duplicate."),
 56: (('source', 'target', 'date'), "Source/target: the men in RSF uniform set fire to the protesters' tents; the witnesses are the reporters and the RSF the attackers, not the target. Date: the raid was Monday before dawn (2019-06-03), not 2019-06-04."),
 57: (('event',), "Spurious: 'what it calls clearance operations' is the military naming its own operation, not an accusation; the act of the sentence is the military's response (ASSAULT), and ARSA is not the speaker."),
 58: ((), "Right: Bar-David called off the strike (easing of dissent, RETREAT) on Monday."),
 59: ((), "Right: Saro-Wiwa accused Shell of collusion, background of no date. The source name is clipped ('Ken Saro'); GBR for Anglo-Dutch Shell is accepted (empty would also be right)."),
 60: ((), "Right: the US called on the Security Council to take up the crisis (reported_by Miliband is wrong, but that field is not scored)."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 60 and set(V) == {i['n'] for i in items}
with open('events-b.jsonl', 'w') as out:
    for it in items:
        bad, why = V[it['n']]
        assert set(bad) <= set(F)
        if 'event' in bad:
            v = {f: False for f in F}
        else:
            v = {f: f not in bad for f in F}
        v['all'] = all(v[f] for f in F)
        it = dict(it, verdict=v, reasons=why)
        out.write(json.dumps(it, ensure_ascii=False) + '\n')
print('wrote events-b.jsonl')
