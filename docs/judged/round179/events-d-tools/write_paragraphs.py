"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the six first paragraphs)."""
import json
P = {
 "h66-x259-07": (["SANCTION: U.N. Security Council (UNO) -> Angola (AGO), votes to end the MONUA peacekeeping mission (withdraw peacekeepers, CAMEO 1661), 1999-02-26"],
                 0, "The Council's vote to end its Angola mission is a withdrawal of peacekeepers; dateline coded nothing here. 'Conceding that the accord had collapsed' is no act."),
 "h66-x260-11": (["AGREE: Chen Shui-bian (TWN) -> China (CHN), pledges not to declare formal independence as long as China does not use force, 2000-05-20"],
                 1, "dateline's AGREE on 'pledged' is the right act and type; its target is empty though China is named in the pledge's condition. The swearing-in is no PLOVER event; 'China did not use force' is the pledge's hypothetical condition."),
 "h66-x258-21": (["SANCTION: Egyptian military court (EGY) -> 25 Muslim Brotherhood members incl. Khairat al-Shater (EGY), sentenced to up to 10 years, 2008-04-15",
                  "ACCUSE: rights groups (no code) -> Egyptian government (EGY), say the case shows its determination to crush its strongest opponent, 2008-04-15"],
                 1, "dateline found the sentencing (SANCTION convict, right); it missed the rights groups' criticism of the government."),
 "h66-x260-21": (["SANCTION: Mongolian parliament (MNG) -> Prime Minister Elbegdorj's coalition government (MNG), votes to dismiss it, 2006-01-13",
                  "SANCTION: Mongolian People's Revolutionary Party, the former ruling communists (MNG) -> the coalition (MNG), pull out of the alliance, 2006-01-11",
                  "PROTEST: angry protesters (MNG) -> MPRP (MNG), storm the party's headquarters in the capital, 2006-01-13"],
                 0, "dateline coded nothing in this paragraph. The storming is aimed at a party, not the authorities, so by the crowd-protest rule the target is the MPRP, not the state (a riot, PROTEST riot)."),
 "h66-x258-12": (["ACCUSE: United States (USA) -> Libya (LBY), objects to Libya's election as chair of the U.N. Commission on Human Rights, 2003-01-20",
                  "REQUEST: United States (USA) -> U.N. Commission on Human Rights (UNO), demands a secret ballot, 2003-01-20"],
                 0, "dateline coded nothing. Libya's election to the chair itself is not counted as a PLOVER act (a coder might code it SUPPORT, commission members -> Libya)."),
 "h66-x260-24": (["ASSAULT: police (MYS) -> crowds protesting (MYS), fire tear gas, 2009-02-06",
                  "PROTEST: crowds (MYS) -> Malaysian state/National Front government (MYS), protest what they call a stolen government, 2009-02-06",
                  "SANCTION: three opposition lawmakers (MYS) -> opposition alliance (MYS), defect (withdraw from the group), date not given (before 2009-02-06)"],
                 1, "dateline found the tear-gas ASSAULT (right type and parties); it missed the protest itself and the defection. The swearing-in is no PLOVER event."),
}
n_dl = {}
for l in open('paragraphs-d.jsonl'):
    d = json.loads(l); n_dl[d['doc']] = len(d['events'])
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for l in open('paragraphs-d.jsonl'):
        doc = json.loads(l)['doc']
        acts, found, notes = P[doc]
        out.write(json.dumps({"doc": doc, "coder_events": acts, "found": found,
                              "dateline_events": n_dl[doc], "spurious": 0, "notes": notes},
                             ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
print(len(rows), sum(len(r['coder_events']) for r in rows), sum(r['found'] for r in rows),
      sum(r['dateline_events'] for r in rows), sum(r['spurious'] for r in rows))
