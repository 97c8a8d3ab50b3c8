"""Write paragraphs-c-verdicts.jsonl: the acts a trained coder codes in each first paragraph (judge c, round 142)."""
import json

P = {
 "h48-x188-15": dict(coder_events=[
    "ACCUSE: Haitian prosecutors (HTI) -> Jean-Claude Duvalier (HTI), charged with corruption, theft and embezzlement, 2011-01-18"],
    found=1, spurious=0,
    notes="Dateline's one event is this charge, right in type, parties and date (Tuesday 2011-01-18). Duvalier's return from exile is a person's travel, not coded."),
 "h48-x185-07": dict(coder_events=[
    "ASSAULT: pro-Chechen gunmen () -> Swissotel in Istanbul (TUR), stormed the hotel, 2001-04-22 (overnight from Sunday)",
    "ASSAULT: pro-Chechen gunmen () -> guests and staff (), held scores of them hostage (abduct), 2001-04-22",
    "RETREAT: pro-Chechen gunmen () -> Turkish police (TUR), surrendered, 2001-04-23",
    "RETREAT: pro-Chechen gunmen () -> captives (), freed all captives (release), 2001-04-23"],
    found=1, spurious=0,
    notes="Dateline found the surrender (RETREAT, Monday 2001-04-23); missed the storming, the hostage-taking and the release (the release is a second RETREAT with other targets, not found)."),
 "h48-x186-11": dict(coder_events=[
    "CONSULT: Arab leaders (Arab League) -> (), annual summit opened in Damascus (multilateral), 2008-03-29",
    "PROTEST: Saudi Arabia (SAU) -> Syria (SYR), stayed away from the summit in protest (boycott), 2008-03-29",
    "PROTEST: Egypt (EGY) -> Syria (SYR), stayed away from the summit in protest (boycott), 2008-03-29"],
    found=0, spurious=0,
    notes="No dateline events. The boycotts could also be coded SANCTION (reduce relations); either way missed. Saturday = 2008-03-29 (document date is Sunday 30th). 'What they see as Syria's role in blocking the election' is a view, not a separate act."),
 "h48-x187-08": dict(coder_events=[
    "COERCE: Nepal government (NPL) -> Kathmandu residents (NPL), imposed an indefinite curfew, 2004-09-01",
    "PROTEST: rioters in Kathmandu (NPL) -> mosque and recruitment agencies (NPL), rampaged and attacked a mosque and offices (riot), 2004-09-01",
    "ASSAULT: militants in Iraq (IRQ) -> 12 Nepali workers (NPL), killing, date not given (before 2004-08-31)"],
    found=1, spurious=0,
    notes="Dateline's one event is the curfew (COERCE, Wednesday 2004-09-01), right type; its target 'Nepal government' is wrong (the state is the source; target should be Kathmandu's residents or empty). The riot and the killing of the 12 workers were not found in this sentence."),
 "h48-x186-16": dict(coder_events=[
    "PROTEST: main opposition parties (MRT) -> Mauritanian government (MRT), shunned (boycotted) the presidential election, 2014-06-21"],
    found=0, spurious=0,
    notes="No dateline events. Winning an election is not a PLOVER act; the opposition boycott of Saturday's vote is (PROTEST boycott)."),
 "h48-x188-13": dict(coder_events=[
    "PROTEST: anti-government protesters (THA) -> Thai government (THA), forced their way into the grounds of Government House, 2008-08-26",
    "PROTEST: anti-government protesters (THA) -> state television station NBT (THA), briefly seized the station and took it off air, 2008-08-26"],
    found=0, spurious=0,
    notes="No dateline events. Tuesday = 2008-08-26 (document date Wednesday 27th). The seizure of the TV station by protesters armed with sticks could also be coded ASSAULT; missed either way. The 'campaign to topple' Samak is background."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
