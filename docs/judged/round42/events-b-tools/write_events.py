"""Write events-b.jsonl: judge b's verdicts on the 60 round-42 items (events-b-items.jsonl).

Verdict string order: event type source target date modality (T/F).
Run from docs/judged/round42: python events-b-tools/write_events.py
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ("TTTTTT", "All right: 'officials signalled that the government would press the ELN' is a hinted REQUEST (hypothetical), no date for a future round of talks."),
 2: ("TTTTTT", "Right. Source head 'Lawmakers' lacks GEO but is co-listed with Georgian Dream[GEO]; Georgia as target of approving a domestic law is borderline, accepted (the law is Georgia's, parliament named in the prior sentence)."),
 3: ("FFFFFF", "Spurious: civilians phoning relatives across the border is not a political consultation between actors; a coder would not code CONSULT here."),
 4: ("TTTTFT", "Date: the detentions at Vnukovo happened on Sunday evening as the plane was diverted (2021-01-17, given in the sentence); value is null."),
 5: ("TTTTTT", "All right (late on Monday = 2014-04-14; 'believed to belong to Boko Haram' keeps the act asserted)."),
 6: ("TTFTTT", "Source: the detainer is Myanmar's military, which seized power against the elected government; the bare state 'Myanmar' is a different party in a coup."),
 7: ("TTTFFT", "Target: the pledge not to seek the post was public, no party is its recipient (Parliament is the elector, not the addressee). Date: 2018-04-17 is the election; the pledge was 'earlier', undated."),
 8: ("TTTTTT", "Accepted: prison riots as PROTEST riot with unnamed source and no target named; date from 'on Monday, after which'. (reported_by Noboa is wrong but not scored.)"),
 9: ("TFTTTT", "Type: a judge ordering Navalny held in custody is a detention (COERCE arrest/detain), not a REQUEST; the order is the act itself."),
 10: ("TTTFTT", "Target: Washington condemned 'the attack' of Hezbollah, which the same sentence names; a coder codes USA ACCUSE Hezbollah, so empty is wrong."),
 11: ("TFTFTT", "Type: ordering its own embassy staff out of Serbia is a reduction of diplomatic presence (SANCTION/RETREAT toward Serbia), not a REQUEST between actors. Target: the non-essential staff are American, not SRB."),
 12: ("TTTTTT", "All right (AGREE to Egypt's proposal; no date in text for the vote, document date)."),
 13: ("FFFFFF", "Spurious: police 'charged the crowd' is a physical charge (ASSAULT crowd-control), not ACCUSE; trigger in another sense."),
 14: ("TTFFTT", "Source: Pena Nieto announced the arrest; the arresting party is the Mexican authorities/marines. Target: 'him'/'the arrest' refer to Guzman, empty is wrong. Date day right (Friday); the T12:00 is the announcement time, not the arrest, tolerated."),
 15: ("TTTTTT", "All right (mutual signing; Prachanda's sector BUS is wrong but only party and country are scored)."),
 16: ("TTTTTT", "All right: the sentence names no party warned (China is in an earlier sentence), empty target right by rule."),
 17: ("TTTTTT", "Right; date day right (Thursday), the 22:00 is when the curfew takes effect, tolerated."),
 18: ("TTTTTT", "Right: future REJECT (veto); Georgia stands for the government/parliament whose law she vetoes, accepted."),
 19: ("TTTFTT", "Target: only the wife (Cilenis Marulanda) was rescued; Luis Manuel Diaz, still held, is wrongly added (and her country is plainly COL)."),
 20: ("TTTFFT", "Target: the detained group 'more than a hundred' (rioters) is in the sentence, empty is wrong. Date: 'during the night' is Thursday night (2008-02-21, lead), not the document date."),
 21: ("TTTTFT", "Date: 'at least six killed since Khan was arrested on Tuesday' is a total over a span, no date by the round-20 rule; document date given."),
 22: ("TFTFFT", "Type: dismissing a government 'as an American puppet' is disparagement (ACCUSE disapprove), not REJECT. Target: the Afghan government, not Mike Pompeo. Date: 'has long dismissed' is ongoing, document date, not null."),
 23: ("TTFFTT", "Source: the young protesters in Chisinau are Moldovan, not ROU. Target: protest against the election result is aimed at Moldova's authorities; Romania is wrong."),
 24: ("TTFTTT", "Source: United States government is wrongly added to the bishop (also Alvarez's country NIC is plain)."),
 25: ("TTTFTT", "Target: the 2,400 U.S. service members are USA/MIL, coded AFG/CVL."),
 26: ("TTTFTT", "Target: 'both sides' are China and the Philippines; the description 'sides' with no country is not the right party."),
 27: ("TTTFTT", "Target: the navy's blockade of 'the coast' is of Ukraine (Ukrainian silos, same sentence); empty is wrong. Date: ongoing blockade, document date accepted."),
 28: ("TTTTFT", "Date: 'at least 10 killed since the unrest began' is a total over a span, no date; 2024-01-10 given."),
 29: ("TTTTTT", "All right (gangs blockading the country's fuel terminal, October last year = 2022-10)."),
 30: ("TTTTFT", "Date: the raid and arrests were half an hour after the Tuesday lunchtime studio attack (2024-01-09, lead); value is null."),
 31: ("TTTTTT", "All right (welcoming 'the deal', no party named, empty target)."),
 32: ("TTTTTT", "All right (background 1999 bombing dated 1999)."),
 33: ("TTTTTT", "All right."),
 34: ("TTTTTT", "Right: Sunday night = 2015-07-05; a party leader stepping down as RETREAT resign accepted."),
 35: ("TTFFTT", "Source: the Syrian Turkmen rebels' fighters are SYR (backed by Turkey), not 'Russia fighters[RUS]'. Target: the two airmen are plainly the Russian Su-24 crew, country empty."),
 36: ("TTTTTT", "All right."),
 37: ("TTTTFT", "Date: 232 killed 'during the conflict' is a total over 11 days, no date; document date given."),
 38: ("TTTTTT", "All right (ongoing camp protest aimed at the ruling family, Bahrain target, document date)."),
 39: ("TTTFTT", "Target: 'the regional administration' is Tigray's, plainly ETH; country empty."),
 40: ("FFFFFF", "Spurious: 'security forces had been given a free hand' is an internal authorisation, not AID (no material aid between actors)."),
 41: ("TTTTTT", "All right."),
 42: ("TTFFTT", "Source: Sogavare is the party the protesters want out, not a rioter; protesters in Honiara are plainly SLB. Target: the riot demands the PM's resignation, so Solomon Islands/Sogavare is the target, not empty."),
 43: ("TTTFTT", "Target: Ethiopia refused to withdraw from Badme awarded to Eritrea by the commission, both named in the sentence; empty is wrong. Null date accepted (unknown time after 2002)."),
 44: ("TTTTTT", "All right."),
 45: ("TTTTTT", "All right."),
 46: ("TTTTTT", "Right: EFF lawmakers demanding fresh elections, no addressee named."),
 47: ("TFTFTT", "Type: withdrawing diplomatic staff from countries is a reduction of diplomatic relations (SANCTION), not RETREAT (military withdrawal). Target: the seven Latin American countries are in the sentence."),
 48: ("TFTTTT", "Type: Putin ordering the borders sealed is the sealing itself (COERCE restrict), an order to his own forces, not a REQUEST to another actor."),
 49: ("TFTTFT", "Type: police freeing hostages is a rescue (AID, 'rescue hostages'), not RETREAT release (done by captors). Date: Tuesday (2024-01-09) from context, null given."),
 50: ("FFFFFF", "Spurious: 'a strike until the president steps down' reports no resignation; the condition of the union's strike is not an act by Yoon."),
 51: ("TTTFFT", "Target: he went to the Islamabad High Court (same sentence) to seek bail, empty is wrong. Date: that was Tuesday, the day of the arrest (2023-05-09), not the document date."),
 52: ("TTTFTT", "Target: 'it' is the arrest of Navalny by Russia; European Council is Michel's own body, wrong."),
 53: ("TTTTTT", "All right."),
 54: ("TTTTFT", "Date: her first speech to Congress was on the Wednesday of her swearing-in (2022-12-07), not the document date 2022-12-08."),
 55: ("TTTFTT", "Target: the 'specialised armed force' is what Henry requested, not the party asked (no addressee in the sentence; empty or the UN)."),
 56: ("TTTTTT", "All right."),
 57: ("TTTTFT", "Date: the soldier was shot in that day's clashes (Tuesday = document date, news report); null given."),
 58: ("FFFFFF", "Spurious: the Radical Party 'called supporters onto the streets' is a call to protest, not a phone CONSULT; trigger in another sense."),
 59: ("TTTFFT", "Target: 'the account' is the Saudi explanation (Saudi Arabia); Mohammed bin Salman is not referred to. Date: 2018-10-02 is Khashoggi's entry into the consulate; the dismissal is this news (2018-10-20)."),
 60: ("TTTTTT", "All right (opposition's sector GOV is off, country right)."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open("events-b.jsonl", "w") as out:
    for it in items:
        s, r = V[it["n"]]
        v = {f: c == "T" for f, c in zip(F, s)}
        if not v["event"]:
            assert not any(v.values())
        v["all"] = all(v[f] for f in F)
        it["verdict"] = v
        it["reasons"] = r
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(items))
