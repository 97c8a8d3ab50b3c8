"""Write events-d.jsonl from judge d's verdicts (fields listed are the wrong ones)."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Protest in Tunis on Sunday 2021-09-26 against the president's seizure of powers: the president (Saied, TUN) is a right target by the protest-at-home rule; all fields right."),
 2: (['date'], "Right arrest, police (TUR) -> the lawyer Arslan; but the detention happened as he tried to leave the building during Wednesday's attack, so the date should be 2006-05-17, not the document date."),
 3: ([], "CHP (TUR) called for an explanation; no party named as addressee, so empty target is right; undated reaction takes the document date."),
 4: ([], "Gujral (IND) resigned on Friday 1997-11-28 (NEW DELHI, Nov 28): RETREAT resign, all right."),
 5: ([], "Erdogan's promise that the perpetrators would be punished is a threat of punishment (THREATEN; mode 'violence' is loose but type is right), target the perpetrators (no country given); undated reaction, document date right."),
 6: (['event'], "Spurious: 'bowing to mounting pressure' describes the same resignation already coded from this sentence (e1 RETREAT resign), a duplicate; Iraq would in any case not be a target."),
 7: ([], "State Department (USA) urged Thailand (THA) to let the remaining Uighurs leave; undated reaction, document date right."),
 8: (['date'], "Arrest of Kozulin (BLR) by unnamed authorities is right, but the text dates it: he was jailed after the protests over the March 2006 election (previous sentence and lead), so the date should be 2006, not unknown."),
 9: ([], "Dzurinda (SVK) urged voters (SVK) to turn out; pluperfect, undated, so no date is right."),
 10: ([], "Turkey (TUR) called for an end to attacks on Idlib; the attackers are not named in the sentence, so empty target is right; document date right."),
 11: (['date'], "Source and target right (State Department -> Azerbaijani authorities), but the text does not date the statement and by the rules it takes the document date 2014-12-06; Friday is carried over from the detention (plausible, but not what the text gives)."),
 12: ([], "Background clause 'has carried out cross-border air strikes against PKK camps': ASSAULT Turkish military -> PKK, undated, no date right."),
 13: ([], "Liberia accused Guinea on Wednesday 1999-08-11: all right."),
 14: (['source', 'date'], "Source should be the Sudanese army (SDN), the 'It' whose reinforcements were sent, not empty; the act is current news (army statement of Wednesday 2020-12-16), so it should take that date or the document date 2020-12-17, not unknown."),
 15: ([], "Release by Lukashenko inside the condition of the Western officials' hint: RETREAT release, hypothetical, no date; right by the rule that an act in a condition is hypothetical."),
 16: ([], "Gutsul (MDA) detained at Chisinau airport in March: COERCE arrest, 2025-03, all right."),
 17: ([], "Moreno-Ocampo (ICC) said he would travel to Libya: CONSULT visit, future, undated; all right."),
 18: ([], "United States welcomed the move (Belarus's release of Kozulin); 'the move' is an act, not a party, so empty target is right; document date right."),
 19: ([], "Dozens of soldiers (SYR) killed in fighting since Wednesday: a total since an earlier time has no date; killer not named, empty source right."),
 20: ([], "U.S. embassy welcomed the Senate vote; 'the vote' names no party, empty target right; undated reaction, document date right."),
 21: ([], "Palestinian leaders condemned the fence project as a land grab: ACCUSE, no party named (only 'the project'), document date right."),
 22: (['source', 'date'], "Source should be Alejandro Toledo (PER), not a country-less 'Toledo'; the text gives no date for the emergency decree, which is an earlier act of the four-day rising (not the document date), so Sunday 2005-01-02 carried over from the previous sentence is not given by the text (unknown would be right)."),
 23: (['date'], "Taylor (LBR) closed the border with Guinea (COERCE restrict) is right, but the sentence gives no date and the rule gives the document date 1999-08-12; Wednesday is carried over from the lead."),
 24: ([], "Opposition leaders (TUR) accused the Islamist-rooted government (TUR): right parties despite the truncated name; document date right."),
 25: ([], "Zatlers (LVA) condemned the violence; no party named, empty target right; 2009-01-13 is the report date of the RIGA, Jan 13 dateline."),
 26: (['source'], "'He' is Toledo (previous sentence), so the source should be Alejandro Toledo (PER), not Interior Minister Reategui; REJECT, empty target and document date are right."),
 27: ([], "Police (TUN) fired live rounds and tear gas at crowds on Friday 2008-06-06 (activists' account): ASSAULT, all right (a second sentence about the lead's shooting is not a same-sentence duplicate)."),
 28: (['target'], "Conviction of Gu Kailai in August 2012 is right in type and date, but she is Bo Xilai's Chinese wife: target country should be CHN, not GBR."),
 29: ([], "Moi (KEN) has repeatedly attacked Leakey (KEN) in speeches: ACCUSE, repeated acts over a span, no date right."),
 30: ([], "Gaddafi (LBY) began a visit to France on Monday 2007-12-10: CONSULT visit, all right."),
 31: (['date'], "Jailing of Nasheed (MDV) is right, but it is a background act after 2012 (he was forced out in 2012 and 'later jailed'), so the document date 2021-05-07 is wrong; no date (unknown) would be right."),
 32: ([], "Several centre-right (Latin American) governments hailed the choice: right party with no single country; 'the choice' names no party; document date right."),
 33: ([], "More than 200 people (PRY) detained overnight, police said: COERCE arrest, police (PRY) plainly the detaining party; overnight into Saturday 2017-04-01 right."),
 34: (['type'], "Taylor ordering troops north is a deployment: type should be MOBILIZE (troops), not REQUEST; source, empty target, document date and modality right."),
 35: (['date'], "UN rejection of Taiwan's application is right in type and parties, but the text dates it: a U.N. spokeswoman said on Monday the application had been returned, so the date should be 2007-07-23, not the document date 2007-07-24."),
 36: (['source'], "The threat was made by his captors (the al Qaeda kidnappers), not by the hostage Paul Johnson; target Saudi government, THREATEN, no date and asserted are right."),
 37: ([], "Military prosecutors (ROU) opened an investigation: ACCUSE investigate, no party named, document date right."),
 38: (['type', 'date'], "The cabinet voted on Sunday to release prisoners in stages: the release has not happened, so the act is the decision, AGREE (commitment to release; PLOVER codes promised releases apart from RETREAT), dated 2013-07-28; asserted is right for the vote (as a RETREAT it would be future)."),
 39: (['date', 'modality'], "Ardzinba said the visit did not mean Abkhazia (Sukhumi, GEO) had softened its position: a denial, so the CONCEDE is negated, not asserted (a REJECT/decline to yield would also do), and it is dated by Thursday's visit, 1997-08-14, not unknown; target Georgia is clearly the party."),
 40: ([], "Obasanjo (NGA) declared a state of emergency in Plateau on Tuesday 2004-05-18: COERCE, all right."),
 41: ([], "Opposition parties in Sabah (MYS) complained of irregularities: ACCUSE, no party named, document date right."),
 42: ([], "Washington (USA) deplored the violence: ACCUSE; the attackers are not named in the sentence, empty target right; document date right."),
 43: (['type'], "Police house-to-house searches are COERCE (seize: authorities executing a search), not ACCUSE investigate; police (TUN), empty target, Saturday 2008-06-07 (residents' account) and asserted are right."),
 44: (['date'], "Israel's offensive killing more than 67,000 Palestinians is a total summed since October 2023: it has no date, not 2025-10-13."),
 45: ([], "Rwanda (RWA) ordered Germany's ambassador (DEU) out on Monday 2008-11-10: SANCTION expel, all right."),
 46: (['date'], "Besigye (UGA) 'has been arrested dozens of times' is a total over years with no date; '199' comes from 'the late 1990s' of the other clause (his break with Museveni)."),
 47: ([], "The United States, Turkey, Qatar and the African Union condemned the attack: ACCUSE, no party named in the sentence, document date right."),
 48: ([], "Hamas freed the last 20 living Israeli hostages on Monday 2025-10-13: RETREAT release, all right."),
 49: (['target'], "Gbagbo's forces (CIV; Gbagbo for his forces accepted) bombed rebel positions in November 2004: the bombing's target should be the rebels (New Forces, CIV); the nine French peacekeepers were killed 'in the process', a separate killing."),
 50: ([], "Petkovski (MKD) said 'We will not accept a president chosen by fraud': accepted as AGREE negated (like 'RETREAT negated' in the rules; REJECT would also do), target the president so chosen (MKD), document date Monday 1999-11-15; note reported_by should be Petkovski, not Trajkovski (not a scored field)."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        for w in wrong:
            assert w in F, w
        if 'event' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')

rows = [json.loads(l) for l in open('events-d.jsonl')]
print({f: sum(r['verdict'][f] for r in rows) for f in F + ['all']})
