"""Write paragraphs-d-verdicts.jsonl: the acts a trained coder codes in each sampled first paragraph."""
import json
P = {
 "h25-x96-13": dict(coder_events=[
   "SUPPORT: leaders of 12 South American nations (multinational, no code) <-> each other (mutual), signed the UNASUR founding treaty, 2008-05-23",
   "REJECT: Colombia (COL) -> (proposers, unnamed), refused to join the proposed regional defence council, 2008-05-23"],
   found=1, spurious=0,
   notes="dateline found the signing (SUPPORT, though it codes the leaders USA); it missed Colombia's refusal. The March cross-border raid is a background noun phrase with no actors named; not coded."),
 "h25-x95-12": dict(coder_events=[
   "ASSAULT: his aide-de-camp (Diakite, GIN) -> Moussa Dadis Camara (GIN), shot him in a dispute at a Conakry camp, 2009-12-03 (Thursday evening, from the next paragraph)"],
   found=0, spurious=0,
   notes="No dateline event in the lead (the shooting is coded from paragraph 2, item #12). Being flown to Morocco for treatment is passive with no actor; not coded."),
 "h25-x95-10": dict(coder_events=[
   "ASSAULT: government troops (COD) -> Bemba's personal guard (COD), routed it in two days of fighting in Kinshasa, 2007-03-22/23",
   "AID (asylum): South Africa (ZAF, its embassy) -> Jean-Pierre Bemba (COD), took refuge in the South African embassy, 2007-03-23"],
   found=0, spurious=0,
   notes="dateline coded nothing in this lead: both the fighting and the embassy refuge are missed."),
 "h25-x93-03": dict(coder_events=[
   "SUPPORT: Hungary (HUN) <-> Romania (ROU), signed the friendship treaty, 1996-09-16",
   "CONCEDE: Hungary (HUN) -> Romania (ROU), renounced any claim to Romanian territory, 1996-09-16",
   "AGREE: Romania (ROU) -> ethnic Hungarian minority (ROU) / Hungary, pledged to respect their rights, 1996-09-16"],
   found=2, spurious=0,
   notes="dateline found the signing and the pledge (the pledge with wrong arguments: Hungary and Romania both ways, item #32); Hungary's renunciation is missed."),
 "h25-x96-08": dict(coder_events=[
   "PROTEST (boycott): Carlos Menem (ARG) -> (the run-off; no party named), pulled out of the presidential run-off, 2003-05-14"],
   found=1, spurious=0,
   notes="Menem's withdrawal, which he blamed on defamation and an unclean vote, coded as an electoral boycott (RETREAT as a concession to Kirchner would be the other reading). dateline's e1 matches (item #46)."),
 "h25-x96-14": dict(coder_events=[
   "SUPPORT: Latin American and Caribbean leaders (multinational, no code) -> Argentina (ARG), threw their weight behind its claim to the Falklands, 2010-02-23"],
   found=0, spurious=0,
   notes="dateline coded nothing in this lead. A British company beginning to drill is a commercial act, not coded."),
}
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for l in open("paragraphs-d.jsonl"):
        if not l.strip():
            continue
        p = json.loads(l)
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
