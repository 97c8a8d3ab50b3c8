"""Round-7 (J8) event judgements: seed 20261205; verdicts by a human-style coder reading each sentence."""
import json
NOEV = {
 7: "no event: 'receiving their pay' (workers' wages) read as receiving a visitor",
 12: "no event: commercial software contracts paying vendors, not aid",
 17: "no event: a statement that Indonesia need not buy aircraft; source is the outlet Detik.com, not Djamal/Indonesia",
 21: "no event: 'remembered asking' a rhetorical question, not a request",
 29: "no event: a company's plan to move production, no second actor; USA target is the place",
 32: "no event: 'receive ... aid' inside a condition read as receiving a visitor",
 36: "no event: counterfactual 'loaning GM money ... would have been doing exactly that' (rejected option)",
 38: "no event: 'offering AIG's stockholders a diverse base of income' is business description",
 46: "no event of coercion: rhetorical 'prefers to harass the Palestinians into a coma' inside Sabah's accusation (the event is Sabah ACCUSE the movement)",
 53: "no event: the ministry described a proposal; no request made",
 60: "no event: 'requesting anonymity' of a source",
 71: "no event: 'his country needs to strengthen its air defences' is no demand on the USA; speaker also coded TZA",
 72: "no event: 'needed' inside Hamas's accusation; the event is Hamas ACCUSE Israel",
}
WRONG = {
 0: {"modality": "'industry experts say' the Pentagon killed the deal: an attributed claim, coded asserted with no reported_by"},
 1: {"target": "target is 'Japan' (object of 'save'); Aso asked the government officials (JPN GOV)"},
 2: {"target": "Toyota; 'the company' is GM"},
 3: {"target": "Magna (as a person); the disappointment is at GM's cancellation"},
 8: {"source": "Cerberus has no country and kind person; Cerberus Capital Management, USA, BUS, organization"},
 9: {"target": "GM, the recipient, missing"},
 10: {"modality": "'no Indonesian officers will be sent ... to assist' is negated (and future), coded asserted"},
 11: {"type": "a $150m aid package is AID, not CONCEDE (give-in rule on 'give ... in aid')"},
 16: {"source": "the country 'United States' instead of the National Transportation Safety Board (USA GOV)"},
 18: {"target": "'which he thanked for their roles' targets Canada and Ontario; Germany comes from the other 'thanked', Ontario missing"},
 19: {"source": "appositive split into two actors: 'activist organization' (a person, CVL) and POGO coded GOV; one actor, POGO, USA NGO"},
 20: {"date": "'until Ford negotiates' is future: date should be null, not the document date",
       "modality": "future/hypothetical, coded asserted"},
 23: {"type": "'announces $52.5 million financial assistance package for Ford' is AID, not AGREE",
       "target": "Ford missing"},
 24: {"target": "the record label (Apple Corps) named in the sentence, missing"},
 27: {"source": "France (the country) added as co-source beside the employees; note mode demo, the action is a strike"},
 28: {"date": "background fact ('was ordered by Congress') in a 2004 article given the document date; should be null/unknown (reported_by Sambur is also wrong)"},
 33: {"type": "the event is Republican leaders' REQUEST that the UAW agree; the UAW's agreeing did not happen",
       "target": "self-target (mutual) UAW/'union' duplicate"},
 37: {"source": "the recipients (the two companies) as source of AID; the US government gave the loans",
       "target": "GM and Chrysler (the recipients) missing"},
 40: {"source": "Russia; the speaker is Lithuanian and 'the country' is Lithuania",
       "target": "'defense forces' (the thing provided) as target"},
 42: {"source": "Pope Francis coded SUR (from the place); VAT",
       "target": "Suriname (the place); the collaboration is with the Human Rights Group"},
 44: {"type": "'agreed to accept demands ..., a major concession' is CONCEDE, not AGREE"},
 45: {"source": "the arrested man as source; the arrester is New Caledonia authorities",
       "target": "the arrested man missing"},
 47: {"target": "the 11-year-old Sudanese student (victim) missing"},
 48: {"target": "Japan's own ambassador Norio Asada as target; the summons is a protest aimed at China"},
 49: {"source": "Houthis as the supporter; 'backed by Iranian forces': Iran supports",
       "target": "Houthis (the backed side) missing"},
 52: {"type": "'found guilty' is PLOVER SANCTION/convict, not COERCE/arrest"},
 54: {"source": "CPT (European Committee for the Prevention of Torture) coded SRB",
       "target": "Serbia's Foreign Ministry (the addressee) missing"},
 57: {"source": "United Nations; 'the group' is Grenada's foreign ministers (GRD)",
       "target": "Morocco (the partner) missing"},
 59: {"date": "signing 'today' (the ceremony): document date, not null",
       "modality": "the signing happened; coded hypothetical from 'proud to sign'"},
 61: {"type": "'a deal ... struck between the Government and the opposition' is AGREE (government-opposition), not ACCUSE (verbal-attack sense of 'struck')",
       "source": "rights groups; the parties are the government and the opposition",
       "target": "empty; should be the government/opposition pair"},
 65: {"target": "'pro-revolution forces' missing"},
 66: {"source": "'treasury' from 'finance, treasury and political affairs committees' made a GOV actor; the committees are parliament's"},
 68: {"source": "'protesters' named in the sentence, left empty"},
 70: {"target": "Israel and the cabinet minister come from the content of the reports; the UAE rejected media reports (target: media/none)"},
 73: {"source": "'Congress's Naseemuddin Siddiqui' (India's Congress party) resolved to US Congress, USA LEG"},
 76: {"target": "the overthrown President Rageh as target of the peacekeepers' deployment"},
 77: {"source": "'its leaders' (the teachers' union) coded 'Namibia leaders', GOV; should be the union (NAM LAB)"},
 78: {"source": "Anote Tong coded KIR from the lexicon; in this story he heads Nauru's government (NRU)"},
}
NOTES = {
 4: "nominal 'his criticism of Airbus' (earlier criticism) accepted",
 5: "IMF/World Bank joint autumn meetings accepted as mutual CONSULT; the G7 meeting in the same sentence was not coded",
 14: "signing an agreement coded SUPPORT (project's mapping of CAMEO 057) accepted",
 39: "target empty accepted: the sentence does not name the counterpart (Airbus)",
 62: "praise of an abstraction, no actor target: accepted as SUPPORT with empty target",
 65: "'government troops' VEN ambiguous in a story placing Venezuelan forces in Yemen; accepted",
 67: "source is the spokesman rather than the police; country and sector right, accepted",
 2: "source 'aide' has sector GOV (aide of an investor), country USA accepted",
}
FIELDS = ["type", "source", "target", "date", "modality"]
def main() -> None:
    sample = json.load(open('/tmp/j8/sample.json'))
    out = open('/work/wt/j8-events/docs/judged/round7/events.jsonl', 'w')
    for i, s in enumerate(sample):
        if i in NOEV:
            v = {"event": False, **{f: False for f in FIELDS}, "all": False}
            reasons = {"event": NOEV[i]}
        else:
            w = WRONG.get(i, {})
            v = {"event": True, **{f: f not in w for f in FIELDS}}
            v["all"] = not w
            reasons = dict(w)
        if i in NOTES:
            reasons["note"] = NOTES[i]
        out.write(json.dumps({"n": i, **s, "verdict": v, "reasons": reasons}, ensure_ascii=False) + "\n")
main()
