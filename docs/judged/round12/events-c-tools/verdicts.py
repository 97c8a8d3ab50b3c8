"""Verdicts of judge j14-events-c (round 12) on sample.jsonl; writes ../events-c.jsonl and prints the tables.
Fields: ev (holds an event), type, src, tgt, date, mod; 1 = right, 0 = wrong. A spurious event is wrong in every field."""
import json

Y = (1, 1, 1, 1, 1, 1)
N = (0, 0, 0, 0, 0, 0)
V = {
    1: (Y, "Background 'had initially agreed to lease' (before 2003), undated: null date right; lease counterpart not named in the sentence, so an empty target is right."),
    2: ((1, 1, 1, 0, 1, 1), "tgt: the postponed visit is to Europe (the EU's ban is the cause); Europe/EU is named in the sentence and is the party acted upon, but the target is empty."),
    3: ((1, 1, 0, 1, 0, 1), "src: 'federal loans' refers to the US federal government as lender, but the source is empty; date: the loans are a background receipt (the news is the layoff packages) but carry the document date."),
    4: ((1, 0, 1, 1, 1, 1), "type: a concluded settlement is finalizing an agreement, which PLOVER codes SUPPORT (CAMEO 057 sign formal agreement -> SUPPORT), not AGREE (willingness/promise). Apple Corps with no country is right (the text gives none)."),
    5: ((1, 1, 1, 1, 0, 1), "date: 2009-11-03 is the cancellation's date (a day before Wednesday's announcement); the text gives no date for the politicians' reaction, so the document date (2009-11-05) was due."),
    6: ((1, 1, 1, 0, 1, 1), "tgt: the 31 Republicans voted alongside the Democrats; the vote was against the bill ('it'), so Republican Party leaders as target is wrong (empty was due)."),
    7: (N, "not an event: the Airbus A380 tour's departure was delayed by engine trouble; a logistical delay, no act between political actors."),
    8: (Y, "CONSULT Air France-BEA, both FRA; news, document date."),
    9: (Y, "'the Prime Minister' = Lee Hsien Loong (earlier sentence); SUPPORT to SIA; the landing and speech are the day's news."),
    10: (Y, "REQUEST Republican leaders -> UAW; UAW listed twice (union, United Auto Workers) but it is the one right party."),
    11: ((1, 1, 1, 1, 0, 1), "date: Sambur's quote explains an earlier order by Congress (background of the no-bid deal); it is given the document date."),
    12: (N, "not an event: 'loaning General Motors money ... would have been doing exactly that' is a counterfactual course Obama argues against; no aid act."),
    13: (Y, "REQUEST Democrats -> Bush; 'now want', document date."),
    14: (Y, "REQUEST Chrysler -> US government, news of the article."),
    15: (Y, "REJECT Pentagon (claim of industry experts: attribution, asserted); pluperfect background, undated -> null right. Target empty accepted: the 'deal' is the Air Force's lease from Boeing, the rejected party is ambiguous."),
    16: (Y, "REQUEST Big Three -> Congress, 'earlier this week' = 2008-W50 right."),
    17: (Y, "Headline with an act: REQUEST minister -> airlines; airlines' country not given in the sentence, empty right."),
    18: ((1, 1, 1, 0, 1, 1), "tgt: 'the nations top banks' are named in the sentence as the party encouraged, but the target is empty."),
    19: ((1, 1, 1, 0, 1, 1), "tgt: 'the record label' is Apple Corps (previous sentences), the party invited, but the target is empty."),
    20: ((1, 1, 0, 1, 1, 1), "src: France the country is added as a protester, and the employees get no country though the text says 'four French sites' (FRA plain)."),
    21: (N, "not an event: 'offering AIG's stockholders a diverse base of income' is the economic sense of 'offer', no AGREE."),
    22: (Y, "SUPPORT UK government -> GM ('the firm' = General Motors)."),
    23: ((1, 1, 1, 0, 1, 1), "tgt: the country 'United States' as target of the House's approval is wrong; the measures are for the automakers (empty or the automakers was due). 2008-W50 accepted (this week's news)."),
    24: ((1, 1, 0, 1, 1, 1), "src: 'the young computer maker' is Apple Computer, whose country (USA, 'California, Apple Computer's home state') the text makes plain; coded with no country. AGREE to stay out of music (a commitment) is right; 1981 right."),
    25: ((1, 1, 1, 0, 1, 1), "tgt: Obama refused to let General Motors and Chrysler become wards of the state; GM and Chrysler are named as the parties concerned, but the target is empty (debatable; scored by the sentence rule)."),
    26: ((1, 0, 1, 1, 0, 1), "type: 'reached a deal ... for general co-operation' is a concluded agreement (SUPPORT per PLOVER, or COOPERATE), not AGREE; date: 'More recently' background before the Aeroflot news, given the document date. Source label 'Boeing Executive' (from 'Boeing Executive Vice President') accepted as Boeing."),
    27: (Y, "ACCUSE (lawsuit) -> Apple, 'in January' = 2006-01 right; plaintiffs unnamed, empty source right."),
    28: ((1, 1, 1, 1, 0, 1), "date: the California suit was filed 'simultaneously' with the September 2003 suit (previous sentence); the document date is wrong. Parties not referred to in the sentence: empty source/target accepted."),
    29: ((1, 1, 0, 1, 0, 1), "src: 'the federal government' has no country though the article is about the US bailout of GM (USA plain); date: cumulative background receipt given the document date (the news is the Q1 loss)."),
    30: ((1, 1, 1, 0, 1, 1), "tgt: the cancelled deal was to sell Opel to Magna, named in the sentence, but the target is empty. Date 2009-11-03 ('a day before' Wednesday's announcement) right."),
    31: (N, "not an event: 'The strike is the latest of several labor-related challenges' characterizes a strike reported earlier; no actor, no act reported here."),
    32: ((1, 1, 1, 0, 0, 1), "tgt: Tibet is where the violations happen, not the party condemned (the violator, China, is not named in this sentence: empty was due); date: Wednesday (06-14) is the Portuguese statement's day, the resolution's text has no date (document date due)."),
    33: (Y, "ACCUSE (unnamed accusers) -> Qatar Telecom, 'since late January' = 2023-01."),
    34: (Y, "RETREAT (open border to aid workers) Norway -> Madagascar; 'on Friday' = 2023-06-09."),
    35: ((1, 1, 0, 0, 0, 0), "src: the charging party is not given (US officials are the speakers; 'United States' is a guess); tgt: 'a former U.S. naval officer' is named but the target is empty; mod: 'to be charged' is future; date: a future charge given the document date."),
    36: (Y, "MOBILIZE South African Navy deploys drone; no party acted upon (assisting efforts in Suriname)."),
    37: ((1, 1, 1, 0, 0, 1), "tgt: the Houthi rebel group is added as a target of Israel's withdrawal from Lebanon; date: the text gives 2008 (the 2008 war), coded with the document date."),
    38: ((1, 0, 1, 0, 1, 1), "type: an executive order banning entry is a restriction (COERCE), not a REQUEST; tgt: 'Gambian citizens' named, target empty."),
    39: (Y, "ASSAULT Rwandan military vs FDLR, ongoing ('has been fighting'), document date accepted."),
    40: ((1, 1, 1, 1, 1, 0), "mod: the torture is inside the US delegation's claim of evidence (a claim, not attribution alone) -> reported. Prisoners' country IRQ plain from context."),
    41: ((1, 1, 0, 1, 1, 1), "src: 'Hundreds of Zimbabweans' demonstrating are named in the sentence, but the source is empty."),
    42: ((1, 1, 0, 0, 1, 1), "src/tgt swapped: the Eritreans (and Hazaras) are the ones deported, not the deporters; Ethiopia is the destination. Deporter unnamed -> empty source, target the Eritreans/Hazaras."),
    43: (Y, "SUPPORT Denmark -> Tanzania, 'on Monday' = 2023-06-12."),
    44: ((1, 0, 1, 1, 1, 1), "type: promising to deliver a 'concrete and clear message' to Putin is a warning/statement, not AGREE (no cooperation offered)."),
    45: ((1, 1, 0, 1, 1, 1), "src: 'some 1,000 people' (the marchers) are named in the sentence, source empty. Saturday = 06-10 right."),
    46: ((1, 1, 1, 0, 1, 0), "tgt: 'such large numbers of immigrants' named, target empty; mod: 'why the government would deport' is the announced plan (future in past), not hypothetical. Null date right for a future act."),
    47: (Y, "COERCE arrest German authorities -> 20 arms suspects (DEU plain)."),
    48: (N, "not an event: an op-ed recommendation ('all U.S. states should stop providing law enforcement with military equipment'); the providing is a domestic presupposition, and the coded source (the United States) and empty target are wrong anyway."),
    49: ((1, 0, 1, 0, 1, 1), "type: declaring a ceasefire is RETREAT (CAMEO 0871 -> RETREAT/ceasefire), not CONCEDE; tgt: the operation was against 'illegal immigrants', named, target empty."),
    50: ((1, 1, 0, 1, 1, 1), "src: the 'anti-government activists' become 'government activists' with sector GOV, i.e. the government side; the party is misidentified."),
    51: ((1, 0, 1, 1, 1, 1), "type: increased shipments of crude (trade) is COOPERATE (economic), not AID."),
    52: ((1, 0, 1, 1, 1, 1), "type: 'mobilized to oppose a government' from the start of protests is PROTEST, not REJECT."),
    53: (Y, "ACCUSE/investigate ICC -> Ivorian suspects; ongoing, null date accepted ('An undated act ... basis unknown is right')."),
    54: (N, "not an event: a self-description of Oran's human-rights role ('will continue to work ... to improve and protect human rights'); no act toward a party."),
    55: ((1, 1, 1, 1, 0, 1), "date: the text dates the destruction (Tuesday night / counted Wednesday); coded with the document date."),
    56: ((1, 1, 1, 1, 0, 1), "date: the hacking happened before Facebook's admission 'just days' before the claims (background), but carries the document date."),
    57: ((1, 1, 1, 0, 1, 1), "tgt: 'urging them' = the 'terrorist groups' in the same sentence, target empty."),
    58: (N, "not an event: policemen rescued after a blast by unnamed rescuers; emergency rescue, not political AID."),
    59: (Y, "ACCUSE prosecutors -> Stryker, pluperfect background undated -> null right; Stryker's country not given, empty right."),
    60: (N, "not an event: 'March' is the month in 'on March 27', not a protest march."),
}
F = ["ev", "type", "src", "tgt", "date", "mod"]
items = [json.loads(l) for l in open("sample.jsonl")]
out = open("../events-c.jsonl", "w")
rows = []
for it in items:
    v, why = V[it["n"]]
    d = dict(zip(F, v)); d["all"] = int(all(v))
    rows.append((it, d))
    out.write(json.dumps({"n": it["n"], "corpus": it["corpus"], "doc": it["doc"], "event_id": it["event_id"],
                          "type": it["type"], "trigger": it["trigger"],
                          **{k: ("y" if x else "n") for k, x in d.items()}, "reason": why}) + "\n")


def line(name, sel):
    n = len(sel)
    return f"| {name} | {n} | " + " | ".join(f"{sum(d[k] for _, d in sel)}/{n} ({100*sum(d[k] for _, d in sel)/n:.0f}%)" for k in F + ["all"]) + " |"


print("| set | n | event | type | source | target | date | modality | all |")
print("|---|---|---|---|---|---|---|---|---|")
mt = [r for r in rows if r[0]["corpus"] == "meantime"]; st = [r for r in rows if r[0]["corpus"] == "stories"]
for name, sel in [("MEANTIME", mt), ("stories", st), ("all 60", rows)]:
    print(line(name, sel))
for name, sel in [("MEANTIME real", mt), ("stories real", st), ("all real", rows)]:
    print(line(name, [r for r in sel if r[1]["ev"]]))
