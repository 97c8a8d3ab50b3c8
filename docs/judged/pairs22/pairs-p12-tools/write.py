"""Write pairs-p12.jsonl from hand verdicts. Field order: event,type,source,target,date,modality.
'O1' = null coding, omission right; 'O0' = null coding, omission wrong."""
import json, os
F = ["event", "type", "source", "target", "date", "modality"]
def v(s):
    if s == "O1": return {"omit_right": True}
    if s == "O0": return {"omit_right": False}
    d = {k: c == "1" for k, c in zip(F, s)}
    d["all"] = all(d.values())
    return d
V = [
 (1, "000000", "O1", "Y", "event: passive 'was cancelled' names no actor at all (no source, no target); background, not a codable SANCTION between political actors"),
 (2, "110001", "O0", "X", "event/type: troops put on alert is MOBILIZE; X source empty (should be Honduran troops/military), troops put as target, date unknown for an act reported as this news"),
 (3, "110011", "111011", "X", "type: increasing patrols is MOBILIZE, not THREATEN; both wrong source/target (Israeli army is the actor, not Palestine)"),
 (4, "101011", "O1", "Y", "type: Isil forcing a kidnapped man to carry a bomb is ASSAULT/abduct, not MOBILIZE; X also misses the man as target"),
 (5, "100000", "O1", "Y", "type/source/target: commission saying Luxembourg should step up is a REQUEST from commission to Luxembourg, not a Luxembourg THREATEN; date 'earlier this month' not unknown"),
 (6, "000000", "O1", "Y", "event: 'Livni beat Deri' is an election result, not ASSAULT"),
 (7, "000000", "O1", "Y", "event: an unnamed official of unknown country disputing a factual claim; no target, no codable ACCUSE (borderline, could be read as disapproval)"),
 (8, "O1", "101111", "X", "type: allowing foreign officers in is RETREAT access (CAMEO 086), not CONCEDE; no CONCEDE at the trigger"),
 (9, "O1", "000000", "X", "event: 'time for the international community to ... stand by' is the content of an appeal (REQUEST by the spokesman), not an asserted SUPPORT by the international community"),
 (10, "O0", "111111", "Y", "event: demonstrators chanting and blocking the town centre is PROTEST; source ISL civilians right, no target named; no date in sentence -> document date"),
 (11, "O0", "111111", "Y", "event: police using rubber guns on demonstrators is ASSAULT (CAMEO 175); source/target right; ongoing protests -> document date (could be read as yesterday)"),
 (12, "O0", "111110", "Y", "event: the denied use of cluster bombs is ASSAULT with source Canada; Y modality 'reported' where a denial by the actor is negated"),
 (13, "O1", "100010", "X", "type: 'not ruling out blocking the talks' is a THREATEN (halt talks), not a negated REJECT; Y source country IRN wrong (Central Asian spokesman)"),
 (14, "110011", "O0", "X", "event/type: closing off roads is COERCE restrict (CAMEO 191); source is the Nauru government from context, not Vanuatu; target Nauru wrong"),
 (15, "111110", "O0", "X", "event: Kerry planning to visit Togo is CONSULT visit; only modality wrong (planned visit is future, X says asserted)"),
 (16, "111101", "O0", "X", "event: Anguilla government statement of commitment to uphold UK obligations read as SUPPORT (weak); date 2023-05 has no basis in text (statement is this news)"),
 (17, "111111", "O0", "X", "event: 'says he plans to visit Vietnam' is AGREE (intent to meet, CAMEO 036) by Laotian FM, stated today"),
 (18, "O1", "000000", "X", "event: 'came to prominence' is no CONSULT; spurious"),
 (19, "111011", "O0", "X", "event/type: use of chemical weapons is ASSAULT unconventional; X target empty where the guerrillas (guerrilla base) are named"),
 (20, "O0", "110011", "Y", "event/type: shelling villages with artillery is ASSAULT heavy-weapons in this PLOVER; Y source/target garbled (rebels[USA], 'artillery' as target) but event/type/date/modality right"),
 (21, "O0", "111101", "Y", "event/type: police firing live ammunition is ASSAULT; residents clearly the party acted upon (context); Y date Saturday is the aftermath day, not the act's"),
 (22, "000000", "O1", "Y", "event: 'hasn't released details about how they would collaborate' is no COOPERATE act; spurious"),
 (23, "000000", "O1", "Y", "event: 'offer ... to end a fighting season' is an offer (AGREE at 'offer'), no implemented ceasefire; RETREAT spurious, source wrong modality wrong"),
 (24, "111111", "O0", "X", "event: Kyiv government wanting closer ties with the EU is AGREE (intent to cooperate, CAMEO 030); ongoing stance -> document date"),
 (25, "O1", "100010", "X", "type/modality: 'government is prepared to ... end the violence' is AGREE willingness, not an implemented RETREAT ceasefire; source is the island government, not UK"),
 (26, "O0", "110011", "Y", "event/type: peacekeeper killed in a firefight is ASSAULT; Y has the victim as source and no target, date 'said Wednesday' right"),
 (27, "111011", "O1", "Y", "type: Italy suggesting a suspension of UN missions is a proposal/REQUEST, not THREATEN"),
 (28, "O0", "111111", "Y", "event: Bangladesh shutting the border is COERCE restrict (CAMEO 191); all fields right"),
 (29, "O0", "111111", "Y", "event: security forces carrying out an operation to take over/secure the city is MOBILIZE; Angolan security forces, no target, ongoing"),
 (30, "000000", "O1", "Y", "event: 'government must end its blockade, end violence' is the content of the opposition's demand (REQUEST); no RETREAT by the government"),
 (31, "000000", "O1", "Y", "event: soldiers 'remain stationed' is a state, not a mobilization; X source country ERI wrong anyway (British troops)"),
 (32, "O0", "111101", "Y", "event: Malaysia lifting its arms embargo is RETREAT ease (CAMEO 085); Y date is document date where text gives 'said Monday' (2023-06-12)"),
 (33, "O0", "110111", "Y", "event: ICC summoning Abacha to answer allegations is legal action (COERCE arrest/CAMEO 173 defensible); Y source 'Nigeria court' wrong (it is the ICC)"),
 (34, "000000", "O1", "Y", "event: X REQUEST by Irish PM to a Chad ambassador has no basis; the sentence is the speaker refusing to withdraw an ambassador"),
 (35, "111101", "O0", "X", "event: UAE 'stands by and supports' UK efforts is SUPPORT; X date document date where the statement was issued 'yesterday' (2023-06-14)"),
 (36, "O0", "111101", "Y", "event: Sarkozy stressing the need to extend diplomatic ties is a REQUEST/appeal for ties; Y date document date where the speech was Tuesday (2023-06-13)"),
 (37, "O1", "101111", "X", "type: judges recommending measures is a REQUEST/advice, not THREATEN; date 2023-W23 'last week' right"),
 (38, "111001", "O0", "X", "event/type: militants setting off a car bomb is ASSAULT; X target empty (soldiers are named), date document date where context gives early Saturday"),
 (39, "O1", "000000", "X", "event: a marcher's 'We want peace' is a vox-pop wish with no addressee; no REQUEST between political actors"),
 (40, "110010", "O0", "X", "event/type: peacekeepers killed in fighting is ASSAULT; X has victims as source, no target, and 'reported' for a plain attribution"),
 (41, "O0", "111111", "Y", "event: demonstrators pelting policemen with stones is ASSAULT (primitive); source/target SVK right, ongoing"),
 (42, "O0", "110011", "Y", "event/type: NGO investigation is ACCUSE investigate; Y source mixes NGO (country should be ISL) with the investigated president, target empty"),
 (43, "000000", "O1", "Y", "event: a party sweeping back into government is no ACCUSE investigate; spurious"),
 (44, "O1", "100001", "X", "type: police forced to use force on protesters is ASSAULT, not COERCE deport; Y source empty, police as target, date unknown where context gives Wednesday"),
]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "pairs-p12.jsonl"), "w") as f:
    for n, x, y, b, r in V:
        f.write(json.dumps({"n": n, "X": v(x), "Y": v(y), "better": b, "reasons": r}, ensure_ascii=False) + "\n")
from collections import Counter
print(len(V), Counter(b for *_, b, _ in [(a, c, d, e, g) for a, c, d, e, g in V]))
ax = sum(1 for n,x,y,b,r in V if x == "111111"); ay = sum(1 for n,x,y,b,r in V if y == "111111")
ox = sum(1 for n,x,y,b,r in V if x.startswith("O")); oy = sum(1 for n,x,y,b,r in V if y.startswith("O"))
print("all-right X", ax, "Y", ay, "null X", ox, "null Y", oy)
print("omit right X", sum(x=="O1" for n,x,y,b,r in V), "Y", sum(y=="O1" for n,x,y,b,r in V))
