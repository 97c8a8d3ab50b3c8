"""Write events-d.jsonl from the judge's verdicts below (fields not listed as wrong are right)."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (wrong fields | 'spurious', reasons)
V = {
 1: ([], "Parliament's vote approving the cross-border motion is a codable approval (SUPPORT) by Turkish lawmakers; no party is named as target, date is the Thursday of the report."),
 2: ([], "The joint trip of Kaczynski and Saakashvili to the refugee camp is the visit (CONSULT, mutual); Sunday 2008-11-23 is the day of the same incident."),
 3: ('spurious', "'who are stationed in Freetown' describes a standing presence of Nigerian troops, not a mobilisation or deployment; the sentence's act is that they did not intervene. Spurious."),
 4: (['target'], "Arrest right and 'at the weekend' (12-13 Oct 2019) right, but 'its leaders' are leaders of Guinea's opposition National Front for the Defence of the Constitution: target should be those leaders (GIN), not FRA."),
 5: ([], "AU and France condemned the coup attempt (ACCUSE); the plotters are not named in the sentence, so an empty target is right."),
 6: ('spurious', "'About 2,000 Russian troops are stationed there' is a standing presence, not a MOBILIZE act (and the Soviet Union/OSCE targets are wrong); the sentence's codable act is Moscow's 1999 pledge to remove the ammunition. Spurious."),
 7: ([], "Hamas rejected the Wye accord (REJECT); Israel, the accord's party named in the sentence, is an acceptable target; document date for a reaction reported as news."),
 8: (['source'], "The servicemen were killed 'in exchanges of fire with separatist forces', named in the sentence: source should be the South Ossetian separatist forces, not empty. A total summed over 'this month' takes no date, so the empty date is right."),
 9: (['source'], "'Brussels' here is the European Union (candidate for EU membership), not the Belgian government: source should be the EU (IGO)."),
 10: ([], "US urged Azerbaijan's government to investigate complaints (REQUEST); all fields right."),
 11: (['source'], "The two gunmen were killed by the 'Security men' who returned fire, named in the same sentence: source should be the security men (country not given), not empty."),
 12: (['target'], "'accusing him' refers to General Rookmangud Katawal, the dismissed army chief: target should be Katawal (NPL military), not Prachanda."),
 13: (['date'], "The accusation is background to the 10 Oct kidnapping (made some time after the 5 Oct raid); it should carry no date (or a span after 2013-10-05), not the document date. Zeidan for 'Zeidan's government' accepted."),
 14: (['source'], "'The rebels' are the Rwandan-backed RCD-Goma rebel movement in Congo named in the previous sentence: source should be RCD-Goma with country COD, not an empty code."),
 15: ([], "Obama and Castro pledged to keep working to end hostility: AGREE, mutual, Saturday 2015-04-11; right."),
 16: ([], "NATO's communique called on Russia to reverse its recognition (REQUEST NATO -> Russia); undated in text, document date accepted."),
 17: ([], "Killing of a supporter at Khan's march on Thursday 2022-11-03; the gunman is not in the sentence, so empty source is right."),
 18: ([], "Zajedno leaders hailed the OSCE findings (SUPPORT); the mission is not named in the sentence, empty target accepted."),
 19: (['source', 'target', 'modality'], "The financing is an act inside the security council's charge: source should be the 'sources linked to Russia' (RUS), target the three channels (UKR), modality reported (Kozak's denial does not negate the claim). A coder could equally code the statement as ACCUSE by the council."),
 20: (['source'], "The opposition politicians who accused Blair are British ('criticism at home'): source code should be GBR, not empty."),
 21: (['target'], "Sudan condemned the attack on Mubarak: the condemnation is aimed at the attack/attackers, not at Mubarak; target should be empty (the gunmen are not named in the sentence)."),
 22: (['date'], "The death came in the dormitory raid 'before dawn on Friday': date should be 1999-07-09, not Thursday 1999-07-08."),
 23: ([], "Fatah and Hamas signed the reconciliation deal in Cairo on Thursday 2017-10-12 (SUPPORT, sign agreement, mutual); right."),
 24: ([], "'Georgia will never give up South Ossetia' is a refusal to concede, coded as CONCEDE negated (the conventions' 'refused to withdraw' pattern); undated future vow, right."),
 25: (['source', 'target'], "Signing of the Abidjan peace accord (SUPPORT, November 1996) right, but Kabbah is Sierra Leone's president (SLE, not empty) and the RUF is a Sierra Leonean rebel group (SLE, not CIV)."),
 26: ([], "Declaration of martial law in Aceh 'last year' = 2003 (COERCE martial law); declarer not named in the sentence, empty source right."),
 27: (['target'], "The student protests answered the authorities' acts (court closing Salam, press bill): by the crowd-protest rule the target should be the Iranian state (IRN), not empty. Source empty accepted (no party named)."),
 28: (['source'], "Ulufa'alu's forced resignation in 2000 is a RETREAT resign, but he was Prime Minister of the Solomon Islands: country should be SLB, not AUS."),
 29: (['date'], "The text gives Rugova's appeal no date; Sunday comes from the journalists' visit in the previous sentence. Date should be the document date 1998-03-09."),
 30: (['target'], "'granted him asylum' refers to Edmundo Gonzalez: target should be Gonzalez (VEN), not Albares, the speaker."),
 31: ([], "Mutinous soldiers' armed seizure of power in Sierra Leone on Sunday 1997-05-25 is an ASSAULT (coup); right."),
 32: ([], "US insisted on a small first round (REQUEST/demand); allies not named in the sentence; an undated background act with no date is right."),
 33: (['type', 'source'], "The act is a suspension of patrols, a withdrawal of UNOMIG's observers from the area (RETREAT), not MOBILIZE; source should be the UN mission UNOMIG (IGO), not a GEO mission spokesman."),
 34: ([], "US deplored the separatist polls (ACCUSE); the separatists are not named in the sentence, empty target right."),
 35: ([], "Philippine police arrested Arroyo on Friday 2011-11-18; right."),
 36: (['target', 'date'], "Barzani's mediation (CONSULT) was between Iraq's main Shi'ite, Sunni and Kurdish factions (IRQ), not the United States; date should be Wednesday 2010-11-10, when the deal was reached."),
 37: (['target'], "The curfew was imposed on parts of Quetta; Balochistan's (provincial) government is not the party acted on: target should be empty (or Quetta's residents, PAK)."),
 38: (['source'], "Raja Pervez Ashraf is Pakistan's Prime Minister: country should be PAK, not empty."),
 39: ([], "Tunisian police arrested Ghannouchi on Monday evening 2023-04-17; right."),
 40: (['type'], "Telling a foreign ambassador not to return is a diplomatic expulsion/downgrade: type should be SANCTION (expel), not REQUEST. Other fields right."),
 41: (['target'], "Hillary Clinton called North Korea's charges baseless; Pyongyang, which brought them, is named in the same sentence: target should be North Korea (PRK). Undated 'earlier' act with no date is right."),
 42: ([], "Abbas said he expected to visit Gaza within a month: future CONSULT visit, Palestinian territory as host accepted, undated."),
 43: (['type', 'source', 'modality'], "The act is China postponing Chi Haotian's visit: SANCTION by China (CHN) against the US; the visit was not made, so an asserted CONSULT visit with source Chi Haotian coded USA is wrong in type, source and modality. Target US right."),
 44: (['source'], "The opposition parties are Turkish (next sentence names the main opposition Republican People's Party): source code should be TUR, not empty."),
 45: (['date'], "Tarique Rahman was sentenced in the same Thursday verdict: date should be 2018-02-08, not unknown."),
 46: ([], "Johnson-Sirleaf did not call for the result to be overturned: REQUEST negated, document date; right."),
 47: ([], "Obama urged Vietnam to press ahead with TPP reforms (REQUEST) during the visit reported on 2016-05-23; right."),
 48: (['target'], "Parvanov pardoned 'them', the five Bulgarian nurses and the Palestinian-born doctor: target should be the six medics (BGR), not Libya."),
 49: (['type', 'target'], "Supporters cheering Nasheed's victory is a celebration/support rally, not a protest: type should be SUPPORT toward Nasheed (MDV) or no event; target Maldives wrong (Nasheed or empty)."),
 50: ([], "Xi and Abe held their first formal talks on Monday 2014-11-10: CONSULT, mutual; right."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, why = V[it['n']]
        if wrong == 'spurious':
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = why
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
counts = {f: 0 for f in F + ['all']}
for l in open('events-d.jsonl'):
    r = json.loads(l)
    for f in counts: counts[f] += r['verdict'][f]
print(counts)
