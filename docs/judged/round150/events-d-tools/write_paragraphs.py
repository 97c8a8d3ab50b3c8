"""Write paragraphs-d-verdicts.jsonl (recall on first paragraphs)."""
import json
HERE = '/work/wt/j150d/docs/judged/round150/'
P = {
 'h53-x208-24': (["CONSULT: Vladimir Putin (RUS) -> Mongolia (MNG), state visit / honour guard welcome in Ulaanbaatar, 2024-09-03",
                  "COERCE: International Criminal Court (ICC) -> Vladimir Putin (RUS), arrest warrant issued, 2023",
                  "REQUEST: Ukraine (UKR) and rights groups -> Mongolian government (MNG), calls to detain Putin, before 2024-09-03 (undated)",
                  "REJECT: Mongolian government (MNG) -> Ukraine (UKR) and rights groups, ignored the calls to detain Putin, 2024-09-03"],
                 2, 0, "Found the ICC warrant (COERCE) and the ignoring of the calls (REJECT, source 'host government' without the MNG code); missed the visit itself (CONSULT) and the calls (REQUEST)."),
 'h53-x206-09': (["CONCEDE: Dubai Ports World (ARE) -> U.S. Congress (USA), will transfer its U.S. port operations to an American entity, bowing to opposition, 2006-03-09 (announced Thursday)",
                  "ACCUSE: U.S. Congress (USA) -> Dubai Ports World (ARE), storm of opposition to the ports deal, before 2006-03-09 (undated)"],
                 0, 0, "No dateline event in the paragraph; the concession (could also be AGREE) is the story's main act and was missed. 'Threatened to hand Bush a defeat' is a risk, not a THREATEN act."),
 'h53-x206-08': (["RETREAT: Sultan Qaboos bin Said (OMN) -> 31 men (OMN), pardoned, 2005-06-09 (royal decree Thursday; report Friday 2005-06-10)",
                  "COERCE: Omani State Security Court (OMN) -> 31 men (OMN), jailed (sentenced; SANCTION convict also acceptable), 2005-05",
                  "ACCUSE: Omani authorities (OMN) -> banned organisation (OMN), accused of plotting to undermine the state, earlier (January 2005, undated in the paragraph)"],
                 2, 0, "Found the pardon (RETREAT release) and the jailing (COERCE arrest, no source: the court is not named in the paragraph); missed the accusation against the organisation."),
 'h53-x205-25': (["SUPPORT: European Union finance ministers (EU) -> Bulgaria (BGR), final approval to join the euro on 2026-01-01, 2025-07-08"],
                 1, 0, "The one act found with the right type, parties and date."),
 'h53-x205-06': (["SUPPORT: U.N. General Assembly (UN) -> Yugoslavia (YUG), admitted as a new member, 2000-11-01 (Wednesday)",
                  "PROTEST: Yugoslav protesters (YUG) -> Slobodan Milosevic (YUG), popular uprising that toppled him, 2000-10 (less than a month before)"],
                 0, 0, "No dateline event in the paragraph; both the admission and the uprising were missed."),
 'h53-x205-24': (["SUPPORT: U.N. General Assembly (UN) -> (none; Srebrenica victims/Bosnia), voted to designate July 11 a Srebrenica remembrance day, 2024-05-23",
                  "REQUEST: Serbia (SRB) and Bosnian Serb leaders (BIH) -> U.N. General Assembly members, fierce lobbying against the resolution, before 2024-05-23 (undated)",
                  "ACCUSE: Serbia (SRB) and Bosnian Serb leaders (BIH) -> the resolution's sponsors / U.N. General Assembly, said it would brand their nation guilty, before 2024-05-23 (undated)"],
                 0, 0, "No dateline event in the paragraph; the vote, the lobbying and the criticism were missed. The 1995 genocide is a named background event and is not listed as an act here."),
}
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
assert [p['doc'] for p in paras] == list(P)
tot = [0, 0, 0, 0]
with open(HERE + 'paragraphs-d-verdicts.jsonl', 'w') as fh:
    for p in paras:
        ev, found, spur, notes = P[p['doc']]
        o = {'doc': p['doc'], 'coder_events': ev, 'found': found, 'dateline_events': len(p['events']),
             'spurious': spur, 'notes': notes}
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
        tot = [tot[0] + len(ev), tot[1] + found, tot[2] + len(p['events']), tot[3] + spur]
print('coded acts, found, dateline events, spurious:', tot)
