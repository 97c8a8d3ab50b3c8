"""Round 28, judge a: verdicts on the 60 sampled events (CONVENTIONS.md).
n -> (event, type, source, target, date, modality, reason)."""
import json, os

V = {
1: (1,0,0,1,1,1, "'the group' = the pro-government militia of sent. 1, not DOM police; a militia seizing a vehicle is a hijack (ASSAULT), COERCE seize is for authorities; Saturday 06-10 right"),
2: (0,0,0,0,0,0, "'signs that investors are ready to turn attention to Albania': no act between political actors; spurious"),
3: (1,1,1,1,1,1, "government and parliament agreed (mutual, both sides listed); no date -> doc date"),
4: (1,1,1,1,1,1, "Canadian government praised Bush's move: SUPPORT CAN->Bush, Wednesday 06-14"),
5: (1,0,1,1,1,1, "'pledged his support for Xi' is expressing support (SUPPORT), not a promise to cooperate (AGREE)"),
6: (1,1,0,0,1,1, "security forces of Comoros (story title/'the capital'), country missing; 'Some' = the protesters of prev. sentence, target empty is wrong; undated"),
7: (1,1,1,0,0,1, "bosses threatened the strikers, not the Serbian government; text dates the report Friday 10 January, so Thursday is 9 January, not the doc date"),
8: (1,1,1,1,1,1, "EU continues to impose sanctions on Russia: ongoing, doc date (mode 'discontinue' not scored)"),
9: (1,1,0,1,0,1, "past protests by Al-Dhuwakieh and others: source empty though 'many who' refers to them; background act given doc date"),
10: (1,1,1,1,0,1, "parliament set up an inquiry on Thursday (doc date); 2023-03-27 is the date of the disappearance, not of the act"),
11: (1,1,1,1,1,1, "the attack (air strike) at 11 p.m. Saturday; sentence names no attacker or target, empty right (AFP here is the Armed Forces of the Philippines; reported_by wrong but not scored)"),
12: (1,1,1,0,1,1, "AU peacekeepers provide security in Mali: AID right, Mali named in the sentence but target empty"),
13: (1,1,1,1,1,1, "Seoul would continue seeking a peace treaty with Japan: REQUEST accepted (AGREE also possible), future, undated"),
14: (1,1,1,0,1,1, "Sudanese forces targeting military targets in Khartoum: 'Khartoum's forces' is invented and the same army; since Thursday = doc date"),
15: (1,1,1,1,1,1, "Gentiloni in Brussels to discuss strategy with other EU ministers: CONSULT, no date -> doc date"),
16: (1,1,1,1,0,1, "protests against the government in Pakistan: target right, no protesters named; date 06-13 is the day the government spoke, the protests are undated news (go on Thursday) -> doc date"),
17: (1,1,1,1,1,1, "the arrest Tuesday: sentence names neither party, empty right; Tuesday 06-13"),
18: (1,1,1,0,0,1, "military captured the militants' vehicle: target the militants (named in the sentence) missing; Sunday = 06-11, not the doc date"),
19: (1,1,1,1,1,1, "US and Jordan signed an agreement: SUPPORT (sign), mutual; no date -> doc date"),
20: (1,0,1,1,1,1, "Benin sending teachers and technicians is material help: AID, not verbal SUPPORT"),
21: (1,1,0,1,1,1, "air strike by the Philippines military: source named in the sentence but empty"),
22: (1,1,1,1,1,1, "Ma's government refused (police probe): REJECT; 'This' = the November 2008 probe, date accepted"),
23: (1,1,1,1,0,1, "'were set to meet Monday, May 16': nearest May 16 to the doc date is 2023-05-16; 2024 is a year off; future right"),
24: (1,0,0,0,1,1, "OCHA says North Korea committed violations of the recruitment ban: an ACCUSE by OCHA against PRK, not an ASSAULT by PRK"),
25: (1,1,1,1,1,1, "military police patrolling Antananarivo streets: MOBILIZE, MDG"),
26: (1,1,1,1,1,1, "Ban called for settlement building to be halted: REQUEST UN->Israel, earlier today"),
27: (1,1,1,0,1,1, "Israel accepted a deal's terms: counterpart is the Palestinians, not the prisoners to be released"),
28: (1,1,1,1,1,1, "Israel approved settlement construction last week: SUPPORT (approve policy) accepted, week right"),
29: (1,1,1,0,1,1, "'called on the young people and their parents': target of the trigger is the young North Koreans, not South Korean businesses (those are 'urged' to confront them)"),
30: (1,0,1,1,1,1, "US seized Anguilla from the British in 1776: armed forces taking ground is ASSAULT (CONVENTIONS), not COERCE"),
31: (1,1,0,1,1,0, "minister says reinforcements are necessary: France's (the minister's) move, source empty; not done, hypothetical not asserted"),
32: (1,1,1,1,1,1, "rioters targeted the US military base in Aruba: ASSAULT (vandalism), USA target"),
33: (1,1,1,0,1,0, "EU hoping to finalize a deal with Kosovo: Serbia is not a party to it; 'hoping to' is hypothetical, not asserted"),
34: (1,1,1,0,1,1, "no charge filed (negated ACCUSE): 'he' in the sentence = Lomoh, target empty wrong"),
35: (1,1,1,1,1,1, "rallies in Brussels: sentence names neither protesters nor aim, empty right; Thursday = doc date"),
36: (1,1,1,1,1,1, "Somalia and Tunisia signed the trade deal in February 2009"),
37: (1,1,1,1,0,1, "court sentenced the blogger: sentencing is undated background, not the Tuesday of the official's statement"),
38: (0,0,0,0,0,0, "'the countries hope to see progress in peacekeepers deployment': a hope, no mobilization; spurious"),
39: (1,1,1,1,1,1, "rioters burned a Nairobi police station Wednesday: ASSAULT, Kenya (police) target"),
40: (0,0,0,0,0,0, "'shot the first cell phone footage' = filmed; spurious (the police beating in the same sentence is missed)"),
41: (0,0,0,0,0,0, "'the video was shot in Belgrade' = filmed; spurious"),
42: (1,1,1,1,0,1, "Netanyahu committed to two-state solution: AGREE accepted; he said it in the interview published Wednesday (06-14), not doc date"),
43: (1,1,1,1,1,1, "Malaysia launched an investigation into treatment of the Faroe Islands: ACCUSE investigate, DNK accepted"),
44: (1,0,1,0,1,1, "parliament approved expelling an activist: the act is an expulsion (COERCE deport) of the activist, not SUPPORT; target missing; 27 November 2022 right"),
45: (1,1,0,0,1,1, "unidentified gunmen in Bangkok: nationality not given, THA wrong; Moyo named in the sentence but target empty; Monday right"),
46: (1,1,1,1,0,1, "Austria's recognition of Suriname (noun phrase): right parties, but it happened on Monday (prev. sentence), not the doc date"),
47: (1,1,0,1,1,1, "hunger strike by a Congolese (LRA) activist jailed in Anguilla: AIA is the jail's country, not his"),
48: (1,1,1,0,1,1, "UAE says it will begin withdrawing forces: CONCEDE right; 'the impoverished African state' = Swaziland, target empty wrong"),
49: (1,1,1,1,1,1, "Obama hailed the agreement: SUPPORT; sentence names no party for the agreement, empty right"),
50: (1,1,1,0,1,1, "Colombia has to give up warships held in Cuba over a debt dispute: they go to Cuba, not Sudan (they were built for Sudan)"),
51: (0,0,0,0,0,0, "'as soon as we ask for it': a conditional request that has not been made; spurious"),
52: (1,0,1,1,1,1, "'the two sides are committed to a meeting': willingness to meet is AGREE, not a CONSULT that took place; parties accepted"),
53: (1,1,1,1,1,1, "Cairo police denied a request to clear the palace: REJECT, requester unnamed"),
54: (1,1,1,1,1,1, "US embassy recently asked Indonesian officials for protection: REQUEST; 'recently' undated accepted"),
55: (1,1,1,0,0,0, "attacks on Sadeh inside his 2011 suit's accusation: 'him' in the sentence is the target; attacks of around 2011, not doc date; inside an accusation = reported"),
56: (1,1,1,0,1,1, "opposition accepted the prime minister's invitation: PM named in the sentence, target empty wrong"),
57: (1,1,1,0,1,1, "Turkish Embassy official backed 'them' = the demonstrators, not the EU"),
58: (1,1,1,1,0,1, "weeklong protests against Conde (re-mention, no aim in this sentence): going on when told -> doc date, not Sunday night"),
59: (1,1,1,1,1,1, "AU calling for a transparent approach to peacekeeping: REQUEST"),
60: (1,0,1,0,1,1, "Israeli aircraft targeted an army position: ASSAULT (aerial), not ACCUSE; 'an army position' (the Jordanian army's, 'our position') is the target"),
}

F = ["event", "type", "source", "target", "date", "modality"]
here = os.path.dirname(os.path.abspath(__file__)); base = os.path.dirname(here)
items = [json.loads(l) for l in open(os.path.join(base, "events-a-items.jsonl"))]
assert len(items) == 60 and set(V) == set(range(1, 61))
with open(os.path.join(base, "events-a.jsonl"), "w") as out:
    for it in items:
        v = V[it["n"]]; d = dict(zip(F, map(bool, v[:6]))); d["all"] = all(v[:6])
        assert d["event"] or not any(v[:6])
        it = dict(it, verdict=d, reasons=v[6]); out.write(json.dumps(it, ensure_ascii=False) + "\n")
rows = [(V[n], n) for n in range(1, 61)]
real = [r for r in rows if r[0][0]]
print("field      all 60         real events (%d)" % len(real))
for i, f in enumerate(F + ["all"]):
    a = sum(all(v[:6]) if f == "all" else v[i] for v, _ in rows)
    b = sum(all(v[:6]) if f == "all" else v[i] for v, _ in real)
    print("%-9s %3d/60 %5.1f%%   %3d/%d %5.1f%%" % (f, a, 100*a/60, b, len(real), 100*b/len(real)))
