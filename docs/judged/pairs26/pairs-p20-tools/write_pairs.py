"""Judge p20, pairs26: writes pairs-p20.jsonl from the judgments below.
Side code: 'T'/'F' = null side, omit right / wrong; otherwise six 0/1 digits for
event,type,source,target,date,modality (a spurious event is 000000)."""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "pairs-p20.jsonl"
F = ["event", "type", "source", "target", "date", "modality"]
J = {
 1: ("111111", "111111", "X", "Both right: 'Moscow' = Russian government, 'on Thursday' = 2023-06-15 (doc date is a Thursday). Y lists the same party twice (Russia country + Russia government), which double-counts the dyad; X is cleaner."),
 2: ("111111", "111011", "X", "Targets: X keeps 'pro-Russian separatists' with no country (the sentence does not place them; by context they are Ukraine's rebels); Y turns them into 'Russian separatists' RUS, wrong. Date 06-14 (the Wednesday report, hours before the order) accepted for both."),
 3: ("111011", "110011", "X", "Y gives the lawmakers RUS, taken from 'Russian-Ukrainian unit'; the text does not say whose lawmakers (context is Lithuania), so empty (X) is right. Shared: Russia and Ukraine are components of the proposed unit, not the parties urged; I would leave the target empty."),
 4: ("111111", "110011", "X", "'their detention' = the observers are the detained: target (X). Y makes the observers the detainer and leaves the target empty. Detainer not named in the sentence, so empty source is right. Observers are from several bodies, empty country right."),
 5: ("111111", "110011", "X", "'Chen's arrest': Chen is the arrested (target, X). Y inverts: Chen as source, no target. Arresting authority not in the sentence, empty source right."),
 6: ("110001", "F", "same", "There is a detention of the asylum seekers (an event, so Y's omission is a miss), but X's source 'Indonesia police' is not supported (the police are named only as feared harassers; the camp is Christmas Island, Australian Border Force in context), the target 'their' = eight asylum seekers is empty, and the detention of about ten days ago gets the document date. X is right only in event/type; neither is more useful."),
 7: ("F", "111101", "Y", "The noun phrase 'the killing of innocent men, women and children' reports the act (conventions: an act in the event's own noun phrase); the spokesperson's condemnation is a separate ACCUSE. Y: no perpetrator named (empty right), victims right with TKM plain from context. Date wrong: the text dates the killings (recent days, 4-5 December), not the document date. I would hesitate to code a second event for an act condemned in a statement, but by the rules it holds."),
 8: ("T", "000000", "X", "'She declined further comment' is no PLOVER event (CAMEO's 'decline comment' is a statement code; PLOVER REJECT is rejecting a request/proposal). Y's REJECT is spurious; the null is right."),
 9: ("111011", "111011", "Y", "Arrest by Malaysian authorities (both right). Patient: 'the diplomats' = the Hungarian diplomats of the previous sentence ('against Hungary' in this one). X leaves the target empty (wrong); Y names the diplomats but with no country, which by the rule (description with the right country) is still wrong. Y is closer: right party, code missing."),
 10: ("110011", "110111", "Y", "Arrests of human rights activists and journalists: Y names the activists (PSE plain: Palestinian police, East Jerusalem), X leaves the target empty although the sentence names them. Shared: the second source 'intelligence' has no country although the text says Palestinian (and kind 'person' for a service); scored wrong for both."),
 11: ("110111", "111111", "Y", "The rebel 'Southern Republic' faction fights in a civil war in Southern Italy (previous sentences): ITA (Y) is plain, RUS (X) is not. EU as target right. 'has rejected' -> doc date."),
 12: ("111101", "111001", "X", "'some Americans were fighting on a pro-American cause': no opponent named, empty target right (X); Y's target United States is the side they fight for, wrong. Shared: the fighting is background to the pull-out (earlier, undated), so the document date is wrong; unknown would be right."),
 13: ("000000", "000000", "same", "The ceasefire is what the parties get 'in exchange' - a promised ceasefire, which the codebook excludes from RETREAT ceasefire (only implemented ceasefires). The event is spurious on both sides (the act is an AGREE by Germany and the Netherlands). Had it been coded, Y's source (pro-Russia rebels, LIE: 'in Liechtenstein') is right and X's 'Russia rebels' RUS is wrong, and the target 'government forces' is missing on both."),
 14: ("110111", "111111", "Y", "Source: Y keeps 'pro-Russian militants' with no country (fine: the sentence gives none; by context Ukraine's separatists); X strips it to 'Russian militants' RUS, wrong. Type ASSAULT acceptable for an armed takeover of police buildings (mode 'abduct' is not; mode not scored). 'in August' before June 2023 -> 2022-08 right. Police buildings are property; empty target accepted."),
 15: ("F", "100011", "X", "There is an act (a prosecutor issued an arrest warrant, August 2001), so the null misses it. But Y makes Ngugi, the man to be arrested, the source and leaves the target empty; the type is an arrest that was not made (a warrant is legal action, ACCUSE allege, or at most a not-yet-made arrest). Y's record says Ngugi arrested someone; the miss is better than this inverted record."),
 16: ("F", "110011", "same", "'their unjust detention' is an act (the three activists' detention), so the null misses it. Y's source, the General National Congress, is the body whose official spoke, not the detainer ('the government' in the quote), and the detainees are not the target. Undated act of unknown time: date right. Neither is more right."),
 17: ("111101", "F", "X", "Africa pressuring the Security Council is a REQUEST; parties right (Africa has no country code). Date: pressure over 'the past several months' still going on -> document date; X's unknown date is wrong, by the ongoing-act rule. Still, X has the event with the right parties; Y misses it."),
 18: ("T", "000000", "X", "The IAEA 'will not ask more questions' is part of the understanding reached (the act is AGREE among the five states); a negated future asking of questions is no REQUEST event. Y is spurious; null right."),
 19: ("101111", "100111", "X", "Separatists in Transnistria, Moldova: X's MDA is plain, Y's 'Russian separatists' RUS is wrong. Shared: taking control of a village amid heavy gunfire is an armed occupation (CAMEO 'occupy territory' -> ASSAULT); COERCE seize is police/authorities searching or confiscating, so I score the type wrong for both."),
 20: ("110001", "110001", "same", "'the European Court has upheld other countries' secret detention of individuals': the detainers are 'other countries', not the Court (source wrong both). X's target gives the individuals ISR, but they are held by other countries, not Israel (wrong); Y's empty target is wrong since the sentence names them. Generic practice of unknown time given the document date: wrong both. Both equally wrong."),
 21: ("110011", "111011", "Y", "Source: 'Pro-Russian rebels' in a Southern Italy civil war, ITA (Y) right, 'Russian rebels' RUS (X) wrong. Shared: 'the government's offer' names the rejected party in the sentence (the Italian government); empty target is wrong for both."),
 22: ("111001", "111101", "Y", "'The arrests of the alleged smugglers': Y names the arrested (country USA from a group operating in the U.S. and arrested by U.S. authorities: acceptable), X leaves the target empty. Arresters not in this sentence: empty source right. Shared: the arrests were reported on Saturday (published Saturday, 'had arrested'), so they precede 2023-06-10; the document date is wrong."),
 23: ("111111", "111011", "X", "Target: 'pro-Russian rebels' with no country (X) right; 'Russian rebels' RUS (Y) wrong. Type SANCTION for calling off a ceasefire is acceptable (reduction of an existing arrangement)."),
 24: ("110111", "110011", "X", "Molloy is the arrested: X has him as target (right), Y as source (inverted) with an empty target. X's source, the government spokesperson, is only the one who confirmed the arrest (reported_by); the arrester is not named, so empty would be right: X's source wrong."),
 25: ("111111", "F", "X", "'The United States has been pressuring Israel to end its blockade': a REQUEST USA->ISR, ongoing, document date. X right in all fields; Y misses it."),
 26: ("F", "110011", "X", "'held since their arrest' is an act (an event missed by the null), but Y's source is the 'criminal organization' the accused belong to - the opposite side - and the arrested men are not the target. A false dyad; the miss is better."),
 27: ("T", "000000", "X", "'in a manner that would likely result in More's arrest' is a hypothetical consequence inside a lawsuit's claim, not an arrest; Y codes it asserted with More as the arrester. Spurious; null right."),
 28: ("T", "000000", "X", "'if they refuse to quit' is the condition of Rajoy's threat (the event is THREATEN by Rajoy), not a refusal; Y's hypothetical REJECT is spurious. Null right."),
 29: ("111011", "111111", "Y", "Killings by Taylor and his loyalists in Sierra Leone: X's target Liberia is wrong (the victims are in Sierra Leone; none named, empty right). Y's source is Liberia rather than Taylor: I accept it (code LBR right; Taylor heads Liberia's government), though I would code Taylor as X does. Date May 2 (narrative from the AU resolution) accepted for both."),
 30: ("111111", "110111", "X", "Nata leads a militia in Romania; the text gives him no nationality: empty (X) right, RUS (Y) unsupported (it comes from nowhere in the sentence)."),
 31: ("111011", "101011", "X", "Malware against a computer network is COERCE cyber (codebook), not ASSAULT (Y). Shared: the MoD here is the Dutch one (NOS, De Telegraaf, Netherlands police), not the UK Ministry of Defence: target wrong both."),
 32: ("111101", "110001", "X", "'his arrest' = Al-Sayed arrested: target (X); Y inverts him to source. Shared: 'on Saturday' dates the killing of al-Kaddari, not the arrest: date wrong both."),
 33: ("111111", "110111", "X", "'They are not shooting back' = the pro-Russian fighters of the previous sentence: X keeps them without a country (right), Y makes them 'Russian fighters' RUS (wrong). Negated modality right."),
 34: ("T", "000000", "X", "'declined further comment' is not a REJECT (no request or proposal rejected); Y is spurious. Null right."),
 35: ("110011", "111011", "Y", "Source: 'pro-Russian separatists in the east' of Ukraine, UKR (Y) right; RUS (X) wrong. Tuesday = 2023-06-13 right. Shared: the target is the 27 Ukrainian schoolchildren, not the state 'Ukraine'; scored wrong both."),
 36: ("111101", "111111", "Y", "'report released in July 2013 called on authorities': the text dates the act 2013-07 (Y); X's document date is wrong."),
 37: ("111111", "110111", "X", "'Pro-Russian rebels' in Southern Italy: ITA (X) right, 'Russian rebels' RUS (Y) wrong. No partner named for the talks: empty target accepted."),
 38: ("111011", "111111", "Y", "Target 'pro-Russia separatists in eastern Ukraine': UKR (Y) right, 'Russia separatists' RUS (X) wrong. Wednesday = 2023-06-14 right."),
 39: ("F", "111101", "Y", "The arrests are an act in this sentence (police said the arrests ... included): Y codes it with no parties, which is right since none is named. Date wrong as in item 22 (arrests reported by Saturday). Y is right in more fields than a miss, though it carries little information."),
 40: ("110111", "F", "same", "A pro-Russian rally in Donetsk is a demonstration (PROTEST demo; Sunday = 06-11 right), though a coder may code only the bombing of it. X makes the source 'Russia' the country - the rally's participants are pro-Russian people in Ukraine - wrong. Right event with a false source vs a miss: neither more right."),
 41: ("110001", "F", "same", "Two anti-U.S. demonstrations are PROTEST events. X's source 'United States' is not the protesters (who are American, but protest against the U.S.), the target (the U.S., 'anti-U.S.') is empty, and 'recent' undated demonstrations get the document date. Only event/type right; the miss is no worse."),
 42: ("110001", "110101", "Y", "Y names the 12 arrested activists as target; X leaves it empty. Shared: the source 'activists' are the reporters, not the arresters (Nusra Front is only implied); and a count 'since the beginning of the year' is a total over a span, which has no date: '2023' wrong both."),
 43: ("111101", "111101", "same", "Same event and value; only the date basis differs (X narrative, Y explicit - X's label is more honest: no date is given for the sanctions). Shared: 06-14 is the Wednesday of Compaore's arrival; the sanctions came before it, undated: wrong for both."),
 44: ("110001", "F", "Y", "The bombing of the rally is an act (missed by Y), but X attributes it to 'Russia' (the rally was pro-Russian; the bomber is unnamed), leaves the victims (the rally) out, and dates it with the document date although the text says Sunday (06-11). Three fields wrong and a misleading dyad: the miss is better."),
}

def side(code):
    if code in ("T", "F"):
        return {"omit_right": code == "T"}
    d = {f: c == "1" for f, c in zip(F, code)}
    d["all"] = all(d.values())
    return d

with open(OUT, "w") as fh:
    for n in range(1, 45):
        x, y, b, r = J[n]
        fh.write(json.dumps({"n": n, "X": side(x), "Y": side(y), "better": b, "reasons": r}) + "\n")

rows = [json.loads(l) for l in open(OUT)]
from collections import Counter
print(Counter(r["better"] for r in rows))
for s in "XY":
    ev = [r[s] for r in rows if "all" in r[s]]
    om = [r[s] for r in rows if "omit_right" in r[s]]
    print(s, "events", len(ev), "all right", sum(e["all"] for e in ev),
          "nulls", len(om), "null right", sum(o["omit_right"] for o in om),
          {f: sum(e[f] for e in ev) for f in F})
