"""Judge a, round 82: writes events-a.jsonl and paragraphs-a-verdicts.jsonl from the verdicts below.
Verdict codes: 'S' = spurious (all false); otherwise a string of the fields that are WRONG among
t(ype) s(ource) g(target) d(ate) m(odality); '' = all right."""
import json

V = {
 1: ('S', "Not an event: Vizcarra's rhetorical justification inside his own quote ('the Peruvian people have asked us for this'); no request by a political actor is reported, and 'Peru' the state as the one asking is not what the text says."),
 2: ('S', "Not an event: a forecast by outside diplomats that the king is unlikely to back down; the king makes no act or statement in this sentence (the government's refusal is coded from the spokesman's earlier sentence)."),
 3: ('', "ASSAULT with unnamed killers against at least 10 people in Egypt's election; a total summed over three rounds since early November, so no date is right; reported_by the rights groups."),
 4: ('', "PROTEST riot by protesters against Libya's eastern-based parliament (the House of Representatives, LBY) on Friday 2022-07-01; the party name is clipped ('based parliament') but the party and code are right."),
 5: ('', "REQUEST: Chretien urged other signatories (no country) to ratify quickly; 'Canada' for its prime minister is the state he speaks for (CAN), accepted; undated remark, document date."),
 6: ('g', "CONSULT hosting (CAMEO 043) Monday 2020-12-14 is right, but target Muse Bihi Abdi is president of Somaliland, so his code should be SOM (Somaliland/Somalia), not KEN."),
 7: ('d', "SUPPORT by Western governments for Tunisia is right, but 'have praised' is an undated background stance of unknown time, not this news; date should be none (unknown), not the document date 2014-12-22."),
 8: ('', "REQUEST: Marzouki (TUN) urged his supporters (TUN) to remain calm; undated, reported as this news, document date 2014-12-22 right."),
 9: ('', "SUPPORT: the Wall Street Journal's statement of solidarity with Evan Gershkovich (USA); undated statement reported as this news, document date."),
 10: ('S', "Not an event: Dhlakama withdrawing to his bush base in Gorongosa in 2012 is the rebel leader going back to the maquis, not a RETREAT (a material concession or pull-back from an adversary's ground); background clause."),
 11: ('g', "COERCE seize with no named confiscator is right and asserted by the attribution rule, but 'their' land refers to the white South African farmers of the previous sentence; target should be white farmers (ZAF), not the state South Africa (which the claim casts as the confiscator)."),
 12: ('d', "REQUEST Nepal government -> citizens (NPL) is right, but the appeal is undated ('has ... appealed'); date should be none or at most the document date 2015-10-29, not 2015-10-28, which is the date of the China fuel agreement."),
 13: ('', "ACCUSE: the Conservatives (GBR) accused Labour, i.e. the Labour government (GBR), of surrendering British territory; document date 2024-10-03 right."),
 14: ('d', "ACCUSE (charged) with the unnamed tribunal as source and Hadzic as target is right (SRB accepted for a Croatian Serb leader), but the charge is a standing background indictment issued in 2004 (next sentence), not this news; date should be 2004 or none, not 2011-07-20."),
 15: ('s', "COERCE arrest of dozens (USA) on Saturday 2000-04-22 is right, but the sentence names the police (Miami police, USA) who fired the tear gas and made the arrests; source should be the police, not empty."),
 16: ('g', "REQUEST by the United States is right, but the sentence names the addressee: target should be Sierra Leone's electoral commission (SLE), not empty."),
 17: ('d', "ASSAULT Shevardnadze (GEO) -> separatists in Abkhazia and South Ossetia (GEO) is right, but 1992 is the year he returned to Georgia, not of the fighting, which is an undated span ('has struggled ... while fighting'); date should be none (or the document date for an ongoing act), not 1992."),
 18: ('', "ASSAULT crowd-control: Jordanian police fired tear gas and shots into the air at the rioting crowds (JOR); the narrative date Friday 1996-08-16 follows the riots of the previous sentence."),
 19: ('ts', "Gunmen herding residents into the hospital as hostages is hostage-taking: type should be ASSAULT (abduct, CAMEO 181), not COERCE arrest (authorities detaining); source 'they' are the Chechen separatist gunmen of Raduyev, code RUS (Chechen rebels), not empty."),
 20: ('d', "COERCE state of emergency by Noboa is right, but the text dates it 'on the eve of the vote' (Sunday's run-off 2025-04-13): date should be 2025-04-12, not the document date 2025-04-14."),
 21: ('g', "ASSAULT (shooting) with no named shooter, ongoing so document date, is right; but the soldiers killed along the front line are on both sides (Armenian and Azerbaijani), so the target's country is not plain: soldiers with no code, not AZE."),
 22: ('', "ASSAULT: more than 50,000 people (MEX) killed in the drug war since 2006, killers unnamed; a total summed over a span has no date, as dateline gives."),
 23: ('sd', "Source should be the summit / Arab League (the Arab leaders), not the new Palestinian unity government, which is the one welcomed; date should be the summit's final declaration, Thursday 2007-03-29 (document date) - 'this month' dates the government's formation, not the call."),
 24: ('', "REQUEST: Jordanian opposition deputies called for Prime Minister Abdul-Karim al-Kabariti (JOR) to resign; a separate demand from e7 (emergency session), not a duplicate; document date right."),
 25: ('d', "SANCTION (cutting ties) Nicaragua -> Taiwan is right, but this is the break in relations the text dates 'on Thursday' in the lead: date should be 2021-12-09, not the document date 2021-12-10."),
 26: ('g', "PROTEST strike called by Pashinyan (ARM) on 2018-05-01 is right, but the strike is aimed at the authorities (the Republicans who rejected him); by the crowd-protest rule the target should be the Republican Party / Armenian government (ARM), not empty."),
 27: ('', "REJECT: Lopez Obrador (MEX) refused to concede; the sentence names no party rejected (PRI appears only as the accused), so empty target is right; document date right."),
 28: ('', "AGREE (promise) by Turkey to use its influence, reported by Israeli officials; the recipient is not named so empty target is right; part of the deal news of 2016-06-27."),
 29: ('d', "REJECT of the 'debt-trap' suggestions by Beijing (CHN) accepted (PLOVER: all rejections), empty target right; but 'has rejected' is an undated background stance of unknown time, so date should be none, not the document date 2017-12-10."),
 30: ('', "REQUEST: Israel urged its nationals (ISR) to leave Kenya; reported as this news, document date 2002-11-28 right."),
 31: ('', "RETREAT resign with future modality is right ('We will resign'); Wu Chi-wai, convenor of the pro-democracy lawmakers (HKG), is one of the 'we' and speaks for them; no date in the sentence, unknown right."),
 32: ('d', "REQUEST by Lupu (MDA) for closer ties with the EU accepted (EU as target as PETRARCH codes 'called for ties with'), but 'has called' is an undated background campaign stance; date should be none, not the document date 2009-07-30."),
 33: ('td', "Sending a message of support to King Hamad is SUPPORT (express support), not CONSULT; and it is a background act of February 2009 (the solidarity 'last month' of the previous sentence): date should be 2009-02, not the document date."),
 34: ('g', "AGREE (promise) by NATO in April 2008 is right, but the sentence names the party promised: target should be Georgia (GEO), not empty."),
 35: ('', "ACCUSE (indict) negated: Milosevic (YUG) was not indicted over the Bosnian war; tribunal unnamed in the sentence so empty source right; date of this week's indictment 1999-05-27 accepted."),
 36: ('', "SANCTION withdraw: the U.S. and Israel pulled their delegations out of the U.N. racism conference on Monday 2001-09-03; UN as target right."),
 37: ('g', "THREATEN (warning) by Putin is accepted, but the sentence names the warned: target should be Kyiv (UKR) and European capitals, not empty; undated remark, document date accepted."),
 38: ('', "SUPPORT: Conille (HTI) welcomed the deployment; 'the deployment' is an act, no party named, so empty target right; date of the arrival (dateline June 25) accepted."),
 39: ('gd', "AID (deployment under a support arrangement, CAMEO 074) with unnamed deployer accepted, but the Ivorian troops are what was deployed, not the recipient: target should be the UN mission's contingent (MINUSMA, no country code); and the deployment took place at the weekend (pluperfect, before 2022-07-12): date should be the weekend (2022-07-09/10) or none, not the document date."),
 40: ('m', "CONSULT visit Bhutto (PAK) -> Washington (USA) is right with no date in the sentence, but the visit has not happened (due 'next month', she 'is due to visit'): modality should be future, not asserted."),
 41: ('S', "Not an event: 'Rabat is sending a message' is an analyst's metaphor for signalling, not a consultation or communication with Washington or the Gulf."),
 42: ('d', "ACCUSE (criticised) Trump (USA) -> South Africa (ZAF) over its ICJ case is right, but 'has also criticised' is a background act of an earlier, unstated time; date should be none, not 2025-05-21."),
 43: ('d', "REQUEST EU -> Turkish government is right, but the sentence gives the urging no date; 'on Tuesday' in the previous sentence dates the market fall. Date should be the document date 2013-12-18 (or none), not 2013-12-17."),
 44: ('s', "ACCUSE against the electoral commission (SLE) is right, but the accuser is the All People's Congress, Sierra Leone's opposition party (SLE); source 'US Congress [USA]' is wrong."),
 45: ('s', "ACCUSE by Mohammad Raad against rival parties (LBN) is right, but Raad heads Hezbollah's bloc in Lebanon's parliament: source code should be LBN, not empty."),
 46: ('', "CONSULT visit, future: Warren Christopher (USA) is expected to travel to Vietnam next week; 1995-W31 is the week after the document's week 30; modality future right."),
 47: ('', "ASSAULT: at least four people killed in Homs (SYR) 'during the day', the Tuesday of the monitors' visit, 2011-12-27; killers unnamed; reported by the Syrian Observatory."),
 48: ('g', "AGREE negated ('could not accept', by the refused-to-withdraw analogy) by Hezbollah (LBN) accepted, but 'others' imposing names and portfolios are the rival Lebanese parties / PM-designate, not France; target should be empty (unspecified others), not the French government."),
 49: ('t', "'Ordered the missiles from Russia' is an arms purchase (a deal), not a request or demand: type should be COOPERATE (military/economic exchange); source, target and January 1997 are right."),
 50: ('', "AGREE (offer/proposal of a moratorium) by Russia, recipient not named in the sentence; the proposal's time is not given, so no date is right; reported_by Ryabkov."),
}

FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
CODE = {'t': 'type', 's': 'source', 'g': 'target', 'd': 'date', 'm': 'modality'}

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50
with open('events-a.jsonl', 'w') as out:
    for it in items:
        code, reason = V[it['n']]
        if code == 'S':
            v = {f: False for f in FIELDS}
        else:
            v = {f: True for f in FIELDS}
            for c in code:
                v[CODE[c]] = False
        v['all'] = all(v[f] for f in FIELDS)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h18-x67-15",
  "coder_events": [
    "REJECT: main opposition party NPP (GHA) -> electoral commission / the result (GHA), rejected the election result, 2012-12-09",
    "ACCUSE: main opposition party NPP (GHA) -> ruling party NDC (GHA), accused of colluding with election officials to rig the count, 2012-12-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the ACCUSE (right in all fields); the REJECT of the result is missed. Winning and the commission's announcement are not PLOVER acts."},
 {"doc": "h18-x66-19", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result announced by the election authority; no PLOVER act between actors."},
 {"doc": "h18-x67-02",
  "coder_events": [
    "ASSAULT: Museveni's guerrilla army, the NRA (UGA) -> Uganda government / Kampala (UGA), marched into (took) Kampala, 1986"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Background clause: armed forces taking the capital is ASSAULT (wave-30 rule), dated 1986. The election win itself is not a PLOVER act."},
 {"doc": "h18-x66-05",
  "coder_events": [
    "REJECT: Kuwait's parliament (KWT) -> the women's suffrage bill / the reform backed by the Emir (KWT), voted down, 1999-11-30"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Voting down a bill backed by the ruler is a rejection of a policy change; missed. 'a reform backed by the country's ruler' is an attributive background support, not coded."},
 {"doc": "h18-x65-10",
  "coder_events": [
    "CONSULT: Armenian President Kocharyan (ARM) <-> Azerbaijani President Aliyev (AZE), two days of talks on Nagorno-Karabakh at a chateau outside Paris (third location), ended 2006-02-11"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The talks are missed; 'without reaching agreement' is a negated AGREE, not coded separately."},
 {"doc": "h18-x66-08", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Voters approving a constitution in a referendum is not a PLOVER act between political actors."},
]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(P, paras):
    assert p['dateline_events'] == len(q['events'])
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
