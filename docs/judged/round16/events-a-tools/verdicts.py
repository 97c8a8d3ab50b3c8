"""Judge a's verdicts on the 60 sampled events (round 16): writes ../events-a.jsonl and prints the tallies.

V[n] = (failing fields, reasons). "SPURIOUS" as the failing set: no event, every field wrong.
"""
import json

SP = "SPURIOUS"
V = {
 1: ("source", "source empty: the sentence names the shooters, 'members of the same ethnic group' (hypothetical killing in the victims' account; target 'they' = civilians, right)"),
 2: ("source", "police arresting people in France coded GBR (FRA expected)"),
 3: (SP, "a warning that rising seas could destroy the airport is a natural-hazard warning, not a threat between political actors"),
 4: ("", ""),
 5: ("source date", "source 'Pigs' is not a party (the invaders, launched from Florida, are unnamed); the 1961 Bay of Pigs invasion is a background act given the document date (event kept only as a noun phrase; a coder would likely skip it)"),
 6: ("target", "target empty: 'local media' (Slovak media) is named as the party warned; Slovakia for its foreign affairs department accepted"),
 7: ("date", "date null/unknown: the shooting is this news (boy seized Thursday, died Friday morning), a date near 2023-06-09 or the document date expected"),
 8: ("", ""),
 9: ("source target", "source coded as the country Cabo Verde; the party is the Cape Verde Peace Forum (group); target empty though the concession is to the government named in the sentence ('government assurances')"),
 10: ("", "right (Syria for 'Syrian army' accepted)"),
 11: ("date", "present act ('are already being threatened') in the report: document date expected, null given as background"),
 12: ("", ""),
 13: ("target date", "target empty: 'our headquarters/our building' = the speaker's (Interior Minister Guler's) institution; date: the speech is dated Monday (2023-06-12) in the lead, document date given"),
 14: ("target", "target empty: 'the government of Yanukovich' is named as the protest's target"),
 15: ("target date", "target empty: 'people we knew' (victims, MEX); date: 'They killed' is the cemetery attack of 'early Monday' (2023-06-12), document date given"),
 16: ("source target", "the government here is South Sudan's (SSD; the next sentence says so), coded SDN; target empty though 'the rebels' are named"),
 17: ("", ""),
 18: ("type source date", "fire during a report of joint Niger-China maneuvers, not an attack on anyone (MOBILIZE/exercise at most); the shooter is the Chinese fighter jet (CHN), not the Nigerien spokesman; the maneuvers are dated Friday (2023-06-09)"),
 19: ("source target", "'the military' is Mali's (MLI), coded TJK; al Qaeda-linked groups in Mali coded TJK"),
 20: ("source target", "the planner Sir Eddie Arbuthnot Falkland has no country though the text makes him Falklands (GBR/FLK); target 'United Kingdom government' is not in the sentence nor clearly the party acted upon"),
 21: ("date modality", "'after the U.N. approves safe zones' is a future/conditional act: given asserted and 2023-02 (the date of Kerry's statement)"),
 22: ("target date", "target empty: 'The others' = the other convicted men; the convictions are background (before the sentencing decision) given the document date"),
 23: ("target", "military leaders and officials in Venezuela coded USA (VEN expected)"),
 24: ("source target date modality", "'to avoid being banned by the government': the government (SEN) would ban, NOP is coded source and target left empty; an avoided ban is hypothetical, coded asserted with the document date"),
 25: ("", "right by the sentence rule: no party named in the sentence (it restates the previous sentence's Austrian air strike)"),
 26: ("", "right (negated AGREE; mutual UN/IOM)"),
 27: ("type source target date", "protesters occupying a consulate is PROTEST (occupation/obstruct), not COERCE seize by authorities; the Russian consulate is listed as a source and protesters given RUS; the target is the consulate (Russia), Estonia given; the sentence anchors to Friday (2023-06-09)"),
 28: ("source date", "source empty: 'The Iranian military's deployment' names the party; the deployment is background (before the withdrawal) given the document date"),
 29: ("type", "agreeing to meet (all) demands is a promise of concessions: CONCEDE, not AGREE"),
 30: ("", ""),
 31: ("source modality", "Imam Khomeini airport is in Iran: security forces coded Syria (SYR); the raid is inside the spokesperson's claim ('claimed that ...'): reported, coded asserted"),
 32: ("", ""),
 33: ("", ""),
 34: ("source target", "the ban is by the Austrian authorities ('we act', Sobotka): source empty; Austria is the banning state, coded as target"),
 35: (SP, "'agreed to stop fighting': the act is the ceasefire accord (coded separately from the same sentence); no fighting is reported"),
 36: ("", ""),
 37: ("source", "the Hague-based, UN-backed tribunal coded USA (empty or NLD expected)"),
 38: ("target date", "target empty: Austria pledged to work with the European Union, named in the sentence; the pledge was made at his inauguration (background), given the document date"),
 39: ("", "right (passive accusation, accuser unnamed)"),
 40: ("date modality", "1949 is the year of the Geneva Conventions, not of the act; the use of cluster bombs is inside the activist's reports (an accusation): reported, coded asserted"),
 41: ("", ""),
 42: ("target", "'In Italy' is the location, not the protest's target (empty would be right)"),
 43: ("", "right (disapproval of violence, no target party)"),
 44: ("source date", "the killers are not named in this sentence: Mexico (the country) is a wrong party; the massacre is dated early Monday (2023-06-12) in the story, document date given"),
 45: ("target", "'They' = the 23 indigenous leaders; 'Mina Andina' (a region) given"),
 46: ("", "right (Binay's country not given by the text)"),
 47: ("modality", "'a video purportedly shows': hedged claim, reported; coded asserted"),
 48: ("", ""),
 49: (SP, "seeking legal advice is not a REQUEST between political actors"),
 50: ("source target", "the charging party is Israeli forces, not the rights group that reports it; target 'hundreds of others' (Palestinians) left empty"),
 51: ("target", "'its head' = head of a tiny East Indian Ocean island nation; India's head given"),
 52: ("source target", "police detain: protesters given as source, the detained protesters missing as target"),
 53: ("target", "target empty: 'officers' (police, CMR) are named as those attacked"),
 54: ("", "right (tribunal, UN-backed)"),
 55: ("source", "'The group' = the Cape Verde Peace Forum; South African government given"),
 56: ("target", "ambulance in Abu Dhabi given no country (ARE plain), and the 10 people killed not coded"),
 57: ("source", "Lula is the object of the opposition, not a source; ProMate given no country (BRA)"),
 58: ("type date", "trigger 'described'; the act is the 'understanding' reached by the rebels with Lu Wei (AGREE/CONCEDE), not SUPPORT; dated February 5 in the sentence, 2012-08-28 given"),
 59: (SP, "'a welcoming week meant to welcome insurgents' names a programme's purpose, no act; the sentence's act is the attack"),
 60: ("target", "Iran and the Arab League are co-hosts, not each other's counterparts; the target is the hosted delegations (not named in the truncated sentence)"),
}
FIELDS = ["type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("sample-events.jsonl")]
assert len(items) == 60 and set(V) == set(range(1, 61))
out = open("../events-a.jsonl", "w")
tot = {k: 0 for k in ["event"] + FIELDS + ["all"]}
real = {k: 0 for k in FIELDS + ["all"]}
nreal = 0
for it in items:
    bad, why = V[it["n"]]
    if bad == SP:
        v = {k: False for k in tot}
    else:
        bad = set(bad.split())
        assert bad <= set(FIELDS), bad
        v = {"event": True, **{f: f not in bad for f in FIELDS}}
        v["all"] = not bad
        nreal += 1
        for k in real:
            real[k] += v[k]
    for k in tot:
        tot[k] += v[k]
    out.write(json.dumps({**it, "verdict": v, "reasons": why or "right"}) + "\n")
out.close()
print(f"n=60, real events={nreal}")
print("field     all60        real-only")
for k in tot:
    r = f"{real[k]}/{nreal} ({100*real[k]/nreal:.0f}%)" if k in real else "-"
    print(f"{k:9} {tot[k]}/60 ({100*tot[k]/60:.0f}%)  {r}")
