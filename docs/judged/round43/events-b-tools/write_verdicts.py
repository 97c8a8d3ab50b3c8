"""Write events-b.jsonl: judge b's verdicts on the 60 items of events-b-items.jsonl (round 43).

V maps item n -> (list of false fields, reasons). 'event' in the list means spurious
(every field false)."""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "CONSULT future: Trump says he will meet Taliban leaders; no date for 'the not too distant future', unknown is right."),
 2: (["source"], "Source: the sentence names the protesters ('a leaderless movement of Kenyans'); empty is wrong. Target empty accepted (sentence names no aim); 'last week' = 2024-W25 is right."),
 3: (["source", "target", "modality"], "Source: the opposition leaders call the strike; the Lebanese and Syrian authorities are those held responsible, i.e. the target (empty target wrong). Modality: the strike is only called for, not held (future); I would code the call as REQUEST, but accept PROTEST strike."),
 4: (["source", "target"], "The protesters are the victims (target), not the source; the killer is not named, so empty source would be right."),
 5: ([], "ASSAULT clashes, parties not named in the sentence; 'during the day' = Tuesday 2011-03-15."),
 6: ([], "COERCE curfew: lockdown ordered by Sogavare on Wednesday 2021-11-24."),
 7: (["target", "date"], "Target: the 13 people are Venezuelans, not MEX. Date: a toll summed over two days of protests has no date by the round-20 rule."),
 8: (["target"], "Target: the sentence names the victim, 'a marine' (Russian); empty is wrong. Shooter not named: empty source right."),
 9: ([], "CONSULT visit, future, autumn 2018 ('Moon Jae' truncated but the right party)."),
 10: (["target"], "Target: 'their own nationals' are Saudi/Bahraini/Emirati citizens, not QAT."),
 11: ([], "Borderline: a blood donation is a gesture; accepted as AID with no recipient named (I would probably not code it)."),
 12: ([], "REQUEST Navalny -> Russians, video after Monday's hearing."),
 13: (["event"], "Spurious: background time clause ('since it declared independence in 1991'); declaring independence is not a REQUEST and is no PLOVER-family act here."),
 14: (["target", "date"], "Target: Khashoggi is a Saudi national, code USA is wrong. Date: the killing was on October 2 (the text gives it), not the document date."),
 15: (["event"], "Spurious: 'students mobilised through text messages' is mobilising protesters, not a MOBILIZE of forces; the riot act is coded elsewhere."),
 16: (["target"], "Target: the arrested are the 18 Saudi nationals; Mohammed bin Salman is not arrested."),
 17: (["source"], "Source: the Saudi-led coalition (SAU-led), not Yemen."),
 18: (["event"], "Spurious: a suspect not expressing resentment over Abe's views is no act between political actors."),
 19: ([], "ASSAULT arson on Wickremesinghe's home; 'last Saturday' = 2022-07-09."),
 20: (["date"], "Date: the lead says Castillo was removed and arrested on Wednesday, 2022-12-07, not the document date."),
 21: ([], "REQUEST White House -> Syria, same day as the killing."),
 22: (["target"], "Target: Ehud Olmert is a second Israeli actor (he vows a response), not a target of the deployment; Lebanon alone would be right."),
 23: (["date"], "Date: 'held their fire' is part of Tuesday's fall of Goma (2012-11-20), not the document date. Type RETREAT ceasefire is borderline (a non-act); accepted."),
 24: ([], "ASSAULT, killers not named in the sentence; civilians YEM right."),
 25: (["target"], "Target: the veto threat is aimed at Congress, named in the sentence; empty is wrong."),
 26: ([], "ACCUSE; the bomber's group is not named in the sentence, empty target right."),
 27: (["date"], "Date: the police firing is a background act before Thursday's order (unknown time), not the document date Friday. I would not code it separately from the order at all."),
 28: (["source"], "Source: Saudi Arabia makes the accusation; the Saudi Press Agency only carried the statement."),
 29: (["event"], "Spurious: 'since the protests began' is only the start of the span of the killing toll; the act reported is the killings by security forces."),
 30: (["source", "target"], "Source: 'They' are the hostage-takers, not School Number One. Target: Chechnya is the place from which withdrawal is demanded, not a party; the demand is on Russia/Russian forces."),
 31: (["date"], "Date: the arrests are part of the Hawks raid hours before Zuma's Wednesday speech (2018-02-14), not the document date."),
 32: ([], "ASSAULT crowd-control (tear gas, stun grenades), Sunday = document date."),
 33: (["source"], "Source: Boris Tadic is Serbian; country code empty is wrong. Target empty right by rule (Mladic not named or referred to in the sentence)."),
 34: ([], "REQUEST Wine -> Ugandans (sector GOV is wrong but only party and country are scored)."),
 35: (["target"], "Target: the warning is aimed at the opposition, not at the Venezuelan government (Maduro's own)."),
 36: ([], "COERCE curfew, 'earlier in the day' = Friday 2011-01-14."),
 37: (["source", "target"], "Source and target swapped: the demonstrators accuse the UN peacekeeping mission."),
 38: (["date"], "Date: the hacking is a background act of late May (when the remarks were carried), not the document date."),
 39: (["source", "target"], "Source: the sentence names the militants who launched the attack; empty is wrong. Target: 'people' in Mozambique, code FRA is wrong. No date for the toll since Wednesday is right."),
 40: ([], "RETREAT release, Thursday 2023-02-09."),
 41: ([], "SUPPORT US -> Spain (one of the four backers); reported_by Tusk is wrong but not a scored field."),
 42: ([], "ASSAULT planned by Jaish, future, no date; accepted (Jaish-e-Mohammed is Pakistan-based)."),
 43: (["source", "target"], "Source: the sentence says the attack was carried out at Trump's direction (USA); target: Soleimani, named in the same sentence, is plainly the one attacked. Both empty are wrong."),
 44: (["target"], "Target: the arrested are 'a group of Serbian nationals', not the state of Serbia."),
 45: (["target", "date"], "Target: 'whose husband' with no country; the victims are the woman's husband and sons, Bosnian Muslims of Srebrenica. Date: the text dates the Srebrenica killings to July 1995. I would not code this quote fragment."),
 46: (["target"], "Target: the offensive 'in the strip' is against Gaza/Palestinians named in the sentence; empty is wrong. Ongoing act: document date right."),
 47: (["source"], "Source: the sentence names the military as the body imposing the curfew; empty is wrong."),
 48: ([], "SANCTION Lavrov cancels visit to Turkey, same day."),
 49: (["target"], "Target: Mutassim has no country (LBY plain), and Muammar Gaddafi, killed in an earlier sentence, is not the target of this killing."),
 50: (["type"], "Type: dismissing protesters as 'sheep manipulated from abroad' is criticism (ACCUSE disapprove), not REJECT."),
 51: (["source", "date"], "Source: Obama urges the army, not 'Egyptians'. Date: reported as this news, the document date 2011-02-11 is right, not unknown."),
 52: ([], "REQUEST opposition leader -> Chadians."),
 53: (["date"], "Date: the lead gives the bombing on Thursday 2021-08-26, not the document date (Friday)."),
 54: (["type", "source"], "Type: Ben Ali dismissing his own government is no REJECT (a concession, CONCEDE, or not coded). Source: Ben Ali's country TUN is plain; empty is wrong."),
 55: ([], "REQUEST Biden -> military commanders; no date for the address in the text, document date right."),
 56: ([], "REQUEST Chirac; no addressee named, empty target right."),
 57: ([], "SUPPORT signing on Monday; PLOVER codes reciprocal agreements with both parties as actor and no recipient, so empty target accepted (Abiy as second source missing)."),
 58: ([], "ASSAULT toll in unrest 'last month' = 2020-07."),
 59: ([], "ASSAULT protesters storm army commander's residence, Tuesday 2023-05-09."),
 60: ([], "REQUEST Iran; the coalition is not named in the sentence, empty target right."),
}

out = open("events-b.jsonl", "w")
n = 0
for line in open("events-b-items.jsonl"):
    item = json.loads(line)
    bad, reasons = V[item["n"]]
    spurious = "event" in bad
    v = {f: (False if spurious else f not in bad) for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    item["verdict"] = v
    item["reasons"] = reasons
    out.write(json.dumps(item, ensure_ascii=False) + "\n")
    n += 1
out.close()
assert n == 60 and len(V) == 60
print("wrote", n)
