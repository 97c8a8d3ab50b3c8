#!/usr/bin/env python3
"""Judge p19, pairs26 items 1-44: judgments written by hand below; this script
expands them to pairs-p19.jsonl and prints the tallies used in pairs-p19.md.
Side codes: 'ok' = all fields right; '-f1,f2' = the listed fields wrong
(type src tgt date mod); 'spur' = spurious event (wrong in every field);
'N+' = null side right (omit_right true), 'N-' = null side wrong. 'all' is computed."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'pairs-p19.jsonl')
F = ['event', 'type', 'source', 'target', 'date', 'modality']

J = [
 (1, 'ok', 'ok', 'same', "Both: THREATEN by State Dept at Moscow on Thursday (=doc date). Y lists Russia twice (country + government), redundant but the right party and code; no coder difference."),
 (2, 'ok', '-tgt', 'X', "Kiev's order to lay down arms = REQUEST. Y renames 'pro-Russian separatists' as 'Russian separatists' [RUS]: nothing says they are Russian (Ukrainian separatists, Mariupol context). X leaves country empty (UKR would be ideal, empty allowed by CONVENTIONS)."),
 (3, 'ok', '-src', 'X', "Y gives 'Some lawmakers' RUS; the text gives no country (context is Lithuania), so X's empty code is right. Both take Russia/Ukraine as targets (the parties who would form the unit; I accept it, a strict coder might leave target empty)."),
 (4, 'ok', '-src,tgt', 'X', "'their detention' = the observers are the detainees. Y makes the observers the source (the detainer) and leaves target empty; X has detainer empty (not named in sentence) and observers as target."),
 (5, 'ok', '-src,tgt', 'X', "'Chen's arrest': Chen is the one arrested. Y makes him the source; X has him as target with source empty (Malaysian authorities not named in this sentence)."),
 (6, '-src,tgt,date', 'N-', 'Y', "The detention of the asylum seekers is an act, so null misses it; but X's record gives 'Indonesia police' as detainer (police named only as feared harassers; the camp/ABF context is Australian) and no detainee though 'their' = the asylum seekers; date: detention before the interviews, doc date for a background act. X's record mainly says something the text does not, so I prefer no record."),
 (7, 'N-', '-date', 'Y', "'the killing of innocent men, women and children' re-mentions the killings (other sentence, so not a duplicate): ASSAULT, perpetrator not named, victims TKM. Y right except date: context dates the killings to 'recent days'/December 4-5, not the document date. I would also code the spokesperson's ACCUSE, which neither side here shows."),
 (8, 'N+', 'spur', 'X', "'She declined further comment' is no PLOVER event (no request rejected); Y's REJECT is spurious."),
 (9, '-tgt', '-tgt', 'Y', "Arrest of the diplomats by Malaysian authorities. The diplomats are the Hungarian diplomats of the previous sentence (and 'against Hungary' here): Y names them but with no country (HUN), so by the rule still wrong; X leaves target empty. Y nearer."),
 (10, '-src,tgt', '-src', 'Y', "Arrests of activists and journalists by Palestinian police and intelligence: Y names the activists [PSE/HRI] as target (journalists left out), X leaves it empty. Shared: 'intelligence' is Palestinian but gets no country (and kind person), so source wrong for both by the rule."),
 (11, '-src', 'ok', 'Y', "Southern Republic is the rebel faction in the Southern Italy civil war (favouring Moscow, not Russian): ITA (Y) right, RUS (X) wrong. Mode 'meet' odd for rejecting a peace plan (not scored)."),
 (12, 'ok', '-tgt', 'X', "Americans fighting on a pro-American cause: no opponent named, empty target right (X). Y makes the United States the target, the side they fight for."),
 (13, '-src,tgt,mod', '-tgt,mod', 'Y', "Rebels fighting government forces in Liechtenstein: Y's LIE right, X's 'Russia rebels' RUS wrong. Shared: the ceasefire is what is given in exchange for a deal, not an implemented one (future, or CONCEDE), and in a ceasefire between A and B the government forces should be the target."),
 (14, '-src', 'ok', 'Y', "Pro-Russian militants in Ukraine taking police buildings: X's 'Russian militants' RUS wrong, Y's empty code allowed. August before a June 2023 document = 2022-08, right. Type ASSAULT (occupation; PLOVER no FIGHT) right, mode 'abduct' wrong but not scored."),
 (15, 'N-', '-type,src,tgt,mod', 'X', "A prosecutor issuing an arrest warrant is an event (I'd code ACCUSE/allege or a future arrest), so null misses it. But Y's record makes the wanted man (Ngugi) the arrester with no target and asserts an arrest that did not happen. Only the date is right; I prefer no record."),
 (16, 'N-', '-src,tgt', 'same', "The three activists' detention is an act (re-mention), so null misses it. Y has the type and date but takes the speaker's body (the General National Congress) as detainer and leaves target empty though 'their' = the three activists. Neither helps a coder much."),
 (17, 'ok', 'N-', 'X', "Africa pressing the UN Security Council to respond = REQUEST; X right (undated span 'in the past several months' right with no date; Africa has no country code). Y misses it."),
 (18, 'N+', 'spur', 'X', "'the IAEA will not ask any more detailed questions' is the content of the understanding, not a REQUEST event; Y's record is spurious (and 'as of March' is not 2023-03). The event here is the AGREE of the five states."),
 (19, 'ok', '-src', 'X', "Separatists taking a village in Moldova's Transnistria: X's MDA right, Y's 'Russian separatists' RUS wrong. Type COERCE/seize accepted (taking territory; ASSAULT would also do)."),
 (20, 'spur', 'spur', 'same', "Both spurious: the Court 'upheld other countries' secret detention', so it is not the detainer, and the detention is a generic legal topic with no time. X also makes the detainees Israeli."),
 (21, '-src,tgt', '-tgt', 'Y', "Pro-Russian rebels in the Southern Italy civil war: ITA (Y) right, RUS (X) wrong. Shared: 'the government's offer' names the government, which is the target of the rejection; both leave it empty."),
 (22, '-tgt,date', '-date', 'Y', "'The arrests of the alleged smugglers': Y names them as target (USA accepted: a group smuggling children in the U.S., arrested by American authorities), X leaves it empty. Shared: the arrests came before the Saturday report, so the document date is wrong."),
 (23, 'ok', '-tgt', 'X', "Ukraine calling off its ceasefire with pro-Russian rebels (Ukrainian): Y's 'Russian rebels' RUS wrong, X's empty code allowed. SANCTION accepted."),
 (24, '-src', '-src,tgt', 'X', "Molloy is the one arrested: X has him as target, Y as source. X's source (the spokesperson who confirmed) is the speaker, not the arrester; I score it wrong though the code TTO/GOV is the right side."),
 (25, 'ok', 'N-', 'X', "'The United States has been pressuring Israel to end its blockade' = REQUEST USA -> ISR, ongoing, doc date right. Y misses it."),
 (26, 'N-', '-src,tgt', 'X', "Their arrest/detention is an act, so null misses it. But Y makes the 'organized criminal organization' (the group they belong to) the arrester and leaves the two detainees out of the target. That is misleading, so I prefer no record."),
 (27, 'N+', 'spur', 'X', "'would likely result in More's arrest' is a possible consequence in a lawsuit's claim, not an arrest; Y codes it asserted, with More as the arrester. Spurious."),
 (28, 'N+', 'spur', 'X', "'if they refuse to quit' is the condition of Rajoy's threat, not a rejection; the event is THREATEN by Rajoy. Y's hypothetical REJECT is spurious (a judge counting conditional refusals might give it type/modality)."),
 (29, '-tgt', '-src', 'same', "Taylor and his loyalists continued killings in Sierra Leone. X has the right perpetrator (Charles Taylor) but makes Liberia the target (the victims are in Sierra Leone). Y's target is empty (victims not named), which is allowed, but its source is the state Liberia rather than Taylor. Each has one actor wrong. Date from 'Meanwhile' after the May 2 resolution accepted."),
 (30, 'ok', '-src', 'X', "Nata, a militia leader in Romania: nothing makes him Russian (Y RUS wrong); empty code allowed (ROU would be better)."),
 (31, '-tgt', '-type,tgt', 'X', "Malware attack on a computer network = COERCE/cyber (X); Y's ASSAULT is the wrong type. Shared: the MoD is the Dutch one (Dutch police, De Telegraaf, NOS), not the UK's."),
 (32, '-date', '-src,tgt,date', 'X', "'his arrest': Al-Sayed was arrested, so X has him as target and Y as source. Shared: 'on Saturday' dates al-Kaddari's killing, and his arrest came after it, so 2023-06-10 is wrong."),
 (33, 'ok', '-src', 'X', "'They' = the pro-Russian fighters around Buzele (Moldova): Y's 'Russian fighters' RUS wrong, X's empty code allowed. A negated act, coded correctly."),
 (34, 'N+', 'spur', 'X', "Declining to comment is no REJECT; Y spurious (as item 8)."),
 (35, '-src', 'ok', 'Y', "Pro-Russian separatists in eastern Ukraine: Y UKR right, X 'Russian separatists' RUS wrong. The target 'Ukraine' stands for the Ukrainian schoolchildren; I accept it (right country), though [UKR/CVL] children would be more precise."),
 (36, '-date', 'ok', 'Y', "The report released in July 2013 made the call, so 2013-07 (Y) is right and X's document date is wrong."),
 (37, 'ok', '-src', 'X', "Pro-Russian rebels in Southern Italy agreed to talks: X's ITA right, Y's RUS wrong. Talks partner (the government) not in the agree clause; empty target accepted."),
 (38, '-tgt', 'ok', 'Y', "Clashes of UN peacekeepers with pro-Russia separatists in eastern Ukraine: Y's UKR right, X's 'Russia separatists' RUS wrong."),
 (39, 'N-', '-date', 'Y', "Re-mention of the smugglers' arrests (another sentence, so counted). Y has the type right with empty source/target allowed, but the date is wrong: the arrests came before the Saturday report. The null misses it. The seizures (COERCE/seize) are not coded on either side."),
 (40, '-src', 'N-', 'same', "'a pro-Russian rally' is a demonstration that took place (Sunday, right), so null misses it marginally. But X makes Russia (the state) the demonstrator, where they were pro-Russian people in Donetsk. The main act is the bomb attack (item 44)."),
 (41, '-src,tgt,date', 'N-', 'same', "Two recent anti-U.S. demonstrations in LA and Oakland = PROTEST. X has the type but makes the United States the protester (unnamed protesters; the U.S. is what they protest), leaves target empty, and gives a 'recent' earlier act the document date. The null misses it."),
 (42, '-src,tgt', '-src', 'Y', "The arrest of at least 12 activists: Y names them as target, X leaves it empty. Shared: the source is the activists who reported the arrests, not the arresters (Nusra Front control implied). The 2023 year-date for 'since the beginning of the year' is accepted as true at year precision."),
 (43, '-date', '-date', 'same', "UNSC sanctions on Burkina Faso: same value 2023-06-14 on both sides. The imposition came before Wednesday's arrival, so the date is wrong for both; they differ only in the basis label ('explicit' in Y is the more misleading)."),
 (44, '-src,tgt,date', 'N-', 'Y', "The bomb attack on a pro-Russian rally is a clear ASSAULT, so null misses it. But X makes Russia the attacker of a pro-Russian rally (perpetrator not named) with no target (the rally/its people) and the document date instead of Sunday 2023-06-11. This reverses sides, so I prefer no record."),
]

AB = {'type': 'type', 'src': 'source', 'tgt': 'target', 'date': 'date', 'mod': 'modality'}

def side(code):
    if code == 'N+': return {'omit_right': True}
    if code == 'N-': return {'omit_right': False}
    if code == 'spur':
        d = {f: False for f in F}
    else:
        wrong = {AB[w] for w in code[1:].split(',')} if code.startswith('-') else set()
        assert code == 'ok' or wrong, code
        d = {f: f not in wrong for f in F}
    d['all'] = all(d[f] for f in F)
    return d

items = {json.loads(l)['n']: json.loads(l) for l in open(os.path.join(HERE, '..', 'items.jsonl'))}
assert [j[0] for j in J] == list(range(1, 45))
with open(OUT, 'w') as fh:
    for n, x, y, better, why in J:
        it = items[n]
        assert (it['X'] is None) == x.startswith('N'), n
        assert (it['Y'] is None) == y.startswith('N'), n
        fh.write(json.dumps({'n': n, 'X': side(x), 'Y': side(y), 'better': better, 'reasons': why}) + '\n')

c = collections.Counter(j[3] for j in J)
print('better', dict(c))
for s, k in (('X', 1), ('Y', 2)):
    allr = sum(1 for j in J if j[k] == 'ok')
    nn = sum(1 for j in J if not j[k].startswith('N'))
    print('  wrong fields:', dict(collections.Counter(w for j in J if j[k].startswith('-') for w in j[k][1:].split(','))), 'spurious', [j[0] for j in J if j[k] == 'spur'])
    om = [j[0] for j in J if j[k] == 'N+']; ow = [j[0] for j in J if j[k] == 'N-']
    print(s, 'non-null', nn, 'all-right', allr, 'null right', om, 'null wrong', ow)
