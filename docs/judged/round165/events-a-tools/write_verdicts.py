"""Write events-a.jsonl: each item unchanged plus the judge's verdict and reasons.
Fields listed in WRONG are false; all others true; 'spurious' makes every field false."""
import json
here = '/work/wt/j165a/docs/judged/round165/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']

J = {
 1: ([], "Egypt and Sudanese forces trading fire on the Halaib border is an ASSAULT between the two; 'has since traded fire' is a span since the June attack with no date in the text, so no date is right."),
 2: ([], "The White House's congratulation of Putin is SUPPORT toward him, reported as this news with no date of its own, so the document date is right."),
 3: ([], "Bush welcoming the end of the siege is SUPPORT; 'the end of the siege' is an act, not a party, so the empty target is right by the conventions (a coder might add Israel). The document date is right for this news."),
 4: (['target'], "The ASSAULT and its Tuesday date (2010-08-17) are right, but the target should be the roughly 60 army recruits (IRQ), not the country Iraq."),
 5: (['date'], "Milosevic accepting NATO's terms to end the war is an AGREE, but it is a background act of 1999: the date should be 1999 (the text says 'the 1999 Kosovo war'), not the document date."),
 6: (['source', 'target', 'date'], "The Hema and Lendu communities are the right parties, but they are in Ituri, Congo: both should be COD, not UGA. 'Has been torn by clashes since 1999' is an ongoing act, so it takes the document date 2003-05-07, not 1999."),
 7: (['date'], "Egypt's accusation against Sudan's government (SDN) is a right ACCUSE, but it is background from before the fire exchanges that have happened 'since'. It should have no date (unknown, some time after the June 1995 attack), not the document date."),
 8: ([], "Indian officials' plan to urge Washington is a REQUEST with future modality, and the act has no date; all fields are right."),
 9: ([], "Human rights groups urging Thailand not to force refugees back is a REQUEST toward Thailand, reported as this news on the document date."),
 10: ([], "Opposition leaders (ARG) calling on Fernandez to open a dialogue is a REQUEST, said as this news on Monday, 2009-06-29. The sector GOV is off, but the party and country are right."),
 11: (['source'], "Backing the stoppage is a SUPPORT, but the source should be the Confederation of Venezuelan Workers (VEN), not the Venezuelan government, which the strike is against. An empty target is fine since the sentence names no party."),
 12: ([], "The Taipei District Court sentencing Wu Shu-chen is a SANCTION convict on Friday, 2009-09-11; all fields are right."),
 13: (['date'], "Tanzania closing its border with Kenya is COERCE restrict (CAMEO 191/172; SANCTION would also be defensible). The text puts it 'afterwards', after the 1977 break-up, so the date should be 1977 rather than none."),
 14: (['date', 'modality'], "The concession exists only inside a claim by the critics ('critics at home say it has bowed'), so modality should be reported. It is also years of conduct since the 2000 attack, so it should have no date, not the document date."),
 15: (['target'], "The newspapers' call is a REQUEST, but French firms are the subject of the contracts to be reviewed, not the party asked. The sentence names no addressee (implicitly the Turkish government), so the target should be empty."),
 16: ([], "Guebuza's pledge on agriculture and jobs is an expression of intent to change policy (CAMEO 0342, AGREE). No party is named, so the empty target is right; the document date is right for this news."),
 17: (['target'], "The Taliban's ACCUSE is right, but 'them' is all 24 staff of the German-based aid group Shelter Now (mixed nationality, no single code). Picking out the two Australians (AUS) is the wrong party."),
 18: ([], "Russia, France and China urging restraint is a REQUEST with no addressee named in the sentence. Empty target and document date are right."),
 19: (['date'], "Sanader's resignation is a right RETREAT resign, but the text dates it: the date should be 2009-07 (July 2009), not unknown."),
 20: ([], "The court charging Norman (the 'former leader' of the militias, SLE) with crimes against humanity is an ACCUSE allege on Monday, 2003-03-10. All fields are right."),
 21: (['source', 'target'], "The clashes this week (2001-W34) are an ASSAULT, but the sentence refers to the parties as 'both sides'. Source and target should be the ethnic Albanian NLA rebels (MKD) and Macedonian security forces (MKD), not empty."),
 22: ([], "Medvedev and Yanukovych signing agreements on Monday, 2010-05-17, is a mutual SUPPORT (sign agreement), right with the two leaders as parties."),
 23: ([], "Maher (EGY) urging Israel to ease restrictions is a REQUEST on Monday, 2003-12-22; all fields are right."),
 24: (['date'], "Declaring a state of emergency is COERCE. The sentence names no agent or target, so empty is right. But the text ties it to last July's post-election riots, so the date should be 2008-07, not unknown."),
 25: ([], "Chebeya (COD) being threatened many times over two decades is a THREATEN with no agent named and a span with no date. Empty source and null date are right."),
 26: ([], "Bush calling on Arab governments to open their political systems is a REQUEST on Sunday, the document date 2008-01-13. A multi-country group has no single code."),
 27: ([], "The Security Council approving the joint force in July 2007 is SUPPORT (approve policy); the date 2007-07 is given by the text."),
 28: ([], "Nigerian lawmakers (NGA) demanding a review of the deployment is a REQUEST with no addressee named. Empty target and document date are right."),
 29: ([], "Ankara's rejection of the genocide label is a standing REJECT that is still going on, so the document date is right. The sentence names no party as target, so empty is right."),
 30: ([], "Carter's 1994 trip to Pyongyang is a CONSULT visit with North Korea as host, and the date 1994 is given by the text."),
 31: ([], "Kirchner saying he would step down as party head is a RETREAT resign with future modality under the conventions. A future act with no date of its own has no date."),
 32: ([], "The opposition groups agreeing among themselves to form a committee is a reciprocal AGREE with no recipient, on Tuesday, 2002-12-17."),
 33: (['date'], "'We had to accept it' (the Gazprom price) is an AGREE by the Belarusian side toward Gazprom. The acceptance is the deal struck on New Year's Eve, so the date should be 2006-12-31, not the document date 2007-01-01."),
 34: (['source'], "Hailing the vote is SUPPORT, but the source should be the Armenian groups in France (diaspora, FRA or no code), not the country Armenia (ARM). An empty target is fine ('the vote' is an act, not a party)."),
 35: (['date'], "Moussa proposing a forum with Iran and Turkey is an AGREE (CAMEO 036, intent to meet). It was made at the summit reported as this news, so the date should be the document date 2010-03-29 (or the summit days, 2010-03-27/28), not unknown."),
 36: ([], "The rebel leaders' (SDN) accusation against government forces (SDN) over a recent surge in fighting is an ACCUSE. It is a current charge reported with this news, so the document date is acceptable."),
 37: ([], "Civilians (LKA) killed in the air force raids of Thursday (2006-06-15) is an ASSAULT, with attribution only, so asserted. The sentence names no agent ('the raids' is an act), so the empty source is right by the conventions, though a coder would name the Sri Lankan air force."),
 38: ([], "North Korean jets intercepting the U.S. reconnaissance plane and forcing it off its mission on Sunday, 2003-03-02, fits COERCE restrict (CAMEO 191, restrict movement by armed force). All fields are right."),
 39: ([], "FSB officers (RUS) killing Khattab, a commander of the Chechen rebels (RUS), in March 2002 is an ASSAULT; attribution to the FSB keeps it asserted."),
 40: ([], "Uganda withdrawing its last troops from Bunia (Congo) on Tuesday, 2003-05-06, is RETREAT withdraw; all fields are right."),
 41: (['type', 'target'], "The cabinet approving an emergency decree with powers to detain, censor and tap phones is imposing emergency rule: it should be COERCE (CAMEO 1724), not SUPPORT. Its target should be the separatist insurgents of the Muslim-majority south (THA). Source and Friday date (2005-07-15) are right."),
 42: (['target'], "Niger signing a peace accord in April 1995 is a right SUPPORT (sign agreement), but the target should be Niger's Tuareg rebels (NER), not MLI."),
 43: ([], "Bush arriving in Abu Dhabi is a CONSULT visit with the UAE as host, reported as this news with no date of its own, so the document date is right."),
 44: ([], "Opposition politicians (LBR) and human rights groups accusing Taylor of exaggerating the threat is an ACCUSE, reported as this news on the document date; all fields are right."),
 45: ([], "Kuala Lumpur (Malaysia) rejecting the Thai officials' charge is a REJECT of a standing, present-tense position, so the document date is right."),
 46: ([], "Iran's foreign ministry dismissing Bush's speech is a REJECT on the day reported. 'The speech' is an act, not a party, so the empty target is acceptable by the conventions (a coder might add the USA)."),
 47: (['spurious'], "Duplicate: the same sentence's meeting between Barak and Ben Yahia is already coded (e2 'meeting'). The hosting by Christopher is the same meeting (PLOVER CONSULT third-party), not a second act."),
 48: ([], "Mehlis, described as a German prosecutor leading the UN team, asking Lebanon's state prosecutor (LBN) for arrest warrants is a REQUEST around the Tuesday detentions, 2005-08-30. All fields are acceptable."),
 49: (['date', 'modality'], "The army killing civilians is an ASSAULT, but it is stated only in the rights groups' 'charges the military denies', so modality should be reported. It took place in the offensive launched last month, so the date should be 2004-09 (or none), not the document date."),
 50: (['target'], "Turabi refusing to accept Bashir's decision is right as AGREE negated (or REJECT). But 'it' is Bashir's suspension decree, so the target should be Omar al-Bashir (SDN), or the ruling National Congress (SDN), not a 'Congress party' coded IND."),
}

items = [json.loads(l) for l in open(here + 'events-a-items.jsonl')]
assert len(items) == 50 and set(J) == set(range(1, 51))
out = []
for it in items:
    wrong, reason = J[it['n']]
    if 'spurious' in wrong:
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it)
    o['verdict'] = v
    o['reasons'] = reason
    out.append(o)
with open(here + 'events-a.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print(counts)
