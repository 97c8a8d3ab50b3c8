"""Write judge b's round-132 verdicts: events-b.jsonl and paragraphs-b-verdicts.jsonl.
Verdict letters per item: event, type, source, target, date, modality (T/F); '-' = spurious."""
import json

V = {
1: ("TTTFTT", "Fighting to crush the coup is ASSAULT and Patasse's forces (CAF) the source, but the target repeats the source; it should be the coup attempt's authors, Kolingba's side (Andre Kolingba, CAF)."),
2: ("TTTTFT", "Accepting political responsibility is a verbal CONCESSION by Bouterse (SUR), no target needed; but it is a background act of unstated earlier time ('has accepted'), not this news, so it should have no date rather than the document date."),
3: ("TTTFFT", "ACCUSE by Diab right, but the target 'previous governments' are plainly Lebanon's (LBN, code empty here); date should be 2020-03-07, the Saturday of the televised address the paragraph reports, not the document date."),
4: ("TTTFTT", "Congress agreeing in 1999 to pay its arrears is an AGREE (asserted, 1999 right), but the sentence names the recipient: target should be the United Nations ('the world body', UNO), not empty."),
5: ("TTTFTT", "Seeking an arrest warrant for Kerimov is a legal ACCUSE by Belarus, future, undated; but the target should be Suleiman Kerimov (RUS), not Interpol and Russia."),
6: ("TTTFFT", "Vowing that those responsible will be punished can stand as THREATEN by Vucic (SRB); target should be 'those responsible' (the unnamed culprits), which the sentence names; the text gives the promise no date, so the document date 2024-11-05, not Monday 2024-11-04 carried from Vesic's resignation."),
7: ("TTTFTT", "Deportation by Israel in 1992 is COERCE, source and date right; the deportee is 'him', Izz el-Deen Sheikh Khalil (PSE), so the target should be that person, not the organisation Hamas."),
8: ("TTTTFT", "ACCUSE Sharon's government (ISR) -> Syria is right, but 'has accused' is a background accusation of unstated time, not this news: no date is right, not the document date."),
9: ("TTTTFT", "REQUEST EU -> Turkey right, but 2005-10 comes from 'last month', which dates the opening of talks, not the urging; the urging ('has been urged') is undated background, so no date (or the document date) is right."),
10: ("TTFFTT", "Attending the Tehran summit is CONSULT in 1997-12, but Crown Prince Abdullah is Saudi (SAU, not IRN), and the target should be Iran, the host (IRN), not a list that includes his own Saudi Arabia."),
11: ("TTFFFT", "ASSAULT right, but the sentence names the party in the clashes: source should be the Iraqi security forces (IRQ); the killed are members of the Iranian exile group (IRN, not IRQ); date should be 2009-07-28, the Tuesday of the raid, not the document date."),
12: ("TTTTFT", "Argentina backing the text is SUPPORT with no party named as target, but it backed it in the Geneva vote of Friday 2002-04-19, which the text dates, not on the document date."),
13: ("TFTTTT", "Being 'sought by the court' restates the ICC's arrest warrant (source ICC, target Gaddafi as 'second sitting head', LBY, date right), but it is the warrant, COERCE arrest (or ACCUSE), not a REQUEST."),
14: ("TTTTFT", "REQUEST State Department (USA) -> Hungary right, but the date 2017-04-02 is carried over from the Sunday rally; the reaction is undated news, so the document date 2017-04-05."),
15: ("TTTTTT", "'Would send a delegation to Baghdad for talks' is a future CONSULT (the conventions' 'will meet') by the KRG (IRQ) with Baghdad as target, undated; all right."),
16: ("TTTTTT", "The Congolese authorities deploring the deaths is a disapproval (ACCUSE) with no party named; dated on the July 26 dateline of the report; all right."),
17: ("TTTTTT", "Sonko detained on Wednesday 2021-03-03 (last week's arrest): COERCE arrest, detaining party unnamed so empty source right; all right."),
18: ("TTTTTT", "Bendjedid's 1983 state visit to France is CONSULT visit; Algeria for its president (DZA) -> France, 1983, all right."),
19: ("TTTTTT", "BLA (PAK) attacks on Pakistani security forces escalated over recent months: ASSAULT, a span with no date given, so no date is right; all right."),
20: ("TTTFTT", "Russia agreeing to pull troops out by 2008 is a promised withdrawal, CONCEDE, in 2005; but the sentence names the other party: target should be Georgia (GEO), not empty."),
21: ("TTTFTT", "Sonko urging his supporters to keep up pressure is a REQUEST, undated beyond 'after his release' so the document date stands; but the target should be his supporters (SEN), not the police."),
22: ("TTTTTT", "People's Party (THA) voting for Anutin (THA) on Friday 2025-09-05 is SUPPORT; all right."),
23: ("TTTTTT", "Tanzania complaining of survey aircraft over its side is ACCUSE with no party named (aircraft are not a party), undated ('later'); all right."),
24: ("TTFTTT", "PROTEST at the Norwegian embassy against Norway's role, target Norway right and document date right, but the monks are Sri Lankan Buddhist monks (LKA), not NOR."),
25: ("------", "Spurious: the Kurdish officials 'warned' of a consequence (the region could struggle to pay salaries), a statement of concern aimed at no one, not a THREATEN or any other PLOVER act."),
26: ("TTTFTT", "The government's demand is a REQUEST (PHL, document date right), but it is addressed to the rebel leadership, i.e. the MILF (PHL); Kato is one of the men to be handed over, not the addressee."),
27: ("TTFTTT", "Asking the judges to drop the case is a REQUEST to the judges (IDN) on the trial day, but 'they' are Suharto's lawyers (IDN), not the Indonesian police."),
28: ("TTTFTT", "Annan pressing both sides to finalise his plan is an ongoing REQUEST (document date right), but 'both sides' are the Greek and Turkish Cypriots (CYP), not GRC."),
29: ("TTTTTT", "Derbez's 'Mexico demands respect' is a REQUEST by Mexico; the sentence names no addressee (Venezuela is elsewhere), so empty target right; document date right."),
30: ("TTTFTT", "PROTEST by Hungarian protesters on Tuesday evening 2017-04-04 is right, but its aim is the state: target should be President Janos Ader / Hungary (HUN), not CEU rector Ignatieff."),
31: ("TTTTTT", "Rafsanjani (IRN) arriving in Saudi Arabia (SAU) on Saturday 1998-02-21: CONSULT visit; all right."),
32: ("TTTTTT", "Biya (CMR) refusing to discuss separation is an ongoing REJECT (present tense, document date right); the separatists are not named, so empty target right; all right."),
33: ("TTTTTT", "The Nepal Bar Association (NPL) criticising the appointment is ACCUSE; 'it' is the appointment, not a party, so empty target right; all right."),
34: ("TTTTTT", "Angry crowds (TUR) protesting after the blast with no aim named: the Turkish state is a right target by the crowd-protest rule; undated, document date right; all right."),
35: ("TTTTFT", "Christian politicians (PHL) petitioning the Supreme Court can stand as REQUEST to the court, but the petition came before the Aug. 5 signing was called off and is undated: no date is right, not 2008-08-05."),
36: ("TTTTFT", "ASSAULT on separatists (CMR) in the spokesman's account, killer unnamed in the sentence so empty source right; but the killing was in the Ngarbuh exchange of 2020-02-14, not on the document date."),
37: ("TTTTTT", "Armed men killing villagers overnight Monday-Tuesday in Bentalha: ASSAULT, 1997-09-23 acceptable; all right."),
38: ("TTFTTT", "Prosecutors asking the Kyiv court to hold Medvedchuk is a REQUEST to the court, undated; but they are Ukrainian prosecutors (UKR), not RUS."),
39: ("TTTTTT", "US and France condemning the bombing: ACCUSE, no party named, document date; all right."),
40: ("TTFTTT", "Bouterse's 1999 conviction is SANCTION convict, target and date right, but the sentence says he was convicted in the Netherlands: source should be the Dutch court / Netherlands (NLD), not empty."),
41: ("TTTTFT", "Gunmen killing Serb farmers is ASSAULT, parties right, but it is this news, with the bodies found on Friday night: date should be 1999-07-23 (at least the document date), not unknown."),
42: ("TTFTTT", "Peacekeepers killed is ASSAULT dated Tuesday 2022-07-26, target right (the Indian soldiers), but the sentence names who fired on them: source should be the assailants, not empty."),
43: ("TTTTTT", "Israeli officials (ISR) welcoming the deal: SUPPORT, no party named in the sentence, document date; all right."),
44: ("------", "Spurious: 'after his release' only dates the future ban on politics; no release act is reported."),
45: ("TTTFTT", "Police firing tear gas at marchers is ASSAULT (crowd control) by Kenyan police on Monday 2023-03-20, but the target should be Odinga's supporters (KEN), not Odinga himself."),
46: ("TTTTTT", "Odinga's convoy hit with tear gas: ASSAULT on Odinga (KEN), firer unnamed in the sentence, Monday 2023-03-20; all right."),
47: ("TTTFTT", "Juppe's promise that everything will be done to find those responsible stands as THREATEN, dated July 25, but the target should be 'those responsible' (the bombers), not empty."),
48: ("TTTTFT", "Lukashenko (BLR) accusing Uralkali's owners is ACCUSE; Uralkali (RUS) accepted for 'Uralkali's owners'; but 'has accused' is a background accusation of unstated time, so no date, not the document date."),
49: ("TTTTTT", "European Commission urging Morocco to do more: REQUEST EU -> MAR, document date; all right."),
50: ("TTTTTT", "US and Russian officials agreeing on Tuesday 2025-02-18 to set up teams: mutual AGREE, either side as source/target; all right."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == {x['n'] for x in items}
with open('events-b.jsonl', 'w') as f:
    for x in items:
        code, why = V[x['n']]
        if code == '------':
            b = [False] * 6
        else:
            b = [c == 'T' for c in code]
        keys = ['event', 'type', 'source', 'target', 'date', 'modality']
        v = dict(zip(keys, b)); v['all'] = all(b)
        y = dict(x); y['verdict'] = v; y['reasons'] = why
        f.write(json.dumps(y, ensure_ascii=False) + '\n')

P = {
"h43-x165-03": (["CONSULT: European Union (EUR) -> Poland, Hungary, Czech Republic, Estonia, Slovenia, Cyprus (POL/HUN/CZE/EST/SVN/CYP), formally opened membership negotiations, 1998-03-31"], 1,
    "dateline's one event has the right type and targets; its source is named 'EU's rotating presidency' rather than the EU, code EUR right."),
"h43-x166-04": (["CONSULT: Akbar Hashemi Rafsanjani (IRN) -> Saudi Arabia (SAU), arrived for a long visit, 1998-02-21"], 1,
    "Found, right in all arguments. 'Milestone in their reconciliation' is a description, not a second act."),
"h43-x168-23": ([], 0,
    "Winning an election and keeping ties with Taiwan (a consequence, not an act) are no PLOVER events; nothing to code."),
"h43-x167-16": (["REJECT: Renamo (MOZ) -> the election result / Frelimo's Nyusi (MOZ), rejected the result as fraudulent, 2014-10-24"], 0,
    "ACCUSE (alleging fraud) would serve as well as REJECT. The declaration of the winner and the background peace deal (no parties in the clause) are not coded. dateline has no event here."),
"h43-x165-12": (["RETREAT: United Nations (UNO) withdrew its police from north Kosovo, 2008-03-18 (document date; no date in the text)",
                 "COOPERATE: United Nations (UNO) -> NATO troops (NATO), handed over security in the north, 2008-03-18",
                 "ASSAULT: U.N. police (UNO) -> Serb protesters (SRB), dawn raid to retake the courthouse, 2008-03-17 (Monday, as the next paragraph gives)"], 0,
    "Kosovo's declaration of independence last month is background and has no clear PLOVER type. dateline codes the storming only from the second paragraph; nothing in this one."),
"h43-x165-01": (["ASSAULT: unknown attacker -> train passengers (FRA), bomb exploded on a Paris RER train killing at least seven, 1995-07-25"], 0,
    "dateline has no event for the bombing itself (the bomb has no named party, but the attack on civilians is the core event of the story)."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in paras:
        ev, found, notes = P[p['doc']]
        f.write(json.dumps({"doc": p['doc'], "coder_events": ev, "found": found,
                            "dateline_events": len(p['events']), "spurious": 0, "notes": notes}, ensure_ascii=False) + '\n')
