"""Write events-c.jsonl from the sampled items and the judge's verdicts below; print per-field precision.
Verdict tuple: (event, type, source, target, date, modality, reasons). A spurious event is wrong in every field."""
import json

SP = None  # marker for a spurious event
V = {
 1: ("YYYNYY", "target: empty, but the militants killed are named in the sentence"),
 2: ("YYNYYY", "source: 'the government' is Berzins's (Latvia), coded Russia government"),
 3: (SP, "not an event: USAID 'warned' that tanks will cost $1.2m each - a caution about cost, not a threat"),
 4: ("YYYYNY", "date: the acceptance precedes Wednesday's rally ('after he accepted'), text gives it no date; got Wednesday"),
 5: ("YYYYYY", "ok (both parties listed in both source and target of a mutual meeting; accepted as mutual)"),
 6: ("YYNYYY", "source: empty, but 'armed gunmen' are named as the abductors in the sentence"),
 7: ("YYNNYY", "source: the caller is Israel's prime minister, coded Palestine; target: the Palestinian state ('its destruction') missing"),
 8: ("YYYYYY", "ok (Virgin Islands code empty accepted; BVI extra alongside UK)"),
 9: ("YYNNYY", "source: 'They' = Walker and other US veterans, coded Afghanistan; target: lawmakers are US (congressional), coded AFG"),
 10: ("YYYNYY", "target: soldiers of Papua New Guinea's military (next sentence: PM O'Neill accuses soldiers), coded AUS"),
 11: (SP, "not an event: subject of 'will help protect' is the British decision; no aid act by the UAE"),
 12: ("YYYNYN", "target: the detained are two students, coded the university; modality: detention is a disputed report under investigation -> reported"),
 13: ("YNNYYY", "type: passing laws that ease restrictions on civil society = CONCEDE (ease restrictions), not SUPPORT; source: Barcelona, Granada... are Spanish, code empty"),
 14: ("YYYYYY", "ok"),
 15: ("YYYYNY", "date: cumulative killings over years ('since the ...') given the document date"),
 16: ("YYYYYY", "ok (prosecutors' country not stated; empty accepted)"),
 17: ("YYYYYY", "ok (document date accepted; the call's day is not stated, Sunday plausible)"),
 18: ("YYYNYY", "target: raided party is the BDZ activist group (German), coded Israel"),
 19: ("YYYYYY", "ok (target named 'government demonstrators' with GOV sector - name cut from 'anti-government'; party and country right)"),
 20: ("YYYYNY", "date: text gives January 26, 2018 (and May 2018); output 2018-01-20"),
 21: ("YNYYYY", "type: 'backed by' U.N. peacekeepers is material/military backing (AID), SUPPORT is verbal only"),
 22: ("YYYNNY", "target: the request was to the US, named in the sentence ('US had denied the request'); date: 2022-10 is Calderon's October comment, not the request's date"),
 23: ("YYYNYY", "target: the curfew was lifted on the Gaza Strip (Palestinians), coded Israel"),
 24: ("YYYYYY", "ok (Putin's criticism of the Navalny-ordered investigation)"),
 25: ("YYYYNY", "type COERCE right (mode should be seize/occupy, not arrest); date: takeover set on/before Sunday by the text, got the document date (Thursday)"),
 26: ("YNYNYY", "type: ordering an arrest is COERCE/arrest (CAMEO 173), not REQUEST (arguable); target: the British national (person), coded the United Kingdom"),
 27: ("YYYYYY", "ok"),
 28: (SP, "not an event: 'crack down on human rights violations' is the act the US presses for, not a coercion; the real event is a US REQUEST to the government"),
 29: ("YYYNYY", "target: the recipient 'the U.S.-backed agency' is in the sentence, target empty"),
 30: ("YYNYNY", "source: Central American leaders (several countries) coded USA; date: the summit commitments are dated Wednesday in the previous sentence"),
 31: ("YYNNNY", "source: 'an assailant' named, empty; target: policeman in North Korea coded KOR (South Korea); date: text gives Wednesday"),
 32: ("YYYYYY", "ok"),
 33: ("YYYNYY", "target: 'his country's law enforcement agencies' (Malta) named, target empty"),
 34: ("YYNNYY", "source: Turkey added as co-source of a PKK attack; target: the 65 people killed are named, target empty"),
 35: (SP, "not an event: 'get workers to come to the United States' is a policy purpose, not a visit/consultation"),
 36: ("YYYNYY", "target: the accused guards are named in the sentence, target empty"),
 37: ("YYYYYY", "ok"),
 38: ("YYYYYY", "ok (mode troops should be police)"),
 39: ("YYYNYY", "target: list adds Israel, which is not conceded to (Egypt/Egyptian forces right)"),
 40: ("YYYYNY", "date: 1981-10 comes from the previous sentence's decision to reopen relations; the payback belongs to the current resumption, text gives it no date"),
 41: ("YYYYYY", "ok"),
 42: ("YYYNYY", "target: a Turkish-Armenian house/household attacked, coded Armenia (country)"),
 43: ("YYYYYY", "ok (crosswalk maps imposing sanctions to COERCE; SANCTION accepted as a coder's reading; no agent in the sentence)"),
 44: ("YYYYYY", "ok (ICG missing from source; IISS right)"),
 45: ("YYYYYY", "ok (negated COOPERATE; REJECT also acceptable)"),
 46: ("YYNNNY", "source: ABF = Australian Border Force, coded IDN; target: the asylum seekers ('they') missing; date: past act recounted in interviews given the document date"),
 47: (SP, "not an event: postponing a conference is no PLOVER act (not a reduction of relations)"),
 48: ("YNYNYY", "type: 'ruled out holding an election, as coalition members called for' is REJECT, not ACCUSE/investigate; target: the center-left coalition members, coded Chile"),
 49: ("YYYNYY", "target: the charged operators of a chain of stores, coded European Union"),
 50: ("YYNYNY", "source: the three leaders (Mexico, Canada, US) coded MEX; date: the agreement at the meeting the text dates Wednesday, got the document date"),
}
keys = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events.jsonl")]
out = []
for it in items:
    flags, reason = V[it["n"]]
    if flags is SP:
        v = {k: False for k in keys}
    else:
        v = {k: c == "Y" for k, c in zip(keys, flags)}
    v["all"] = all(v[k] for k in keys)
    out.append({**it, "verdict": v, "reasons": reason})
with open("../events-c.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
real = [o for o in out if o["verdict"]["event"]]
print(f"n={len(out)} real={len(real)}")
for k in keys + ["all"]:
    a = sum(o["verdict"][k] for o in out); r = sum(o["verdict"][k] for o in real)
    print(f"{k:9s} all50 {a}/{len(out)} = {a/len(out):.0%}   real {r}/{len(real)} = {r/len(real):.0%}")
