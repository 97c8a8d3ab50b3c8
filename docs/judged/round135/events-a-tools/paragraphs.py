"""Write paragraphs-a-verdicts.jsonl (judge a, round 135): the acts a trained coder codes in each
first paragraph, how many dateline found with the right type, and its spurious events there."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
 "h45-x175-05": (
  ["ASSAULT: gunmen (no code) -> two senior U.N. aid officials (UN) and several Burundian civilians (BDI), killed at the Rutana camp, 1999-10-12",
   "SANCTION: United Nations (UN) -> Burundi (BDI), suspended most humanitarian operations in the country (reduce/stop humanitarian aid), 1999-10-12"],
  1, 0, "Dateline's ASSAULT (e1) is right; the U.N.'s suspension of humanitarian operations ('prompting the world body to suspend') was missed."),
 "h45-x175-08": (
  ["ASSAULT: angry Bhutanese refugees (BTN, refugees from Bhutan in Nepal's camps) -> team of Bhutanese government officials (BTN), attacked and injured at a camp in eastern Nepal, 2003-12-22"],
  1, 0, "Dateline's ASSAULT (e1) is right (its refugees carry no country code). The refugees' repatriation plan being 'thrown into doubt' is a consequence, not an act."),
 "h45-x174-06": (
  ["AID: U.N. Security Council (UN) -> Western Sahara (ESH), extended the MINURSO peacekeeping mission for five months (CAMEO 074, provide peacekeeping), 2001-06-29",
   "REQUEST: U.N. Security Council (UN) -> Morocco (MAR) and the Polisario Front (ESH), encouraged them to discuss James Baker's draft autonomy framework, 2001-06-29"],
  0, 0, "Dateline found no event in this paragraph; both the mission's extension and the call to talk were missed."),
 "h45-x176-18": (
  ["MOBILIZE: North Korea (PRK) -> none, test-fired a ballistic missile into the sea (weapons test), 2017-02-12",
   "CONSULT: Shinzo Abe (JPN) <-> Donald Trump (USA), hastily arranged joint appearance at Trump's Florida resort during Abe's visit, 2017-02-11 (Saturday night U.S. time per the story)"],
  1, 0, "Dateline's MOBILIZE weapons (e1) is right. The Trump-Abe joint appearance (a meeting during Abe's visit) was missed; a coder could also leave it uncoded as a joint press appearance."),
 "h45-x175-24": (
  ["ACCUSE: Western backers (no single code; the Troika in the story) -> South Sudan's government (SSD), sharp criticism of the election delay, 2024-09-14"],
  0, 0, "Dateline found no event. The postponement of the elections and the extension of the transitional period are domestic institutional decisions with no PLOVER target, so I do not code them; the Western criticism was missed."),
 "h45-x173-19": (
  ["CONSULT: Nikol Pashinyan (ARM) <-> Ilham Aliyev (AZE), first formal summit in Vienna, 2019-03-29",
   "AGREE: Nikol Pashinyan (ARM) <-> Ilham Aliyev (AZE), agreed to strengthen the Nagorno-Karabakh ceasefire and prepare their peoples for peace, 2019-03-29"],
  2, 0, "Both dateline events (e1 CONSULT, e2 AGREE) are right, mutual, dated Friday 2019-03-29, with the international mediators as reported_by."),
}

out = open(os.path.join(ROUND, "paragraphs-a-verdicts.jsonl"), "w")
n = 0
for l in open(os.path.join(ROUND, "paragraphs-a.jsonl")):
    p = json.loads(l)
    acts, found, spurious, notes = P[p["doc"]]
    rec = {"doc": p["doc"], "coder_events": acts, "found": found,
           "dateline_events": len(p["events"]), "spurious": spurious, "notes": notes}
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n += 1
out.close()
print("wrote", n)
