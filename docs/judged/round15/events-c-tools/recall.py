"""Judge c's recall counts on the 12 story first paragraphs (round 15)."""
# doc: (coder events listed, found with right type, dateline events in paragraph, spurious, note)
R = {
"ngec-3845": (0, 0, 0, 0, "EU 'declared the 1930s crisis resolved': no PLOVER act"),
"ngec-1114": (1, 0, 1, 1, "coder: ACCUSE (Sadao's disappointment over Bangladesh); dateline AGREE on 'promised to tax small traders' is no cooperation act: spurious"),
"ngec-3530": (1, 1, 1, 0, "REQUEST Britain+France -> Iraq found"),
"ngec-4383": (1, 0, 0, 0, "coder: CONCEDE/AGREE Jonathan intends to end import taxes on nine African nations; missed"),
"ngec-3949": (1, 1, 2, 1, "court ruling / negated bar found (SANCTION); 'ABA did not defend the ruling' SUPPORT-negated with source United States: spurious"),
"ngec-0874": (5, 0, 0, 0, "coder: AGREE China-Bhutan agreement, AGREE Bhutan's offer, CONSULT Beijing/Dhaka/Thimphu meeting, SUPPORT signing (future), AGREE joint statement to continue cooperation; none found"),
"ngec-0677": (1, 0, 1, 0, "coder: ASSAULT/MOBILIZE (future) Israel army in Gaza; dateline COOPERATE Netanyahu->Israeli army: wrong type"),
"ngec-3242": (1, 0, 0, 0, "coder: CONCEDE/AGREE dos Santos announcement to grant citizenship; missed"),
"ngec-1355": (2, 0, 0, 0, "coder: RETREAT ceasefire started (DPR/LPR <-> Ukraine), CONCEDE promise to withdraw forces; none found"),
"ngec-3311": (1, 0, 0, 0, "coder: CONCEDE rebel group made concessions for peace talks; missed"),
"ngec-2093": (3, 1, 1, 0, "coder: AGREE Bangladesh+Montserrat allow return (found), AGREE/AID promise to compensate, COERCE deport last year (background); 2 missed"),
"ngec-0705": (1, 1, 1, 0, "rebels seized N'Djamena: COERCE seize (CAMEO 192 occupy territory -> COERCE seize) found"),
}
t = [sum(v[i] for v in R.values()) for i in range(4)]
print("| doc | coder events | found (right type) | dateline events | spurious | note |\n|---|---|---|---|---|---|")
for d, v in R.items():
    print(f"| {d} | {v[0]} | {v[1]} | {v[2]} | {v[3]} | {v[4]} |")
print(f"| total | {t[0]} | {t[1]} ({100*t[1]/t[0]:.0f}%) | {t[2]} | {t[3]} ({100*t[3]/t[2]:.0f}%) | |")
