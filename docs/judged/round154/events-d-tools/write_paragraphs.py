# Writes paragraphs-d-verdicts.jsonl (recall on story first paragraphs).
import json
P = {
 'h55-x213-18': dict(coder_events=[
     "AGREE: Aleksandar Vucic, president of Serbia (SRB) <-> Hashim Thaci, president of Kosovo (XKX), spoke openly of border changes as part of a deal to normalise relations (willingness to settle), 2018-08-25"],
     found=0, spurious=0,
     notes="The two presidents' public openness to a border deal is an expression of intent to settle (AGREE, CAMEO 037); a coder might instead code their joint panel appearance as CONSULT. The critics' alarm is a reaction, not a coded act. Dateline has no event in the paragraph."),
 'h55-x213-23': dict(coder_events=[
     "ASSAULT: Russia (RUS) -> United States (USA), Su-27 struck the propeller of a U.S. MQ-9 drone over the Black Sea, 2023-03-14",
     "ASSAULT: Russia (RUS) -> Ukraine (UKR), background: Russia invaded Ukraine, no date in the text"],
     found=1, spurious=0,
     notes="Dateline's e1 (ASSAULT Russia -> USA, 2023-03-14, reported by the U.S. military) is right in all fields. 'Forcing American operators to bring it down' is part of the same act. The background invasion in the subordinate clause is missed."),
 'h55-x214-06': dict(coder_events=[],
     found=0, spurious=0,
     notes="A Knesset presidential election (Katsav elected, defeat for Peres, blow to Barak) is no PLOVER act between political actors; nothing to code and dateline codes nothing."),
 'h55-x214-09': dict(coder_events=[
     "ASSAULT: unknown bombers (no code) -> Marwan Hamadeh, Lebanese lawmaker (LBN), car bomb in Beirut seriously wounded him, 2004-10-01",
     "RETREAT: Marwan Hamadeh (LBN) resigned from the cabinet in protest at Syria's role in extending the president's term, 2004-09"],
     found=0, spurious=0,
     notes="Dateline finds neither the car bombing (the story's main event) nor the protest resignation in the first paragraph."),
 'h55-x216-06': dict(coder_events=[
     "SUPPORT: United States (USA) <-> Vietnam (VNM), signed a trade agreement in Washington, 2000-07-13"],
     found=1, spurious=0,
     notes="Dateline's e1 (SUPPORT sign agreement, mutual USA/VNM, 2000-07-13) is right. Hanoi's commitment to open its markets is the content of the signed agreement, not a separate act."),
 'h55-x215-11': dict(coder_events=[],
     found=0, spurious=0,
     notes="Mauritania's parliament voting to criminalise slavery is domestic legislation with no PLOVER act between actors; rights groups' view is background. Nothing to code; dateline codes nothing."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        o = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
             'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
