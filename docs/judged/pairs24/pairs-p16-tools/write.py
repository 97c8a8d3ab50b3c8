import json
def V(e,t,s,g,d,m): return dict(event=e,type=t,source=s,target=g,date=d,modality=m,all=all([e,t,s,g,d,m]))
F=False;T=True
rows=[
(1,V(T,T,F,F,T,T),V(T,T,F,F,T,T),"same","source: Popular Force party coded USA, not El Salvador; target Funes coded USA in both (Y adds the Pope, X adds Clinton too): target wrong in both; date/modality right"),
(2,V(T,T,F,F,T,T),V(T,T,F,T,T,T),"Y","target decides: protests across 'the country' (Egypt) aimed at its leader -> Egypt as target; X empty. Source Obama wrong in both (protesters are the source)"),
(3,V(T,T,T,T,T,F),V(T,T,T,F,T,F),"X","target: X Francis[VAT]; Y Francis with no country plus extra Vatican. Modality: 'said he would accept' is future, not hypothetical, in both"),
(4,V(T,T,T,F,T,F),V(T,T,F,F,T,F),"X","source country: pope VAT (X) vs MDA (Y). Both target EU instead of Moldova and Romania; warning itself is asserted, not hypothetical"),
(5,V(T,T,T,F,T,T),V(T,T,T,T,T,T),"Y","target: Chisinau hailed the rapprochement, not Francis (he approved it); Y empty target right; Friday=2023-06-09 right"),
(6,V(T,T,F,T,F,T),V(T,T,F,F,F,T),"X","target: protests in France against benefit cuts -> France (X) vs empty (Y). Both: source empty though 'hundreds of thousands of people' [FRA] named; date 06-11 taken from another act's 'Sunday' (should be doc date)"),
(7,V(F,F,F,F,F,F),V(F,F,F,F,F,F),"same","no event: 'the pope's retreat' is a residence (noun), spurious RETREAT in both; only source country differs"),
(8,V(T,T,T,T,T,F),V(T,T,T,F,T,F),"X","target country: Francis VAT (X) vs ITA (Y). Both asserted though 'arrived to meet' is a purpose/future meeting"),
(9,V(T,T,T,T,F,T),V(T,T,T,T,T,T),"Y","date: a total killed in the conflict has no date (CONVENTIONS); X gives document date"),
(10,V(T,T,F,T,F,T),V(T,T,F,F,F,T),"X","target country: Francis VAT (X) vs SUR (Y). Both: forum's country not given by text (SUR guessed); 'has worked since 2014' ongoing -> document date, null wrong"),
(11,V(T,T,F,F,T,T),V(T,T,F,F,T,T),"same","both merge 'Russian and Kazakh police' into one RUS source; target should be Kazakh police: X's Kazakhstan is the location/state, Y empty - both wrong (X closer in spirit, strict rule scores equal)"),
]
with open('pairs-p16.jsonl','w') as f:
    for n,x,y,b,r in rows: f.write(json.dumps(dict(n=n,X=x,Y=y,better=b,reasons=r))+"\n")
from collections import Counter
print(Counter(r[3] for r in rows), sum(r[1]['all'] for r in rows), sum(r[2]['all'] for r in rows))
