"""Judge a's verdicts for the 60 sampled events (fields: event type source target date modality).
Writes ../events-a.jsonl and prints the precision table.  usage: python verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).parent
F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ("yyynyy".replace("yyyn", "yynn"), "source Police given IND: text does not make the police's country plain (Bhutan story, Bishkek, India accuses); target 'two students' from a U.S. school given IND, country not in text"),
 2: ("yyyyyy", ""),
 3: ("yyyyyy", ""),
 4: ("yyyyyy", ""),
 5: ("yyyyyy", "(lenient: keeping troops deployed read as MOBILIZE, future)"),
 6: ("yyyyyy", "(target lists US, Palestine and Palestinians: right parties, redundant)"),
 7: ("yynyny", "source empty though 'the kidnappers' are named in the sentence; date W23 is the week the body was found, the text gives no date for the kidnapping"),
 8: ("yyynyy", "target empty: 'its own member states' (of the IMF) are named in the sentence as the party not insisted on"),
 9: ("yyynyy", "target empty: the insistence is addressed to 'the government' named in the same sentence (negotiating party)"),
 10: ("yyyyyy", ""),
 11: ("ynyyyn", "'are well placed to increase cooperation' is a stated willingness (AGREE), not an act of improving cooperation (SUPPORT); modality should be hypothetical/future, not asserted"),
 12: ("ynyyyy", "security-force raids (searches and arrests of activists) are COERCE/seize (law enforcement raid), not ASSAULT"),
 13: ("yyyyyy", ""),
 14: ("yyyynn", "the AU summit is upcoming: modality should be future, and the text dates its start ('starts on Tuesday'), date left unknown"),
 15: ("yyynyy", "target empty: the demand for control of finances is directed at the UK, named in the same sentence"),
 16: ("yynyyy", "source empty though the sentence says the attack was 'by rebels'"),
 17: ("yyynyy", "target lists Saudi Arabia, Yemen and the Houthis: the deployment is not directed at them (they are the parties to the tensions named in a subordinate clause); no target or Yemen as location"),
 18: ("yynyny", "'They' = the governments of Bhutan and Mexico: source 'governments' with no country; date should be Saturday Nov 29 (declaration), not the document date"),
 19: ("yyyyyy", "(Puerto Rico party coded USA: accepted as US territory)"),
 20: ("yyyyny", "'seven in all so far this year' is a total summed over a span: no date by the conventions, not 2023"),
 21: ("yyynyy", "target Russia: the Federation Council approved the president's decree / Antonov's designation; the country is not the party acted upon"),
 22: ("nnnnnn", "generic 'a few attacks ... against security forces worldwide': no specific act or actors, not codeable"),
 23: ("yynyyy", "source Kyrgyzstan given no country code (should be KGZ)"),
 24: ("yyyyyy", ""),
 25: ("yynyyy", "source empty: the rally's participants are in the sentence ('she and others', a woman named Elizabeth; protesters in Washington DC, USA)"),
 26: ("yyyyyy", ""),
 27: ("ynyyyy", "prisoners refusing to eat is a hunger strike: PROTEST/hunger, not REJECT"),
 28: ("yyyyyy", "(extra source 'children' with no country; main party French fighters right)"),
 29: ("ynynyy", "Ban ordering a UN search and rescue mission is humanitarian action (AID), not a REQUEST to another party; target 'search and rescue mission' is not a party"),
 30: ("yyyyyy", ""),
 31: ("yyynny", "trigger is 'previously only five a day were arrested': habitual past rate, no date (given Friday 2023-06-09); target empty though refugees are the arrested in the sentence"),
 32: ("yynyny", "source empty though 'Namibia's government' is named as the torturer; date 2005-03-22 is HRW's statement date, the torture is from 1980 on"),
 33: ("yynnyy", "Obeidi is the detainee, coded as source; target empty (should be Obeidi, source security forces not named in the sentence -> empty)"),
 34: ("nnnnnn", "'security concerns are heightened' is not a mobilization or any act"),
 35: ("yyyyyy", "(target 'spy agency' lacks GBR but the UK government GBR is given alongside: accepted)"),
 36: ("yynnyy", "'it will provide' = Morocco / its Foreign Ministry, not the spokeswoman (speaker); the support goes to the European mission, not to Libyan officials (who requested it)"),
 37: ("yynnyn", "attacks are by the Houthis on Saudi security forces: source Saudi Arabia wrong, target empty wrong; inside Saudi condemnation so modality reported"),
 38: ("yyyyyy", ""),
 39: ("yyyyyy", ""),
 40: ("yyyyny", "background resignation after the Dec 2008 vote given the document date"),
 41: ("yyynyy", "target empty: the rescued are 'two of whom' (the hostages) in the sentence"),
 42: ("yyynyy", "target Stoltenberg coded NATO: he is Norway's prime minister in the text (NOR)"),
 43: ("yyynyy", "target empty though the civilians who suffered casualties are named in the sentence"),
 44: ("yynyyy", "source 'main opposition' without country (IND) plus 'India's Parliament' which is not the speaker"),
 45: ("yynyyy", "source NDF without country (text: Niger-based) plus 'Niger' the country, which is not the actor"),
 46: ("yyynyy", "target 'State' (Peru) is the seizer, not the victim; target should be 'their' = the indigenous communities"),
 47: ("yyynyy", "target United Kingdom: she welcomed the support of her population, the UK is not the party acted upon"),
 48: ("yyyyny", "blockade imposed by the dictator before his departure is background: document date wrong"),
 49: ("yyyyyy", ""),
 50: ("ynyyyy", "a domestic pledge to build police stations and deploy forces is a future MOBILIZE, not AGREE (no cooperation with another party)"),
 51: ("ynyyyy", "UNHCR warning that Latvia's actions 'could have grave consequences' is criticism (ACCUSE), not a threat by the UN"),
 52: ("yynnyy", "source coded as the state 'United States' instead of 'American political and media figures'; target empty though 'the Obama administration' is named"),
 53: ("yyyyyy", ""),
 54: ("yynyyy", "source empty though the striking workers are named in the sentence"),
 55: ("ynyyyy", "'the authorities have to start arresting people' is Ivanova's demand (REQUEST to authorities), not a hypothetical arrest"),
 56: ("yynnyy", "source Sjorgren without country (NOR) plus 'former minister' coded NATO; target empty though 'Stoltenberg's three successors' are named"),
 57: ("yyynyy", "'She' = the woman arrested in June, not Ricardo Clarke"),
 58: ("yyyyyy", ""),
 59: ("yynyny", "attackers coded USA: text says they are believed to be Chinese; date 2023-03-23 is when state departments were notified, not the attack"),
 60: ("ynyyyy", "Czech government warning that Slovakia planned ethnic cleansing is an accusation (ACCUSE/allege), not THREATEN"),
}
V[1] = ("yynnyy", V[1][1])

items = [json.loads(l) for l in open(HERE / "events.jsonl")]
out = []
for it in items:
    code, reason = V[it["n"]]
    assert len(code) == 6, it["n"]
    v = {f: c == "y" for f, c in zip(F, code)}
    if not v["event"]:
        v = {f: False for f in F}
    v["all"] = all(v[f] for f in F)
    if not v["all"]:
        assert reason, it["n"]
    out.append({**it, "verdict": v, "reasons": reason})
with open(HERE.parent / "events-a.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

real = [o for o in out if o["verdict"]["event"]]
print(f"| field | all {len(out)} | real events ({len(real)}) |")
print("|---|---|---|")
for k in F + ("all",):
    a = sum(o["verdict"][k] for o in out)
    r = sum(o["verdict"][k] for o in real)
    print(f"| {k} | {a}/{len(out)} = {100*a/len(out):.0f}% | {r}/{len(real)} = {100*r/len(real):.0f}% |")
