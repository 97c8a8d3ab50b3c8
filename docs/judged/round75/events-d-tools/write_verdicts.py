"""Write events-d.jsonl from the judge's per-item verdicts (fields marked wrong listed per item)."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (set of wrong fields, reasons); "event" in wrong set = spurious (all false)
V = {
 1: ((), "Amnesty's call for Lissu's release ('his' = Tundu Lissu, TZA) is a REQUEST reported as this news; all fields right."),
 2: ((), "The OIC leaders' declaration criticising Israel on Thursday 1997-12-11 is ACCUSE; a multinational group of leaders rightly has no country code."),
 3: ((), "ACCUSE by human rights groups; the sentence names no party for 'the ban' (Ukraine is in earlier sentences), so an empty target is right by the rules, though a coder would often add Ukraine."),
 4: ({"target"}, "The arrest is of Sanader ('He', HRV), not parliament: target should be Ivo Sanader (HRV); source empty is right (Austrian police not named), December 2010 is right."),
 5: ((), "Condemnation by 'foreign governments' (head party, rightly uncoded) with Britain named; right, though India and the United States, also named, are missing from the source; target empty is right (the bombers are not named in the sentence)."),
 6: ({"target"}, "The OAS call for a fresh vote is aimed at Honduras, whose electoral tribunal the sentence names: target should be Honduras / its electoral tribunal (HND), not empty."),
 7: ((), "US congratulations to Weah is SUPPORT, right in all fields (praise of Liberians is a separate event, not a duplicate)."),
 8: ({"type"}, "'Similar clashes' refers back to Sata supporters rioting (blocking roads, burning tyres, stoning police): type should be PROTEST (riot), not ASSAULT; empty parties are right as the sentence names none."),
 9: ({"target"}, "The students burned Israeli and U.S. flags: the protest is aimed at Israel and the US, not the Egyptian authorities, so by the protest rule target should be Israel/United States (ISR/USA) or empty, not the Egyptian government."),
 10: ({"date"}, "The soldiers were attacked during the boarding 'before dawn on Monday' (previous sentence): date should be 2010-05-31, not the document date 2010-06-01; 'Israel said' is attribution, so asserted with reported_by Israel is right."),
 11: ({"target"}, "'The Serbs' are the rebel Krajina Serb forces in Croatia (Belgrade is named separately as their patron): target should be the Croatian Serb rebels (HRV, rebels), not SRB (Serbia) civilians."),
 12: ({"target"}, "The king's walkout (SANCTION withdraw, CAMEO 164-like) was a reaction to Ortega, whom the sentence names: target should be Daniel Ortega (NIC), not empty; Saturday 2007-11-10 is right."),
 13: ({"target"}, "The government demanded the rebels' surrender; the rebels are named in the sentence: target should be the rebels, GAM (IDN), not empty. Asserted with reported_by the rebels and Sunday 2003-05-18 are right."),
 14: ((), "Russian Defence Ministry blaming the damage on a Ukrainian missile is ACCUSE toward Ukraine; undated statement reported as news takes the document date; right."),
 15: ((), "Penny Wong's visit to Fiji 'last week' (2022-W21) is CONSULT visit; all right."),
 16: ({"target"}, "The rallies (some marching on Israeli missions) protest the Israeli raid, not Turkish authorities: by the protest rule target should be Israel (ISR) or empty, not the Turkish government."),
 17: ((), "Kumaratunga's appeal for calm is a REQUEST with no named addressee; not a duplicate of the ACCUSE in the same sentence; right."),
 18: ((), "Sharon and Abbas committing to the road map's first steps on Wednesday 2003-06-04 is a mutual AGREE; right."),
 19: ((), "Gaddafi's 1969 seizure of power in a coup coded ASSAULT (armed seizure, per the seizing-ground rule); the monarchy is not named in the sentence, so empty target is right; 1969 right."),
 20: ((), "Court sentencing Imran Khan on Saturday 2023-08-05 is SANCTION convict; '..., his party said' is attribution, asserted right."),
 21: ({"target", "date"}, "Those detained are a Syrian woman, not the state of Syria: target should be the Syrian woman suspect (SYR, civilian); the detention is reported as this news, so date should be 2022-11-14 (Monday, the document date), not none."),
 22: ((), "Saudi Arabia welcoming Trump's line on Tehran is SUPPORT toward Trump; present-perfect, undated, document date right."),
 23: ((), "Chavez congratulating Correa is SUPPORT (the phone call, e3 CONSULT, is a different type, not a duplicate); right."),
 24: ({"date"}, "Erdogan 'has threatened for months' is a threat still going on when the story is told: date should be the document date 2022-11-14, not none; other fields right."),
 25: ({"target"}, "Belgrade hailed the vote of the UN General Assembly, which the sentence names: target should be the UN General Assembly (UNO), not empty."),
 26: ((), "Missile strikes on five Ukrainian cities on Monday morning 2024-07-08; Russia is not named in the sentence, so an empty source is right; right."),
 27: ({"target"}, "The dismissed criticism is the EU observers', and the sentence names 'observers': target should be the EU observer mission (EU), not empty."),
 28: ((), "Romania signing a treaty with Hungary 'last year' = 1996, SUPPORT; right."),
 29: ({"date"}, "Kostunica's blame is this news (Monday of the report): date should be 2002-10-14, not 2000 (from 'two years ago', which dates Milosevic's fall)."),
 30: ((), "Mandela accusing Burundi's leaders 'in recent weeks' (an earlier act of no stated date); no date is right; ACCUSE right."),
 31: ((), "Chadema's ongoing campaign demanding changes to the electoral commission is REQUEST, document date right for an ongoing act; right."),
 32: ({"date"}, "The text gives 'later this month': date should be 2010-11, not none; CONSULT future toward APEC is right."),
 33: ({"source"}, "The accuser is the spokesman for a coalition of Pakistani religious parties (PAK), not the White House spokesman (from the previous paragraph)."),
 34: ({"target"}, "The de facto rulers are Honduras's Micheletti government, plain from the story: target should be the de facto government (HND), not uncoded."),
 35: ({"target"}, "The group outlawed in February 2005 is Jamaatul Mujahideen Bangladesh (BGD), not the country Bangladesh."),
 36: ((), "Clinton's planned travel to Ho Chi Minh City is a future CONSULT visit in Vietnam (city kind 'person' is off but the party and VNM code are right); no date given, right."),
 37: ((), "Britain blames Moscow (Russian government) for the Salisbury attack; present tense, document date right."),
 38: ({"source"}, "The sentence refers to China ('the two communist neighbours' clashed at sea) and the Vietnamese sailors were killed by Chinese forces: source should be China (CHN), not empty; 1988 right."),
 39: ((), "Uribe expected to declare a state of emergency 'within days' is a future COERCE with no date; right."),
 40: ((), "Nasheed's arrest 'last month' = 2015-02; the arresting party is not named; right."),
 41: ((), "Awami League accusing the government on Thursday 2005-08-18 (document date); right."),
 42: ({"event"}, "Duplicate: 'travelled to Tehran and met President Raisi' is one consultation, already coded as e1 (CONSULT visit, Tahnoun -> Iran); this second CONSULT for the meeting is spurious."),
 43: ({"date", "modality"}, "The reinforcement is the deployment NATO agreed to (the AGREE e1 is the decision): it has not happened, so modality should be future, and its date is 'from early next year' (2017), not Friday 2016-07-08; MOBILIZE by NATO is right."),
 44: ((), "Iranian pilgrims clashing with Saudi police in Mecca in 1987; no protest is named, so ASSAULT is acceptable (PROTEST riot also defensible); right."),
 45: ({"type"}, "Thousands of protesters clashing with police outside parliament is a violent protest: type should be PROTEST (riot), not ASSAULT; parties and Thursday 2011-06-23 are right."),
 46: ((), "Leaders of 34 countries agreeing on Sunday 2001-04-22 to create the FTAA is a mutual AGREE with no target; right."),
 47: ({"type"}, "Saree's statement that the Houthis 'would continue to target ships' is a threat: type should be THREATEN (Houthis -> Israelis), asserted; as coded (future targeting, undated) the other fields hold."),
 48: ({"source"}, "'Several' are several of the seven Tutsi-led parties at the talks (BDI), not the 'new army': source should be several Tutsi-led parties (BDI)."),
 49: ((), "Prosecutors charging Lissu with treason on Thursday 2025-04-10 is ACCUSE allege; right."),
 50: ((), "Poroshenko urging Ukrainians to leave Russian networks is REQUEST, reported as this news (2017-05-16); right."),
}
out = open("events-d.jsonl", "w")
for line in open("events-d-items.jsonl"):
    it = json.loads(line)
    wrong, why = V[it["n"]]
    if "event" in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    it["verdict"] = v
    it["reasons"] = why
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
out.close()
