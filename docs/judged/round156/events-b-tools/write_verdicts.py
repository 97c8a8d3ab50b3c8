# judge b, round 156: verdicts written by hand below; this script attaches them to the items
# and checks the output (45 lines, order, all == and of six, spurious false everywhere).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (wrong fields, reasons)  -- 'SPURIOUS' marks event false
V = {
 1: (['date'], "Malan's denial that he ever ordered killings is a negated REQUEST (order) by Malan (ZAF) with no target; but the denied order would belong to the 1980s (the 1987 massacre), not the day of the report, so the date should be none (unknown), not the document date 1995-11-02."),
 2: (['date'], "Pakistan air force (PAK) shooting down Indian jets (IND) is ASSAULT, asserted with Pakistan as reporter (attribution 'Pakistan says'; borderline claim, but no accusation verb). The text places it in this month's four-day fighting (May 7-10, 2025), so the date should be 2025-05, not unknown."),
 3: (['target'], "SUPPORT by human rights groups (no country) is right, but what they welcomed is the Guinean trial, and the Guinean authorities are named in the same sentence: the target should be Guinea's authorities/judiciary (GIN), not empty."),
 4: (['source', 'date'], "COERCE ban on Dzhemilev (UKR) is right, but the sentence names Moscow as the one whose ruling it is: source should be Russia (RUS); and he was told 'last month', so the date should be 2014-04, not the document date 2014-05-04."),
 5: ([], "The government-backed mob (MMR; name truncated to 'backed mob' but the right party) attacked Suu Kyi's motorcade on 2003-05-30: ASSAULT, all fields right."),
 6: ([], "Serraj (LBY) declared a state of emergency on Sunday 2018-09-02: COERCE (state of emergency), no target; all right."),
 7: ([], "Background act: King Sobhuza II (SWZ) banned political parties (SWZ) by decree in 1973: COERCE ban, date 1973; all right."),
 8: ([], "Georgia's interior ministry (GEO) opened an investigation into the abduction (perpetrators unknown, empty target right): ACCUSE investigate, reported as this news, document date right."),
 9: ([], "Washington (USA) has for months urged Saudi Arabia, Kuwait and other Gulf states: REQUEST, ongoing, so the document date is right; all right."),
 10: ([], "Japan (JPN) lodged a protest with South Korea (KOR) on Friday 2018-12-21: ACCUSE (official complaint); all right."),
 11: (['date'], "Abbas (PSE) plans to ask the UN General Assembly: future REQUEST, right; but the text dates it two days after the Tuesday 2012-11-27 exhumation, so the date should be 2012-11-29, not unknown."),
 12: (['target'], "White House (USA) calling the Cuban court's sentence an injustice is ACCUSE, but Cuba, whose court passed the sentence, is named in the same sentence: target should be Cuba (CUB), not empty."),
 13: (['target'], "Algeria (DZA) urging a return to the stalled U.N. referendum plan is REQUEST, but the UN is only the plan's owner, not the party urged; the sentence names no addressee (in context Morocco), so the target should be empty, not the United Nations."),
 14: ([], "Background conviction: Bemba (COD) sentenced in 2016; the trial chamber is not named in the sentence, so empty source is right; all right."),
 15: ([], "Gross (USA) arrested in December 2009 (arresting party not named in the sentence): COERCE arrest, date 2009-12; all right."),
 16: (['target'], "COERCE arrest dated Feb. 19 (from the preceding sentence) is right, but the man arrested is one of the suspected Mossad agents: his code should be ISR (or empty), not CHE."),
 17: (['date'], "Gaddafi's killing (ASSAULT, killer not named) is right, but it happened three days before Sunday 2011-10-23: date should be 2011-10-20."),
 18: ([], "The Saudi cabinet (SAU) approved the Vision 2030 plan: SUPPORT (approve policy); the plan is the government's own, so an empty target is acceptable; approval reported with Monday's launch, date right."),
 19: (['target', 'date'], "The killing of the 31 political prisoners is ASSAULT (killers not named, empty source right), but the target should be the political prisoners (ARG), not the prosecutors who reported it; and the text dates it to the months after the March 1976 coup, so the date should be 1976, not unknown."),
 20: (['source'], "Videla's 1985 life sentence (SANCTION convict, target ARG, date 1985) is right, but Menem pardoned him and did not sentence him: the source should be empty (the court of the juntas trial is not named), not Carlos Menem."),
 21: ([], "Pakistan's foreign ministry (PAK) condemned the bombings by unnamed attackers: ACCUSE, empty target right, document date right."),
 22: ([], "Senegal's special court (SEN) sentenced Karim Wade (SEN) on Monday 2015-03-23: SANCTION convict; all right."),
 23: ([], "Moldova (MDA) demanded that Russia (RUS) explain the killing, Tuesday 2012-01-03: REQUEST; all right."),
 24: ([], "Turkish state security court (TUR) sentenced Erdogan (TUR) on Tuesday 1998-04-21: SANCTION convict; all right."),
 25: (['source', 'target'], "Ongoing farmers' protests spreading to France and Belgium are PROTEST (document date right for an ongoing act), but the farmers are Polish/EU farmers (POL, or FRA/BEL for those abroad), not UKR, and the protests aim at EU rules ('forcing Brussels'), so the target should be the European Union (or empty), not Ukraine."),
 26: ([], "Britain (GBR) refused to back the EU treaty changes on Friday 2011-12-09: REJECT toward the EU; all right."),
 27: ([], "A total of journalists (LKA) killed since 2006 is ASSAULT with no date, as the conventions require for a span summed from an earlier time; all right."),
 28: (['date'], "The Turkish military (TUR) pressing Erbakan's government (TUR) is REQUEST, but it is a background act before his resignation 'last June' (1997): the date should be 1997 (before 1997-06), not the document date 1998-04-22."),
 29: ([], "A gunman (country not given) shot dead Shirazi, one of Iran's senior commanders (IRN), on Saturday 1999-04-10: ASSAULT firearms; all right."),
 30: ([], "Argentine court (ARG) sentenced Videla (ARG) on Wednesday 2010-12-22: SANCTION convict; all right."),
 31: (['target', 'date'], "Syria's government (SYR) denouncing the bombing is ACCUSE, but the act it denounces is the bomb attack by unknown attackers, and Lebanon is the victim: target should be empty, not Lebanon; the date should be 2004-10-01 (reaction to Friday's attack), not 2004-09-02, a date from the Security Council sentence."),
 32: ([], "Rabat (MAR) calling Algeria's accusations absurd is ACCUSE disapprove (a coder might also code REJECT). Algeria is not named in the sentence, so an empty target is right by the rules (I would code DZA), and the undated present-perfect stance takes the document date."),
 33: ([], "The commission's finding that at least 156 people (GIN) were killed in the 2009-09-28 massacre: ASSAULT, troops not named in the sentence, asserted with attribution; all right."),
 34: ('SPURIOUS', "'No one was killed' in the mall fire reports an absence of casualties, not an act between actors; the attack is the arson coded elsewhere. Spurious."),
 35: (['target', 'date'], "Somare (PNG) calling the Brisbane airport shoe incident a national insult is ACCUSE, but it is aimed at Australia (one of 'the two governments' in the sentence): target should be Australia (AUS); and it happened in March, so the date should be 2005-03, not the document date."),
 36: (['source'], "REJECT of Chile's (CHL) objection in 2015 is right, but 'the court' is the International Court of Justice (an international body, no country code), not a Bolivian court (BOL)."),
 37: ([], "Rights lawyers (no country) welcomed the transfers: SUPPORT; the moves are several parties' (Palau, Bermuda) and none is named in the sentence, so an empty target is right; document date right."),
 38: ([], "France (FRA; its foreign ministry as reporter) condemns the execution: ACCUSE on 2020-12-12. 'it' refers to the execution, not a party, and Iran is not named in the sentence, so an empty target is right by the rules (I would code IRN)."),
 39: (['source', 'target'], "Khoei calling on Shi'ites to cooperate with the coalition is REQUEST, but Khoei is an Iraqi cleric (IRQ), not USA; and the target should be the Shi'ites (IRQ), not U.S. forces, who only flew him in; week 14 ('a week ago') is an acceptable timing."),
 40: (['date'], "The bodyguard (LBN) killed in the car bomb is ASSAULT with unknown attackers, but the attack was on Friday 2004-10-01, not 2004-09."),
 41: (['date'], "Iranian authorities (IRN) accusing Zam (IRN; name garbled as 'Zam ran Amadnews' but the right person) is ACCUSE allege, but it is a background act before his conviction: the date should be none (before 2020), not the document date 2020-12-12."),
 42: ([], "Rights groups incl. Amnesty (no country) have criticised Senegal's special court (SEN): ACCUSE; present-perfect, continuing criticism takes the document date; all right."),
 43: (['type', 'target'], "Suriname's navy (SUR) ordering the rig away in June 2000, which the tribunal calls a threat of force, is THREATEN (CAMEO 138), not SANCTION expel (for expelling from a country or group); and the target should be CGX Energy, the rig's operator named in the sentence (Canadian rig), not empty."),
 44: ([], "Ratsirahonana (MDG) pledged to keep talks going with the IMF and World Bank: AGREE, asserted, on 1996-09-05; all right."),
 45: (['target'], "The conviction in 'if he was convicted' is a hypothetical SANCTION (court not named, no date, both right), but 'he' is Karim Wade (SEN), the son, not Abdoulaye Wade who gave the warning."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 45 and [i['n'] for i in items] == list(range(1, 46))
out = []
for it in items:
    wrong, reason = V[it['n']]
    if wrong == 'SPURIOUS':
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open('events-b.jsonl', 'w') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
# checks
back = [json.loads(l) for l in open('events-b.jsonl')]
assert len(back) == 45
for o, it in zip(back, items):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
    assert {k: o[k] for k in it} == it
counts = {f: sum(o['verdict'][f] for o in back) for f in F + ['all']}
print(counts)
