"""Write paragraphs-a-verdicts.jsonl. dateline_events is counted from the records (events whose trigger lies in
the first paragraph); in this sample it is 0 for every paragraph, matching the empty "events" lists of
paragraphs-a.jsonl."""
import json, sys
recs = {json.loads(l)["id"]: json.loads(l)["record"] for l in open(sys.argv[1])}
CODER = {
    "ngec-0498": ([], "Opening a national unity government is a domestic institutional act, no PLOVER event between actors."),
    "ngec-0715": (["ACCUSE: Zambia condemns the U.N. peacekeepers' violence, document date",
                   "ASSAULT: U.N. peacekeepers killed dozens of civilians (Zambia), total over the campaign, no date",
                   "ASSAULT: U.N. peacekeepers' seven-week campaign to drive out rebels in the northeast, ongoing (document date)"],
                  ""),
    "ngec-0811": (["COERCE: the Balkan nation's government tears down two villages (their residents), ongoing, document date"],
                  "The deadly fire Monday has no actor; the demolition is marginal (safety measure) but a coder would code the "
                  "destruction of villages by the state."),
    "ngec-3311": (["CONCEDE: a Malaysian rebel group made concessions (toward the Malaysian government) to join peace talks, "
                   "document date"],
                  "Participation in peace talks is the purpose, not an act; one might add AGREE (willingness to negotiate)."),
    "ngec-4444": (["THREATEN: Islamist militants threaten to resume attacks on South Cyprus if the summit fails, Tuesday 2023-06-13",
                   "CONSULT: EU-brokered summit between the militants and South Cyprus (EU as mediator), date not given"],
                  ""),
    "ngec-1452": (["SUPPORT: the EU and Congo renew diplomatic ties (mutual), document date"], ""),
    "ngec-3953": (["AGREE: the Singaporean government makes an offer to the Maltese people (Malta), document date"], ""),
    "ngec-3910": (["PROTEST: major riots in Seychelles over unemployment, austerity and the leadership's corruption "
                   "(target Seychelles government), 'recently', no date"], ""),
    "ngec-0046": (["CONSULT: OCHA will conduct a workshop with international and humanitarian groups and regional "
                   "organizations on the Syria response (multilateral, future)"], ""),
    "ngec-3543": (["CONCEDE: the Vatican grants the five-member commission its wish (accedes to a request), Monday 2023-06-12"],
                  "The 'insurmountable obstacle' remark is part of the same act."),
    "ngec-3259": (["CONCEDE: the project's creators say they will suspend their project (future)",
                   "ACCUSE: unnamed critics criticise the project for violating intellectual property rights, no date"],
                  "Both marginal (civil actors); a strict coder might code only the suspension."),
    "ngec-0295": (["COERCE: the government held hundreds of Wano civilians without charge (reported, no date)",
                   "ASSAULT: the government subjected them to inhumane treatment (reported, no date)",
                   "ASSAULT: the government invaded Wano on 1991-01-22"],
                  "The civilians' statement is an accusation; coded here through its reported acts."),
}
with open("paragraphs-a-verdicts.jsonl", "w") as fh:
    for line in open("paragraphs-a.jsonl"):
        p = json.loads(line); r = recs[p["doc"]]
        end = r["text"].find(p["paragraph"]) + len(p["paragraph"])
        de = [e for e in r["events"] if e["trigger"]["start"] < end]
        ev, notes = CODER[p["doc"]]
        notes = ("dateline coded no event in this paragraph. " + notes).strip() if not de else notes
        fh.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": 0 if not de else None,
                             "dateline_events": len(de), "spurious": 0 if not de else None, "notes": notes},
                            ensure_ascii=False) + "\n")
