#!/usr/bin/env python3
"""Write pairs-p23.jsonl from the judge's hand scores (judge p23, wave 28, items 1-20)."""
import json, os

F = ["event", "type", "source", "target", "date", "modality"]

def s(*bits):
    d = dict(zip(F, bits))
    d["all"] = all(bits)
    return d

T, N = True, False
ALL = s(T, T, T, T, T, T)
SPUR = s(N, N, N, N, N, N)
def omit(ok): return {"omit_right": ok}

J = [
 (1, s(T,T,N,N,T,T), ALL, "Y",
  "PROTEST demo on Monday (2023-06-12) right in both. X leaves source empty though the sentence names 'Over 100 people' protesting in Istanbul (TUR plain). X also leaves target empty though the sentence names the party the protest is against (the Istanbul police whose arrest is demanded, i.e. Turkish authorities). Y's Turkey[TUR] is the state authority addressed, acceptable; I would have coded Istanbul police [TUR/COP]."),
 (2, omit(T), SPUR, "X",
  "'Aurora theater massacre (courtesy: CNN)' is a photo caption / headline fragment with no act: not an event by CONVENTIONS. Y's ASSAULT is spurious (also 'Aurora' is a place not a person, and the 2012 massacre got the document date). X null is right."),
 (3, omit(N), s(T,T,T,N,N,T), "Y",
  "The noun phrase 'The arrests of Öcalan and his colleagues' reports an arrest (first reported here; the sentence's main event is the ACCUSE by the rights group), so a COERCE arrest exists and X null is a miss. Y: arrester not named in the sentence, empty source right; but the arrested (Öcalan and colleagues) are named and Y's target is empty; the date 2023-06-14 is the date of the state of emergency in the previous sentence, not of the arrests (text gives none). Y still finds the act with the right type."),
 (4, omit(N), s(T,T,T,N,T,T), "Y",
  "100 policemen arriving to deal with kidnappers is a police deployment: MOBILIZE (mode should be 'police', not 'troops'; mode not scored). Tuesday = 2023-06-13 right; policemen[ISL/COP] fits the story (Iceland named in context). Target empty though the kidnappers, the party the deployment is directed at, are named in the sentence. X null misses a real event."),
 (5, s(T,T,N,T,T,T), omit(N), "X",
  "'will not back down' is a refusal to concede: CONCEDE negated (or REJECT asserted) is a codable event, so Y null misses it. X's source 'government activists[USA/GOV]' strips 'anti-' and makes the anti-government activists a government actor: wrong party. Target empty right (no party named). Date: the refusal is an open, future stance; unknown basis accepted (document date of 'said' would also be defensible). X better for finding the act with the right type and modality, though its actor is a serious error."),
 (6, ALL, ALL, "Y",
  "Same event: COERCE seize, hypothetical ('they fear it is seeking to take full control'), no date, no party target. Both sources are the same militia [AIA/REB] (REB is an odd sector for a pro-government militia, shared, not scored). X's name 'government militia' drops 'pro-' and misreads as a state force; Y keeps the text's 'pro-government militia'. Both right by the rules; Y's actor string is more faithful. Type COERCE seize for taking control of a region is borderline (could be ASSAULT/occupation), shared."),
 (7, ALL, s(T,T,N,T,T,T), "X",
  "PROTEST demo last week (2023-W23) right in both. Y leaves source empty though 'Hundreds of thousands of youths' in Lima [PER/CVL] are named. Target: 'against the tax bill' is a policy of the Peruvian government (Humala approval, previous sentence) - X's Peru is clearly the party acted upon; Y's empty target is also right by rule (no party named in the sentence)."),
 (8, ALL, s(T,T,N,T,T,T), "X",
  "ASSAULT torture by militias on civilians, habitual (document date) - same in both. Y names the source 'government militias[YEM/GOV]', dropping 'pro-' and turning a pro-government militia into the government: wrong party. X keeps pro-government militias [YEM]. Modality asserted by the attribution rule (an HRW report 'said'); I would have coded reported as it is an allegation, but score by the rule."),
 (9, ALL, s(T,T,T,N,T,T), "X",
  "ASSAULT clash, document date. Y's target 'government protesters[THA/GOV]' inverts the anti-government protesters into a government actor; X's anti-government protesters[THA/CVL] right."),
 (10, s(T,N,N,T,T,T), s(T,N,T,T,T,T), "Y",
  "Protesters occupying a building is a protest occupation (PROTEST), not COERCE seize (authorities' confiscation): type wrong in both. X's source 'government protesters[ARG/GOV]' inverts the anti-government protesters; Y's anti-government protesters[ARG/CVL] is right."),
 (11, omit(T), SPUR, "X",
  "'The attack is likely to exacerbate the crisis' is a prediction about the consequences of the bombing reported earlier; 'The attack' is a topic reference, no act reported in this sentence. Y's ASSAULT is spurious (and gives the Friday bombing the document date). X null right."),
 (12, SPUR, SPUR, "same",
  "'The Aurora shooting ... has been used to justify gun-control laws' mentions the 2012 shooting (reported in sentences 1-2) as the topic of a comment; no act reported here, so both are spurious. Both also take 'Aurora' (a place) as a person source. If a coder did count it, Y's date 2012 is right and X's document date is wrong (background act), and Y would be better."),
 (13, s(T,N,T,T,T,T), s(T,N,N,N,T,T), "X",
  "'were met by many hundred anti-government protesters who marched' is a confrontation/protest march in a clash story, not a consultation: CONSULT wrong type in both (PROTEST demo against the pro-government side would be right). X's parties are right (anti-government protesters[THA/CVL] vs pro-government forces[THA]). Y has 'government protesters[THA/GOV]' and 'government forces' - both stripped of anti-/pro- and wrong."),
 (14, s(T,T,N,T,T,N), s(T,T,T,T,T,N), "Y",
  "ASSAULT firearms on Diaz, no date given (unknown right). Both assert an act that is inside 'Local media reports claimed' - should be reported (shared error). X's source 'government protesters[CUB/GOV]' inverts anti-government protesters; Y right."),
 (15, ALL, ALL, "Y",
  "Same raid event (ASSAULT, ongoing 'stepped up' -> document date, target businesses[AIA/BUS], asserted under 'residents told AFP'). As in item 6, X's 'government militia' drops 'pro-'; Y keeps the text's name. Both right by rule; Y more faithful. Target could also include homes/civilians (shared, not wrong)."),
 (16, s(T,T,T,T,N,T), ALL, "Y",
  "'The arrests followed a massive sit-in' reports the arrests (their sequence after the sit-in); the previous sentence dates them to December, i.e. 2022-12 before the June 2023 document. Y's 2022-12 right; X gives the background act the document date: wrong. Police/arrested not named in this sentence: empty source/target right in both. (The sit-in PROTEST is a separate event neither side shows here.)"),
 (17, ALL, s(T,T,N,T,T,T), "X",
  "ASSAULT storm of the Gambia parliament, ongoing (document date), asserted with 'the government said'. Y's source 'government gunmen[GMB/GOV]' turns pro-government gunmen into the government; X's pro-government gunmen[GMB] right."),
 (18, ALL, s(T,T,N,N,T,T), "X",
  "ASSAULT claimed killing, reported modality right in both. Y strips both prefixes: 'military protesters[EGY/MIL]' and 'government demonstrators[EGY/GOV]' are wrong parties; X's anti-military protesters and anti-government demonstrators [EGY/CVL] right."),
 (19, s(T,T,T,N,T,T), s(T,T,T,N,T,T), "X",
  "REJECT of the deal, document date, asserted in both. Both leave the target empty although the deal rejected is the Greek government's, with Samaras named in the same sentence (shared error). Y's 'bailout protesters' is the same party (GRC/CVL) but drops 'anti-'; X keeps the text's 'anti-bailout protesters'. Marginal."),
 (20, ALL, ALL, "Y",
  "COERCE seize of two buildings, 'said Friday' -> 2023-06-09, asserted - same in both; no party target (buildings). Country empty for the militia is acceptable (text gives an unclear setting). X's 'government militia' drops 'pro-'; Y keeps the text's name. Both right; Y more faithful."),
]

out = os.path.join(os.path.dirname(__file__), "..", "pairs-p23.jsonl")
with open(out, "w") as f:
    for n, x, y, b, r in J:
        f.write(json.dumps({"n": n, "X": x, "Y": y, "better": b, "reasons": r}, ensure_ascii=False) + "\n")

from collections import Counter
print(Counter(b for *_, b, _ in J))
print("X all right:", [n for n, x, *_ in J if x.get("all")], "Y all right:", [n for n, _, y, *_ in J if y.get("all")])
print("null right X:", [n for n, x, *_ in J if x.get("omit_right")], "Y:", [n for n, _, y, *_ in J if y.get("omit_right")])
