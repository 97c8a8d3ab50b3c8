# Writes pairs-p10.jsonl from hand verdicts. Field order: event,type,source,target,date,modality
import json, os
F = ["event","type","source","target","date","modality"]
def V(s):
    if s in ("OT","OF"): return {"omit_right": s=="OT"}
    d = {f: c=="1" for f,c in zip(F,s)}; d["all"] = all(d.values()); return d
S = "000000"
R = [
(1,"111010","OF","X","Y omits a real ASSAULT (security forces killed the leader's brother); X right on type/source/date but target empty ('his brother') and modality asserted though inside the leader's claim"),
(2,"111111","OF","X","HRW 'urged' is a REQUEST even as a fragment; no target named, no date so document date; Y omits it"),
(3,"111011","111111","Y","target: 'the media' is named in the sentence; X leaves it empty"),
(4,S,"OT","Y","event: the fragment 'warned that, if war is allowed to go on' states no threat of an act by Ouyahia (a warning of consequences); X's THREATEN is spurious (low confidence: sentence cut off)"),
(5,"OT",S,"X","event: 'promising to fight the abuse of the system' is no THREATEN/violence; Y spurious"),
(6,"111011","OF","X","Y omits the future COOPERATE; X right on type/source/date/modality, target 'joint security forces of the two countries' coded CMR only (joint CMR+DJI force)"),
(7,"OT",S,"X","event: UNHCR 'warning of an impending danger' is a prediction, not a THREATEN (and source UN not UNHCR); Y spurious"),
(8,"111101","OF","X","Y omits the government's crackdown (COERCE); X's date null although the text places the continuing crackdown at 29 Oct 2013"),
(9,"111011","111111","Y","target: 'the international community' is named as the party urged; X leaves it empty"),
(10,"OF","111100","Y","Y codes the real REQUEST/order Deby->forces with right parties; date null (should be document date) and modality hypothetical (asserted) wrong; X omits it"),
(11,"111111","111111","same","identical fields (date value 2023-06-11 in both; only the basis label differs)"),
(12,"111011","111111","Y","target: 'troops' ordered are named in the sentence; X leaves it empty"),
(13,"110111","110011","X","target: 'the foreign armies' named; both share wrong sources (Kabila himself listed, Chinamasa coded ZWE though 'the country's' officials)"),
(14,"110111","110011","X","target: 'security forces' named; both sources wrong ('he' who warned is the brother; Barrera coded GOV for a gang leader)"),
(15,"111111","111011","X","target: expelled 'diplomats' named in sentence; Y empty"),
(16,"101111","101011","X","target: 'the international community' named; both typed THREATEN though the warning is an exhortation (REQUEST), not a threat"),
(17,"111111","OF","X","Y omits the military's withdrawal on Thursday (RETREAT, Sudan military from context); X all right"),
(18,"111001","111101","Y","target: 'the press' named; both dated document date though the speech was on August 14"),
(19,"OF","111111","Y","Y codes the government's crackdown on pro-democracy activists (ZAF from the story) dated at Cox's 2 Jan 2017 statement; X omits it"),
(20,"OT",S,"X","event: generic statement about aid ('its military aid provides'); Y's source 'Africa' is no donor; spurious"),
(21,"111111","110111","X","source: 'Sudan's government' named as the one cracking down; Y empty"),
(22,"111011","111111","Y","target: concessions promised 'to opposition forces'; X empty"),
(23,"111111","111011","X","target: 'the media' urged; Y empty"),
(24,"111111","111011","X","target: 'international observers' accused; Y empty"),
(25,"111111","111011","X","target: protest against 'the local government's crackdown'; Y empty"),
(26,S,S,"same","event: a rhetorical question about whether 'they' (the authorities) investigated; no act, and the source (the court) is wrong anyway; both spurious"),
(27,"111101","110101","X","source: 'Israeli air force' named; Y empty (both give a background attack the document date)"),
(28,"110111","110011","X","target: 'other security forces' named; both take the speaker Oguni as source instead of the riflemen"),
(29,"111111","111011","X","target: 'the country's traditionally liberal media' named; Y empty"),
(30,S,"OT","Y","event: 'end' is the purpose of the government's offer, not a ceasefire/RETREAT by the government; X spurious"),
(31,"111111","OF","X","Y omits the attack that injured a Fresno deputy; X right target, empty source, 2023-06-12 (two days before Wednesday)"),
(32,"OF","111101","Y","Y codes the arrests reported in the sentence (COERCE, no parties named); date wrong (arrests were earlier in January 2017); X omits"),
(33,"OF","111111","Y","Y codes the future REQUEST Espinoza->indigenous communities correctly; X omits"),
(34,"110001","110001","same","source: X has the right party 'worker' but no country (Argentine, plain from the sentence), Y empty: both wrong by the rule; both target countries empty and both dated 06-15 though the Thursday before Friday's statement is 06-08"),
]
out = os.path.join(os.path.dirname(__file__), "..", "pairs-p10.jsonl")
with open(out, "w") as f:
    for n,x,y,b,r in R:
        f.write(json.dumps({"n":n,"X":V(x),"Y":V(y),"better":b,"reasons":r})+"\n")
c = {"X":0,"Y":0,"same":0}; ax=ay=0
for n,x,y,b,r in R:
    c[b]+=1; ax += V(x).get("all",False); ay += V(y).get("all",False)
print(len(R), c, "allX", ax, "allY", ay)
