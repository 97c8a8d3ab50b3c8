"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's hand verdicts (round 92).
Fields not listed as wrong are right; SPURIOUS items are false in every field."""
import json

HERE = '/work/wt/j92b/docs/judged/round92/'
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
SPURIOUS = 'SPURIOUS'

# n -> (trigger check, wrong fields (or SPURIOUS), reasons)
V = {
 1: ('accusing', [], "Right: Dodon (MDA) accuses the Moldovan authorities (MDA) of abusing state power; undated statement reported as this news takes the document date (Monday 2025-09-29)."),
 2: ('conceded', [], "Right: Collins (NZL) conceding defeat is CONCEDE, no party named as target; no date in the text, so the document date is right by the rules (the concession was probably on election night, Saturday)."),
 3: ('leave', ['date'], "SANCTION (withdraw from ECOWAS) by Mali, future, is right; but the text dates the act, the announcement, to January, so the date should be 2024-01, not unknown."),
 4: ('recognise', [], "Serbia's non-recognition of Kosovo is a standing policy; coded as a negated SUPPORT (recognition, CAMEO 054) going on when the story is told, so the document date is right. Right by the rules (I would hesitate to code a standing policy at all)."),
 5: ('barred', ['date'], "COERCE on two small Moldovan parties, no agent named (empty source right); but the bar came 'shortly before polling day' (before Sunday 2025-09-28), a background act given the document date: the date should be none (undated, September 2025 at most)."),
 6: ('patrolled', [], "Right: NATO-led peace force troops patrolling on election day is MOBILIZE (show of force), source the troops of the NATO force, no target party; Saturday 1996-09-14 is the election day."),
 7: ('raid', ['source'], "ASSAULT on Thamilselvan, the Tigers' political wing chief (LKA), in November 2007 is right; but the sentence names the agent, 'an air force raid': source should be the Sri Lankan air force (LKA), not empty."),
 8: ('killed', [], "Right: ASSAULT with no perpetrator named, target the 10 people (PHL) killed in election-day violence; the text gives no date for election day, so the document date is right by the rules."),
 9: ('dismissed', ['type'], "Dismissing Iraq's referendum 'as meaningless' is criticism, ACCUSE (disapprove), not a REJECT of a proposal or request; source US State Department and empty target ('the exercise' is no party) are right."),
 10: ('patrols', ['source'], "Ongoing patrols of the zone are an act going on when the story is told (MOBILIZE, document date), but the party is UNMEE, a U.N. mission: its code should be the U.N. (IGO) or empty, not ERI/GOV (Eritrean government)."),
 11: ('visit', ['date'], "Modi's visit to Nepal (CONSULT visit, IND -> NPL) is right, but 1997 is the year of the previous visit ('since 1997'); the date should be 2014-08-03, the Sunday of this visit."),
 12: ('denounced', [], "Right: human rights groups (country not given) denounce the charter, ACCUSE; 'the text' is not a party, so an empty target is right; statement reported as this news, document date."),
 13: ('warned', SPURIOUS, "Not an event: business leaders warning that unrest would hurt the garment industry is a prediction of economic harm, not a threat by them against anyone (no PLOVER type; CAMEO 012-like pessimistic comment)."),
 14: ('detained', [], "Right: Palestinian police (PSE) detained several people in Gaza (PSE); reported as this news, document date; distinct from the investigation event e5 in the same sentence."),
 15: ('called', ['date'], "Aghajari (IRN) calling for a reform of Shi'ite Islam is a REQUEST for change with no party addressed; but the call was made in a speech 'in June', so the date should be 2002-06, not the week of the sentence (2002-W45)."),
 16: ('assassinated', [], "Right: assassination of Benigno Aquino Jr. (PHL), perpetrator not named, dated 1983 as the text gives."),
 17: ('recalled', ['target'], "SANCTION by the United States (recalled its ambassador) in 2018 ('last year') is right; but the sentence names the party acted upon: target should be El Salvador (SLV), whose switch of recognition caused the recall, not empty."),
 18: ('warned', SPURIOUS, "Not an event: opposition politicians warning that a heavy-handed crackdown could deepen grievances is advice/prediction, not a threat (the same sentence's condemnation is already coded as e2 ACCUSE)."),
 19: ('announced', [], "Right: Hariri (LBN) announced his resignation on Wednesday 2004-10-20, RETREAT resign."),
 20: ('summoned', [], "Right: Algeria (DZA) summoning the French ambassador (FRA) is a diplomatic protest coded ACCUSE; Wednesday before the Sunday story is 2021-09-29."),
 21: ('agreed', [], "Right: EU partners (EU) agreed to open membership talks with Cyprus (CYP), AGREE; the text gives no date for the agreement (only that Greece held out until the spring), so unknown is right."),
 22: ('killed', [], "Right: ASSAULT with no perpetrator named in the sentence, target the 90 people killed in Ingushetia (RUS); the overnight raid reported on Tuesday takes the document date 2004-06-22."),
 23: ('blamed', [], "Right: Hamas (PSE) blamed Israel's Shin Bet (ISR), ACCUSE; reported as this news with no date, document date."),
 24: ('dismissed', [], "Right: Russia's Foreign Ministry (RUS) rejecting the accusations is REJECT; the accusers are not named in the sentence ('Western' campaign), so an empty target is right; document date."),
 25: ('urged', ['target'], "REQUEST (urged restraint) by the US embassy (USA), document date, is right; but the sentence names the addressees, 'all sides' of the Mongolian dispute: target should be the Mongolian parties/sides (MNG), not empty."),
 26: ('killed', ['target'], "ASSAULT, perpetrator not named, total of a past war with no date (unknown right); but the 70,000 dead of the 1998-2000 Ethiopia-Eritrea border war were on both sides: the target's code should be empty (or ETH and ERI), not ERI alone."),
 27: ('refused', ['type', 'source', 'date'], "The FPI spokesman says the Ivorian people stayed away from the poll: a boycott, PROTEST (boycott), not REJECT; source should be the Ivorian people/voters (CIV civilians), not the state Cote d'Ivoire; date should be 1995-10-22, Sunday's poll, not the document date."),
 28: ('seized', [], "Right: RSF (SDN) seizing the presidential palace is ASSAULT (armed seizure of ground, per CONVENTIONS); no party acted upon named; April 2023."),
 29: ('ordered', ['type', 'target'], "Netanyahu ordering a settlement-construction moratorium is a policy concession, CONCEDE (CAMEO 083), not a REQUEST; 'West Bank settlements' are not a party (and settlers would be ISR, not PSE): target should be empty. Source and 2009-11 right."),
 30: ('boycotted', [], "Right: Odinga (KEN) boycotted the repeat vote in October 2017, PROTEST boycott, no party target."),
 31: ('say', [], "Right: critics in Algeria (DZA) accusing Macron (FRA, 'he') of courting right-wing voters is ACCUSE; present-tense statement, document date."),
 32: ('sought', ['target', 'date'], "China (CHN) seeking WTO membership is a REQUEST, but 'the world trading system' refers to the WTO, so the target should be the WTO (no country code), not empty; an act going on for 13 years takes the document date 1999-04-09, not unknown."),
 33: ('signed', [], "Right: Gazprom (RUS) and the German companies (DEU) signing the pipeline deal is SUPPORT (sign agreement), mutual; Thursday 2005-09-08."),
 34: ('killed', ['source', 'target', 'date'], "The killings are of the Oct. 7 raid that 'he' (Sinwar) planned: source should be Sinwar/Hamas (PSE), not empty; the 1,200 killed were in Israel, target code should be ISR, not PSE; the text dates the attack Oct. 7 (2023-10-07), not unknown."),
 35: ('defended', [], "Right: hardline newspapers (IRN) defended the judge (IRN), SUPPORT; document date; distinct from the ACCUSE e7 in the same sentence."),
 36: ('rejected', [], "Right: Ulmanis (LVA) rejected attempts to make the protest an international incident, REJECT; Russia is not named in the sentence, so the empty target is right; document date."),
 37: ('calling', [], "Right: the Pope (VAT) calling on Cuba (CUB) to open up is a REQUEST on Wednesday 1998-01-21; distinct from the arrival event e1."),
 38: ('killed', [], "Right: ASSAULT, no perpetrator named, more than 60 people killed in South Africa's 2008 violence (ZAF by place), year 2008 as the text gives."),
 39: ('welcomed', ['type', 'target', 'date'], "Castro welcoming the pontiff at the airport is hosting a visit, CONSULT (CAMEO 043), not SUPPORT; target should be Pope John Paul II (VAT), not 'Jose Marti' (the airport's name); date should be 1998-01-21, the Wednesday of the arrival, not the document date."),
 40: ('visited', ['date'], "Medvedev's (RUS) visit to Washington (USA) is CONSULT visit, but it is a background act 'days' before the late-June arrests: date should be 2010-06, not the document date."),
 41: ('convicted', ['date'], "SANCTION convict of Estrada (PHL), no court named, is right; but 2001 is the year of his ouster and he was convicted 'later': the date should be none (unknown), not 2001."),
 42: ('resigned', [], "Right: Hadi (YEM) resigned on Jan. 22 (2015-01-22), RETREAT resign."),
 43: ('step', ['date', 'modality'], "Kenyatta (KEN) must step down at the end of his term: by CONVENTIONS ('is to step down' is future) a future RETREAT; modality should be future, not hypothetical (only 'could reshape' is hedged), and the text dates it to the 2022 election (2022), not unknown."),
 44: ('asking', SPURIOUS, "Not an event as coded: 'they are asking us to forget our children' is the woman's rhetorical criticism of the authorities' charter, not a request, and 'they' are the authorities, not human rights groups; the sentence's events are her ACCUSE and the small protest."),
 45: ('sentenced', [], "Right: an Azerbaijani court (AZE) sentenced Leyla Yunus (AZE) on Thursday 2015-08-13, SANCTION convict."),
 46: ('opened', [], "Right: Palestinian police (PSE) opened an investigation, ACCUSE investigate, no party target named; document date; distinct from the arrest e6."),
 47: ('opened', ['date'], "ICC prosecutor opening an examination of killings linked to Nkurunziza (BDI) is ACCUSE investigate; but the text dates it ('announced in April that she was examining'): date should be 2016-04, not unknown."),
 48: ('detained', ['source'], "COERCE arrest of the Greenpeace group on 2013-09-19 is right, but the full sentence ('... when Russian border guards ... seized the Arctic Sunrise') names the agent: source should be Russian border guards (RUS), not empty; dateline cut the sentence."),
}

items = [json.loads(l) for l in open(HERE + 'events-b-items.jsonl')]
assert len(items) == 48
with open(HERE + 'events-b.jsonl', 'w') as out:
    for it in items:
        trig, wrong, reasons = V[it['n']]
        assert trig == it['trigger'], (it['n'], trig, it['trigger'])
        if wrong == SPURIOUS:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v['all'] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')

P = [
 {"doc": "h23-x86-10", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only (Likud doubled its seats, Labour slumped); no act between political actors to code."},
 {"doc": "h23-x87-19", "coder_events": [
    "CONSULT: Uhuru Kenyatta (KEN) -> Raila Odinga (KEN), met and shook hands at the president's office in Nairobi, 2018-03-09",
    "AGREE: Uhuru Kenyatta (KEN) -> Raila Odinga (KEN) (mutual), promised to work together to heal divisions (truce), 2018-03-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the AGREE (mutual, right date); the meeting/handshake (CONSULT) was missed."},
 {"doc": "h23-x85-12", "coder_events": [
    "THREATEN: Dmitry Medvedev (RUS) -> United States (USA), said Russia would deploy Iskander missiles in Kaliningrad in response to the U.S. missile shield, 2008-11-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A counter-deployment announced in response to the U.S. plan; a coder could also code it MOBILIZE (weapons), future. dateline coded nothing in the paragraph."},
 {"doc": "h23-x85-10", "coder_events": [
    "SUPPORT: Gazprom (RUS) -> BASF and E.ON (DEU) (mutual), signed the Baltic pipeline deal, 2005-09-08",
    "CONSULT: Vladimir Putin (RUS) -> Gerhard Schroeder (DEU), Putin in Berlin with Schroeder at the signing ceremony, 2005-09-08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the signing (SUPPORT, mutual, right date); Putin's presence in Berlin with Schroeder (a visit/meeting) was not coded."},
 {"doc": "h23-x85-08", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only; no codable act."},
 {"doc": "h23-x86-19", "coder_events": [
    "COERCE: Bahrain (BHR) -> Sheikh Isa Qassim (BHR), revoked his citizenship, 2016-06-20 (announced by the interior ministry on Monday)",
    "THREATEN: Qassem Soleimani (IRN) -> Bahrain (BHR), warned the move could ignite an armed revolt, 2016-06-20/21 (no date in the paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both the revocation and Soleimani's warning were missed (dateline's events in this story come from later paragraphs)."},
]
with open(HERE + 'paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
