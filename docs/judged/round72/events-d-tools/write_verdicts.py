# Writes events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts below.
# Field order in each tuple: event, type, source, target, date, modality.
import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
T, F = True, False
ALL = (T, T, T, T, T, T)
SP = (F, F, F, F, F, F)
V = {
 1: (ALL, "Orban's promise in his victory speech to create jobs, cut taxes and fight corruption is a pledge (AGREE by the wave-76 rule); no party acted upon is named in the sentence, so an empty target is right; the speech is undated and reported as this news, so the document date is right."),
 2: (ALL, "Air raids reported on Saturday (1998-06-06, the document date); the sentence names neither raider nor target, so empty source and target are right; 'were reported' is attribution and keeps it asserted."),
 3: (SP, "Spurious: 'bowing to supporters' is a physical bow at the press event, not yielding to a demand (the trigger is used in another sense); Tsai's concession is her resignation, coded as e1 from the first sentence."),
 4: (ALL, "Resignation of PM Khaleda Zia (BGD) on Saturday 1996-03-30 is RETREAT resign; the sentence names no party as recipient, so the empty target is right."),
 5: (ALL, "Business leaders in Istanbul (TUR) praising the EU decision is SUPPORT; 'the decision' is an act, not a party, so the empty target is right by the rules (a coder would like the EU here); the weekend of week 49 (11-12 Dec 1999) holds the report date."),
 6: (ALL, "Rubio (USA) urging an immediate ceasefire is REQUEST; no addressee is named, so the empty target is right; 'on Sunday' modifies the Security Council session, so the urging is undated news and the document date is right."),
 7: (ALL, "Peruvian police using tear gas on demonstrators at Toledo's rally in central Lima is ASSAULT crowd-control; the rally is dated Sunday night in the preceding sentence, so 2000-05-28 is right."),
 8: (ALL, "Libya's Presidential Council (LBY) asking the Dbeibah government (LBY) for an explanation is REQUEST; the country-level name 'Libya' for the Council keeps the right party and code (a coder would write LBYGOV); undated news, so the document date is right."),
 9: (((T, T, T, F, T, T)), "REQUEST by the French government to stay indoors is right, but 'its roughly 10,000 citizens in Gabon' are French nationals: the target should be French citizens in Gabon (FRA), not GAB."),
 10: (((T, T, T, F, F, T)), "The soldiers killed are from both sides, so the target code should be empty (or PER and ECU), not ECU alone; 'dozens killed' is a total over three weeks of fighting since late January, so by the rule it has no date, not 1995-02-17."),
 11: (((T, T, T, F, T, T)), "Congo's accusation is ACCUSE, dated the weekend of week 4 of 2025 (25-26 Jan), which is right; but the sentence names the accused as 'its neighbour', which is Rwanda, so the target should be Rwanda (RWA), not empty."),
 12: (((T, F, T, T, T, T)), "'Greece had always sought good neighbourly relations' states a willingness to cooperate, not a request to anyone: type should be AGREE (CAMEO 030), not REQUEST. Greece as source, empty target and the document date (undated statement) are right."),
 13: (((T, T, T, F, T, T)), "The EU's call for restraint is REQUEST dated Sunday 5 Oct (the story's dateline); but the sentence names the addressees, 'all sides' (Israel and Syria), so the target should be all sides, not empty."),
 14: (((T, F, T, T, T, T)), "Delegates adopting the Kyoto treaty text finalise an agreement, which the PLOVER codebook puts under SUPPORT ('ratify, sign, or finalize an agreement or treaty'), not AGREE. A multinational group of delegates rightly has no country code; Thursday 1997-12-11 is right."),
 15: (SP, "Spurious: Warsaw 'clashed with Berlin over history and the voting system' is a diplomatic quarrel, not an armed clash (the trigger is used in another sense, like the convention's 'took a swipe at'); at most an ACCUSE disapprove for a background dispute."),
 16: (ALL, "The Qatari emir (QAT) welcoming the ICJ judgment is SUPPORT; the court is not named in the sentence, so the empty target is right; undated televised address reported as news, so the document date is right."),
 17: (ALL, "Hariri (LBN) condemning the strike is ACCUSE disapprove; Israel is not named in the sentence, so the empty target is right; Monday 2001-04-16 is the day of the strike and the report."),
 18: (SP, "Spurious: vowing that the attacks would not shake his resolve is a statement of determination, not an offer or commitment to cooperate; there is no AGREE here (the codable act in the sentence is the accusation of 'terrorists and extremists')."),
 19: (ALL, "Peru and Ecuador signing the declaration on Friday 1995-02-17 is SUPPORT (sign agreement); a mutual act, so both parties as source and target is right."),
 20: (ALL, "A U.N. spokesman urging all sides to show restraint is REQUEST; 'all sides' with no single country is right with an empty code; undated news, document date right."),
 21: (ALL, "The killing of an Israeli soldier in Saturday's missile attack (2001-04-14) is ASSAULT; the attacker (Hezbollah) is not named in this sentence, so the empty source is right; the story makes the soldier's country plain (ISR)."),
 22: (ALL, "Protesters' demand for Gayoom's resignation during the Male demonstration is PROTEST (the codebook codes protests making demands as PROTEST); the demand aims at the president, so Gayoom (MDV) is a right target; Thursday 2004-08-12 is when the protest began."),
 23: (((T, T, T, T, F, T)), "China pressing for a secondary role for the summit is REQUEST, with no addressee named; but 'had pressed' is lobbying before the summit at an unstated time, a background act, so it has no date (unknown), not the document date."),
 24: (((T, T, T, T, F, T)), "Bachelet's pledge is AGREE (promise) and the empty target is right; but 'has promised' refers to her campaign promises made before the vote at no stated time, a background act, so it should have no date, not the document date."),
 25: (((T, F, T, F, T, T)), "The demand for early elections is made by crowds breaking into parliament: the codebook codes protests making demands as PROTEST (here riot), not REQUEST; the crowd acts against Bulgaria's parliament and government, which the sentence names, so the target should be Bulgaria's parliament (BGR), not empty. Friday night 1997-01-10 is right."),
 26: (ALL, "At least two people killed in last month's protests is ASSAULT with no perpetrator named (empty source right); the victims are in Togo's protests (TGO) and 'last month' gives 2017-08."),
 27: (((T, T, T, T, F, T)), "Lasso's pledge is AGREE and the empty target is right; but 'has promised' refers to campaign promises made before the runoff at no stated time, a background act, so it should have no date, not the document date."),
 28: (((T, T, F, T, T, T)), "Sisi calling for a Security Council meeting is REQUEST to the UNSC; but the source 'Sisi' has no country code: it should be President Abdel Fattah al-Sisi of Egypt (EGY)."),
 29: (ALL, "Israeli jets striking Hamas targets in Gaza on Monday 2019-03-25 is ASSAULT, Israel (ISR) against Hamas (PSE)."),
 30: (ALL, "Israeli soldiers and Palestinian policemen fighting gun battles on Thursday 1996-09-26 is ASSAULT; a mutual act, so each party as source and target is right."),
 31: (ALL, "Stoyanov (BGR) urging both sides to seek a compromise is REQUEST; 'both sides' (Socialists and opposition) are Bulgarian, so BGR is right; undated news, document date right."),
 32: (((T, T, T, T, F, T)), "South African police arresting Henry Okah (NGA) is COERCE arrest; but 'hours later' follows Jonathan's remarks, which the story dates Saturday, so the date should be 2010-10-02, not 2010-10-01 (the Friday of the bombings)."),
 33: (ALL, "The opposition (BGD) boycotting the February 15 election is PROTEST boycott dated 1996-02-15; no party acted upon is named, so the empty target is right."),
 34: (ALL, "Ruto (KEN) saying he would convene a summit with Tshisekedi (COD) and Kagame (RWA) is a future CONSULT ('will meet' is future by the convention); 'in the coming days' gives no date, so unknown is right."),
 35: (ALL, "Chavez (VEN) hailing the result as a victory for the Peruvian people is SUPPORT; Peru (PER) as target is acceptable, as the praise is directed at Peru and Humala's win."),
 36: (((T, T, T, T, F, T)), "NATO's expulsion of eight Russian officials is SANCTION expel, NATO against Russian officials (RUS); but it is a background act: the story dates it October 6, so the date should be 2021-10-06, not the Monday of Lavrov's statement (2021-10-18)."),
 37: (ALL, "Indian opposition parties (IND) accusing Modi (IND) of naivety is ACCUSE; undated news, document date right."),
 38: (((T, T, T, F, T, T)), "Move Forward supporters accusing Pheu Thai of betrayal is ACCUSE, but the accused is the Pheu Thai party (THA), not the country Thailand."),
 39: (ALL, "The French Foreign Ministry working with Yemeni authorities on the investigation is COOPERATE (judicial cooperation), FRA with YEM; Sunday 2002-10-06, the day of the blast and report."),
 40: (ALL, "Libya's non-recognition of Israel is a standing policy, coded by the scheme as a negated SUPPORT (recognition) Libya -> Israel; it holds when the story is told, so the document date is right. A PLOVER coder would often leave this uncoded."),
 41: (ALL, "Iranian demonstrators (IRN) gathering outside the German embassy with slogans against Germany is PROTEST demo aimed at Germany, so the German embassy (DEU) is a right target; undated news, document date right."),
 42: (((T, T, F, F, T, T)), "The curfew on Port-Gentil is COERCE curfew, but it was imposed by the Gabonese authorities: the source should be Gabon authorities (GAB) and the target the city of Port-Gentil/its residents (GAB), not France."),
 43: (ALL, "Washington (USA) pressing hard for the deal is REQUEST with no addressee named (empty target right); a pluperfect background act over months of diplomacy, so no date is right."),
 44: (((T, T, F, T, F, T)), "The Tigers urging residents to leave Jaffna is REQUEST, but the Tamil Tigers (LTTE) are Sri Lankan: source code should be LKA, not SWZ; the urging came before the exodus 'in late October', so the date should be 1995-10, not the document date."),
 45: (ALL, "Abe (JPN) calling the test 'absolutely unacceptable' is ACCUSE disapprove; North Korea is not named in the sentence, so the empty target is right; 2017-09-03 is right."),
 46: (ALL, "Tokyo lodging a strong protest (official complaint, CAMEO 114) is ACCUSE; the recipient (North Korea) is not named in the sentence, so the empty target is right; undated news, document date right."),
 47: (((T, F, T, T, T, T)), "Lee saying he would 'seek a pragmatic diplomacy centred on the U.S. alliance' is a statement of intent to cooperate (AGREE), not a request to anyone; type should be AGREE. Lee (KOR), the U.S. as partner, future modality and no date for the act are acceptable."),
 48: (ALL, "Putin (RUS) pressing for visa-free corridors is REQUEST; the EU is not named in the sentence (empty target right); a background pluperfect act, so no date is right."),
 49: (ALL, "Syrian anti-aircraft fire shooting down an Israeli F-16 on Saturday 2018-02-10 is ASSAULT, Syria (SYR) against Israel (ISR) (mode should be heavy-weapons, not aerial; mode is not scored)."),
 50: (ALL, "More than 100 people detained in Male is COERCE arrest; the sentence names no arresting party (empty source right); Friday 2004-08-13 when security forces moved in is right; attribution to activists keeps it asserted."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
keys = ["event", "type", "source", "target", "date", "modality"]
with open('events-d.jsonl', 'w') as f:
    for it in items:
        vals, reason = V[it['n']]
        if not vals[0]:
            vals = SP
        v = dict(zip(keys, vals)); v['all'] = all(vals)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h13-x45-01", "coder_events": [
   "SUPPORT: Greece (GRC) <-> Macedonia (MKD), sign interim agreement at the UN in New York, 1995-09-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SUPPORT has Greece as source and an empty target (Macedonia is missing), but the type is right. The lifting of the embargo that the agreement 'will' bring is its content, not a separate act; I did not count it."},
 {"doc": "h13-x47-20", "coder_events": [
   "PROTEST boycott: main opposition (CIV) -> (none), boycott of the presidential election, date not given"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning the election and the commission announcing results are not PLOVER acts; 'marked by deadly violence' names no parties or act and I did not code it."},
 {"doc": "h13-x45-21", "coder_events": [
   "SANCTION withdraw: Russia (RUS) -> NATO, suspend Russia's diplomatic mission to NATO from 1 Nov (announced 2021-10-18, future)",
   "SANCTION expel: Russia (RUS) -> NATO, close NATO's offices in Moscow from 1 Nov (announced 2021-10-18, future)",
   "SANCTION expel: NATO -> eight Russian officials (RUS), expulsion, 2021-10-06",
   "ACCUSE allege: NATO -> eight Russian officials (RUS), accused of being undeclared intelligence officers, 2021-10-06"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the expulsion (dated wrongly 2021-10-18) and the accusation (wrong source: Russia, should be NATO). It missed the paragraph's main news, Russia suspending its mission and closing NATO's offices."},
 {"doc": "h13-x47-02", "coder_events": [
   "RETREAT resign: Khaleda Zia (BGD), resigned as prime minister, 1996-03-30",
   "PROTEST demo: protesters / opposition (BGD) -> government (BGD), weeks of street protests, span with no date",
   "PROTEST strike: opposition (BGD) -> government (BGD), strikes that paralysed the country, span with no date"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The dissolution of parliament is passive with no actor and I did not count it. The weeks of protests and strikes are background spans."},
 {"doc": "h13-x46-10", "coder_events": [
   "ASSAULT aerial: Israel (ISR) -> Islamic Jihad training camp in Syria (SYR), air strike northwest of Damascus, 2003-10-05",
   "ASSAULT suicide-attack: suicide bomber (no code in sentence) -> 19 people in a Haifa restaurant (ISR), 2003-10-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in the lead sentence: it missed both the Israeli air raid, which is the story's main act, and the Haifa bombing. It coded the bombing only from a later sentence."},
 {"doc": "h13-x45-25", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win and defeating a rival are not PLOVER acts; nothing to code."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
