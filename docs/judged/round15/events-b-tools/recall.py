# Recall on the 12 story first paragraphs (coder's list; judged by hand, see events-b.md)
P = [
 ("ngec-3650", ["COERCE arrest: Italian police arrested 20+ people"], 1, 0, 0, "the stabbing by a boyfriend is a private crime, not coded"),
 ("ngec-3253", ["COERCE (censor/ban, future): Norway's government would ban NRK from covering climate change"], 1, 0, 0, "the 'outcry' has no actor, not coded"),
 ("ngec-1290", [], 0, 0, 0, "'taking aggressive action to protect its borders' is too vague to code (a MOBILIZE at most); 'threatening Finnish interests' is an effect, not a THREATEN"),
 ("ngec-0956", ["COERCE arrest: government jailed activists last year", "ACCUSE: activists criticized the elections", "THREATEN (arrest): government requested the arrest of reporters unless they divulge information"], 0, 0, 0, ""),
 ("ngec-3764", ["SUPPORT: Kyrgyzstan praised Moldova"], 1, 0, 0, "Moldova's parliament taking up a draft law is domestic legislation, not coded; dateline's source has no country code"),
 ("ngec-0771", ["COERCE censor: Barbados' new law sharply limits media freedoms"], 0, 0, 0, "'could pave the way for greater censorship' is hypothetical, not coded"),
 ("ngec-0321", ["RETREAT withdraw: UK withdrew from Nunavut (announced by Canada)"], 0, 0, 0, ""),
 ("ngec-3927", ["ASSAULT destroy: mob broke into a school and torched classrooms", "ASSAULT (or PROTEST riot): mob threw rocks and bottles at security forces"], 1, 0, 0, ""),
 ("ngec-3199", ["REJECT: asylum seeker denied asylum in Hungary", "COERCE: held under armed guard in an airport hangar"], 0, 0, 0, "'returned to Greece from Libya' not clearly a deportation, not coded"),
 ("ngec-0226", [], 0, 0, 0, "the 'paragraph' is a line of two country names, no act"),
 ("ngec-4117", ["CONCEDE/RETREAT: opposition coalition approved a two-day suspension of protests", "PROTEST: demonstrations over the PM appointment"], 0, 0, 1, "dateline coded the suspension as SUPPORT with source 'Kuwait' (a real act, wrong type: not spurious)"),
 ("ngec-0119", ["SANCTION convict: Grybauskaite sentenced Ryviciene to two years"], 1, 0, 0, ""),
]
# (doc, coder events, found with right type, dateline spurious, dateline real-but-wrong-type, note)
