"""Judge p21, pairs27 items 1-80: writes pairs-p21.jsonl from the judgments below.
Codes per side: 'N+' null side right (omit_right true), 'N-' null side wrong (missed event),
'S' spurious/duplicate event (wrong in every field), or 'ETSGDM' six T/F letters:
event, type, source, target, date, modality. 'all' = all six true."""
import json, os

J = {
 1: ("TTFTTT", "TTTTTT", "Y", "Same event, date, target; Y names the crowd 'Hundreds of protesters' [TUR] marching on Turkey's parliament, X leaves the source empty."),
 2: ("TTTTTT", "TTFTTT", "X", "X gives the crowd 'About 10,000 people' [USA] (LA and Oakland); target USA is right since the context calls these anti-U.S. demonstrations. Y's empty target is also right by rule, but its empty source misses the named group."),
 3: ("TTTTFT", "TTFTFT", "X", "X names 'Several thousand members of the National Front' (no country given in the sentence, empty code accepted); Y's source is empty. Both give the document date, but the rally was the Sunday one from the previous sentence (shared error)."),
 4: ("TTFTFT", "TTTTFT", "Y", "Y names 'thousands of demonstrators'; X's source is empty. Neither date is right: the march was two days before the move announced Tuesday (i.e. Sunday 11 June); Y's 13 June is wrong and X's unknown also misses a date the text gives."),
 5: ("S", "N+", "Y", "A generic line inside a quote ('more activists protesting in solidarity across the globe'): no placed or dated act by a party, so not an event. Y rightly codes nothing."),
 6: ("S", "N+", "Y", "Both versions code this protest once already under the trigger 'took' (item 38), so X's extra 'protest' event is a duplicate of the same act. Y rightly codes no second event."),
 7: ("TTFFTT", "TTFFFT", "X", "Shared errors: the source is Russia, but the ceasefire was between the (Syrian) government and the opposition, and the target is empty. X leaves the date unknown, which is right for a ceasefire whose time is not given. Y gives the background act the document date."),
 8: ("TTTFFT", "N-", "X", "A real march that Y misses. X: the crowd (2,000 people, SWE, Stockholm) is right. The target 'Sweden' is wrong because the protest denounced 'fascists', not the state. The document date is wrong because this is the Monday protest from the previous sentence (12 June)."),
 9: ("TTFTFT", "TTTTFT", "Y", "Y names 'people' as the blockers (empty country accepted: the place is only in the previous sentence); X's source is empty. Both leave the date unknown, but the previous sentence dates the blocking to Saturday (shared error)."),
 10: ("TTFTTT", "TTFTTT", "Y", "Y names 'thousands' but with no country, though the sentence places them in Alexandria (EGY), so Y's source is still wrong by the rule. X's source is empty. Y is closer."),
 11: ("N-", "TTTTTT", "Y", "A real road blockade in Ecuador. Y codes it right: the crowd [ECU], and Ecuador as target because the context says the protesters oppose the government. X misses the event."),
 12: ("TTFTTT", "TTTFTT", "Y", "Y names 'Hundreds of demonstrators' [USA, Chicago]; X's source is empty. But Y's USA target is not the protested party: the rally was against election violence and denounced Trump, a non-state party. X's empty target is right. The source is the more important field."),
 13: ("N+", "TTFTTT", "same", "Same act as item 44. From argument style, X's version codes this strike once under 'went' (item 44) and Y's under 'strike', so neither null nor event is a miss or a duplicate here. The argument difference is scored in item 44. (If one version instead had both events and the other none, Y would be better in both items.)"),
 14: ("TTFTTT", "TTTTTT", "Y", "Y names 'over 50,000 people' [RUS, Khabarovsk]; target Russia is right because the protest was against the authorities' restrictions. X's source is empty."),
 15: ("N-", "TTTTTT", "Y", "Thousands in Oakland and Berkeley joining the teachers' strike against the legislation the governor signed is a real event. Y codes it right (USA stands for the state government); X misses it."),
 16: ("TTTFTT", "TTFTTT", "X", "X names the striking 'workers' [CUW]; Y's source is empty. X's Curaçao target is not supported: the strike is over a cut in paid leave against an unnamed employer. The date September 2022 is right for both."),
 17: ("TTTTTT", "TTFTTT", "X", "X: demonstrators [CHN] in central Beijing protesting an official land grab, with China as target, is right. Y's source is empty."),
 18: ("TTTTTT", "TTFTTT", "X", "X: demonstrators in Tangier [MAR] against police brutality, with Morocco as target, is right. Y's source is empty."),
 19: ("S", "S", "same", "'took part in a peaceful march' is one act. Both versions also code it under 'march' (item 29), so in both this 'took' event is the duplicate. X's arguments would be right, but a duplicate is wrong in every field."),
 20: ("TTTTTT", "TTFTTT", "X", "X: 60,000 people [ZAF] in Johannesburg after a protest at the Union Buildings (the seat of government), with South Africa as target, is right. Y's source is empty. The document date is not contradicted: the march came after the Friday protest."),
 21: ("TTFTTT", "TTTTTT", "Y", "Y names 'hundreds of thousands' [JPN]; X's source is empty. The LDP target and 'earlier this month' (June 2023) are right for both."),
 22: ("N+", "S", "X", "The spokeswoman denies that any royal took part. The sentence reports no protest act by a party; 'the march' is only mentioned. Y's asserted PROTEST with no arguments is spurious."),
 23: ("TTFTTT", "TTTTTT", "Y", "Y codes the crowd of 2,000 (span 'crowd estimated', right party, no country from the sentence); X's source is empty. The empty target is right by rule for both."),
 24: ("TTFTTT", "TTTTTT", "Y", "Y names '5,000 members of a Christian student group'. An empty country is acceptable: these are students of a U.S. Christian school, so their country is unclear. X's source is empty."),
 25: ("TTTFTT", "TTFTTT", "X", "X names 'two thousand people' [ARG], which Y leaves empty. X's Argentina target is not the protested party: the rally was against that day's violence, started by workers. Source counts more."),
 26: ("TTFTTT", "TTTTTT", "Y", "Y names 'up to 1,200 people' [GIN] protesting tax rises, with Guinea (the government) as target. X's source is empty. I accept the date as the approximate time of the ongoing protest."),
 27: ("TTFFFT", "N-", "X", "A real strike that Y misses. X's Ghana country, Ghana target and 2012-11-15 date have no support in the shown text (this is the first sentence, and it gives neither place nor date), so I score them wrong."),
 28: ("TTTTFT", "TTFTFT", "X", "X names 'hundreds of demonstrators' [USA]; Y's source is empty. Both take 'Monday' from an unrelated White House statement in the previous sentence (shared date error)."),
 29: ("TTFTTT", "TTTTTT", "Y", "Y names 'dozens' [MMR] marching to urge the government; X's source is empty. Government target and Saturday afternoon date are right for both."),
 30: ("TTTTFT", "TTTTFT", "X", "The cut came two days before the deal signed on Friday (7 June), so both dates are wrong. Y's document date is a false date for a background act; X's unknown is wrong but less misleading."),
 31: ("TTFFTT", "TTTTTT", "Y", "Y: 'Crowds of protesters' [EGY] marching on the presidential palace against Mursi, with Egypt as target. X's source is empty, and X's target is empty although Mursi is named."),
 32: ("TTFTFT", "TTFTFT", "X", "Both make the university a co-source (it is the target of the walkout), a shared error. The walkout was three weeks before the announcement: Y's document date is false, X's unknown is wrong but less so."),
 33: ("TTFFTT", "TTTFTT", "Y", "Y names 'two men'; X's source is empty. Both leave the target empty although 'the government' is named as the protested party (shared error)."),
 34: ("TTTTTT", "TTFTTT", "X", "X: '50 members of the royal family' [JOR] marching, with Jordan as target (the context says they protest against the government), is right. Y's source is empty."),
 35: ("TTFFTT", "TTTTTT", "Y", "This caption reports a 2014 anti-government march in Yangon. Y gives 'protester' [MMR] and Myanmar as target. X leaves both empty, though 'anti-government' gives the target."),
 36: ("TTTFFT", "TTFTFT", "X", "X names 'about 500 people' [PAN]; Y's source is empty. X's Panama target is not supported: the protest is against the mining companies. Both leave the date unknown for an act reported as this news (shared). Source counts more."),
 37: ("TTTTTT", "TTFTTT", "X", "X: 'Thousands of youths' [JPN] protesting the curfew in 2006, with Japan as target, is right. Y's source is empty. Both use mode demo where riot would fit better; the type is still right."),
 38: ("TTTTTT", "TTFTTT", "X", "X names 'thousands of people' [BGD]; Y's source is empty. The Bangladesh target (a protest against the law) and the weekend date are right."),
 39: ("TTFTTT", "TTTTTT", "Y", "Y names 'Tens of thousands of people' [TUR] in Istanbul; X's source and target are empty. Empty is acceptable as the target because the sentence gives none."),
 40: ("TTFTTT", "TTTTTT", "Y", "Y names 'Hundreds' [EGY, Alexandria]; X's source is empty."),
 41: ("S", "S", "same", "'During the strike' is only the time frame for the sentence's acts (the teachers' demand and the governor's refusal); the strike was reported earlier. Both strike events are spurious. X's arguments would be right if it counted."),
 42: ("TTTTTT", "N-", "X", "The teachers taking to the streets of San Francisco is a real protest. X codes it right; Y misses it."),
 43: ("TTTFTT", "TTTFFT", "X", "The call came a day before Wednesday's proposal: X's 13 June is right, Y's document date is wrong. Both make Syria the target although the call names no addressee (shared)."),
 44: ("TTFFTT", "N+", "Y", "Same act as item 13. X's 'went' event gives the workers JPN and Japan as target, which nothing in the shown text supports. Y's version codes the strike as 'strike' (item 13), with an empty target, which is right. Neither gives a right source, so Y's coding is the more right one."),
 45: ("N-", "TTTTTT", "Y", "Y: around 1,000 people [TUR, Ankara] protesting on Monday, with Turkey as target (context: demands to the police), is right. X misses the event."),
 46: ("TTTTFT", "TTTTFT", "Y", "The shooting was a week before Friday (2 June). X gives the document date, false for a background act; Y's unknown is wrong but less misleading."),
 47: ("TTFTTT", "TTTTTT", "Y", "Y names 'About 5,000 people' [BGD] rallying Sunday over the law, with Bangladesh as target. X's source is empty."),
 48: ("TTFTFF", "TTTTFF", "Y", "The boycott is a purpose ('in order to make people boycott') planned for the coming months, so both are wrong to code it asserted and dated Friday. Y's source 'people' [KAZ] is right; X's is empty."),
 49: ("TTTTTT", "N-", "X", "People ransacking stores during one of the May 4 anti-U.S. demonstrations is a real protest act. X codes it (mode demo where riot would fit); Y misses it."),
 50: ("TTTTTT", "TTFFTT", "X", "X: 'a thousand protesters' [BLR] in Minsk against Lukashenko, with date Tuesday, is right. Y leaves source and target empty although both are named."),
 51: ("N-", "TTTTTT", "Y", "Y: 5,000 protesters (CHN, Hong Kong) against China's decision is right. X codes nothing for 'marched in protest'. (If X's version has an identical 'marched' event not shown here, Y's would be a duplicate; nothing shown says so.)"),
 52: ("N-", "TTTTTT", "Y", "The National Guard's quote reports a four-hour protest by protesters [DOM] outside the presidential palace. Y codes it; X misses it."),
 53: ("TTFTTT", "TTTTTT", "Y", "Y names 'people' [CHN] who rioted against the local government on Wednesday; X's source is empty."),
 54: ("TTFFTT", "TTTFTT", "Y", "A rally in support of Kabila. I would accept PROTEST/demo for a rally, though SUPPORT would be arguable. Y names the participants [AGO, Luanda]. Y's Angola target and X's empty target are both wrong: Kabila is named."),
 55: ("TTTTTT", "TTFTTT", "X", "X names '8,000 people' [JAM] in Kingston. The government target is acceptable for a human-rights march; both sides share it. Y's source is empty."),
 56: ("TTTTTT", "TTFFTT", "X", "X: 'hundreds of drivers' [PAK] in the walkout, with Pakistan (the government named as the party that must negotiate) as target. Y leaves both empty. The date is right for both."),
 57: ("TTTTTT", "N-", "X", "Demonstrators holding demonstrations outside the Santo Domingo presidential palace is a protest act. X codes it right (DOM, target the government/country); Y misses it."),
 58: ("S", "S", "same", "The demonstration is only approaching ('as ... neared'), and nothing says the students will hold it. No act is reported: both events are spurious (at best future). X attributes it to the students and Y leaves it empty."),
 59: ("S", "S", "same", "'one day before a major political demonstration' is a time anchor for the lawsuit, with no act by any party. Both events are spurious. Y's is worse in substance because it makes the suing man the demonstrator, but both are wrong in every field."),
 60: ("TTFTTT", "TTTTTT", "Y", "Y names 'thousands' [GRC] marching to the regional government headquarters, with Greece as target. X's source is empty."),
 61: ("TTTTTT", "TTFTTT", "X", "X names the 'ethnic people' [BFA] protesting government decisions; Y's source is empty. The 2016 date is right."),
 62: ("TTFTTT", "TTTTTT", "Y", "Y names 'About 300 armed people' [USA, Hawaii]; X's source is empty. The target, Hawaii/USA (the government), is acceptable."),
 63: ("TTFTTF", "TTTTTF", "Y", "Y names the movement's members as the planned blockers; X's source is empty. Both code asserted, but the blockade was only planned and then called off (should be hypothetical or future)."),
 64: ("TTFTTT", "TTTTTT", "Y", "Y names 'hundreds of protesters' [POL]; X's source is empty. The target Poland (against the government's reforms) and the Sunday date are right."),
 65: ("TTTTTT", "TTFFTT", "X", "X names 'Thousands of demonstrators' [PAK] in the capital, with Pakistan as target (the government they support). Y leaves both empty although the government is named."),
 66: ("TTTFFT", "TTTFFT", "Y", "Syria agreed a year earlier (2022): X's document date is false, Y's unknown is wrong but less so. Both leave the target empty although the UN probe is named (shared)."),
 67: ("TTFTTT", "TTTTTT", "Y", "Y names 'tens of thousands of students' [SLV], with El Salvador as target (protest against government corruption). X's source is empty."),
 68: ("N+", "TFTTTF", "X", "'The government agreed ... to provide a loan' is a promise (AGREE), not aid given. Y's asserted AID event has the wrong type and modality. X rightly has no AID event."),
 69: ("TTFTTT", "TTTTTT", "Y", "Y names 'thousands of protesters' [MYS, Kuala Lumpur]; X's source is empty."),
 70: ("TTTTTT", "TTFTTT", "X", "This subheading reports an act: thousands attended the rally against an opposition leader's detention. X gives 'Thousands' [UZB] and Uzbekistan as target; Y's source is empty."),
 71: ("TTTTFT", "TTTTTT", "Y", "Ban's request came 'days' before Sunday's announcement, so its time is vague. Y's unknown date is right; X's document date is wrong for a background act."),
 72: ("TTTFTT", "TTFFTT", "X", "X names the protesting 'people' [SWE]; Y's source is empty. Both wrongly make 'outside parliament', the location, the target; the protest denounced 'fascists' (shared)."),
 73: ("TTFTTT", "TTFTTT", "X", "X names 'Thousands' but with no country, though the sentence places them in Cairo's Tahrir Square (EGY), so its source is still wrong by the rule. Y's source is empty. X is closer."),
 74: ("TTFTTT", "TTTTTT", "Y", "Y names 'thousands' (the country is only in earlier sentences, so empty is accepted); X's source is empty. The empty target is accepted: the party that made the appointment is not named."),
 75: ("N-", "TTTTTT", "Y", "Y: '2,000 people' [PAK, Lahore] at the protest is right; X misses the event."),
 76: ("TTTTTT", "TTFTTT", "X", "X names the six hunger strikers [LTU]; Y's source is empty. The target, Lithuania's new regime, is right for both."),
 77: ("TTFFTT", "TTTFTT", "Y", "Y names 'Hundreds' [USA, Washington]; X's source is empty. Both make the U.S. government the target, but the march was against election violence, not the government (shared, as in item 12)."),
 78: ("S", "N+", "Y", "'As the strike has continued' is a frame for the sentence's act, the teachers' street protest (item 42); the strike was reported earlier. X's strike event with no arguments is spurious."),
 79: ("S", "S", "same", "A hypothetical in the lawsuit's quote ('could ever be expected to allow ... to demonstrate'); no demonstration occurred. Both events are spurious. Y's New York 'country' target would be wrong in any case."),
 80: ("TTFTTT", "TTTTTT", "Y", "Y names 'about 60,000 people' [EGY, Cairo]; X's source is empty. The Friday date is right."),
}

F = ["event", "type", "source", "target", "date", "modality"]

def side(code):
    if code == "N+": return {"omit_right": True}
    if code == "N-": return {"omit_right": False}
    if code == "S": d = {k: False for k in F}; d["all"] = False; return d
    assert len(code) == 6 and set(code) <= {"T", "F"}, code
    d = {k: c == "T" for k, c in zip(F, code)}
    if not d["event"]:
        d = {k: False for k in F}
    d["all"] = all(d[k] for k in F)
    return d

here = os.path.dirname(os.path.abspath(__file__))
items = [json.loads(l) for l in open(os.path.join(here, "..", "items.jsonl"))]
assert sorted(J) == [it["n"] for it in items if 1 <= it["n"] <= 80]
out = []
for it in items:
    n = it["n"]
    xc, yc, better, reason = J[n]
    # a null code only for a null side, an event code only for an event side
    assert (xc in ("N+", "N-")) == (it["X"] is None), n
    assert (yc in ("N+", "N-")) == (it["Y"] is None), n
    out.append({"n": n, "X": side(xc), "Y": side(yc), "better": better, "reasons": reason})
with open(os.path.join(here, "..", "pairs-p21.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# summary
from collections import Counter
c = Counter(r["better"] for r in out)
ax = sum(1 for r in out if r["X"].get("all")); ay = sum(1 for r in out if r["Y"].get("all"))
nx = sum(1 for r in out if "omit_right" in r["X"]); ny = sum(1 for r in out if "omit_right" in r["Y"])
nxr = sum(1 for r in out if r["X"].get("omit_right")); nyr = sum(1 for r in out if r["Y"].get("omit_right"))
print("better:", dict(c))
print("all-right X:", ax, "of", 80 - nx, "events; Y:", ay, "of", 80 - ny)
print("null sides right X: %d/%d, Y: %d/%d" % (nxr, nx, nyr, ny))
for k in F:
    print(k, "X", sum(1 for r in out if r["X"].get(k)), "Y", sum(1 for r in out if r["Y"].get(k)))
