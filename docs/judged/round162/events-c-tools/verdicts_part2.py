V = {
21: (0,0,0,0,0,0, "Duplicate: 'ordering the inspection of all cargo' is part of the sanctions resolution already coded from this sentence as e1 (imposed sanctions); as a REQUEST its target would be member states, not North Korea."),
22: (1,1,1,1,1,1, "Hungary (HUN) expelling two Ukrainian diplomats (UKR) on Friday 2025-05-09: SANCTION expel, asserted with Szijjarto as reporter; right."),
23: (1,0,1,1,1,0, "Paz (BOL) said he will seek to restore relations with the United States (USA): a statement of intent, AGREE (CAMEO 032), asserted; if coded as the act, SUPPORT would be future, not hypothetical. Undated 'has said' is right as unknown."),
24: (1,1,1,0,1,1, "Yilmaz (TUR) thanked the state on arrival, Saturday 2014-09-20: SUPPORT right; target should be the Turkish state (TUR), named in the sentence as 'the state', not empty."),
25: (1,1,1,1,1,1, "Toader (ROU) sought Kovesi's removal in February 2018: REQUEST (demand change in leadership) with Kovesi (ROU) as the official whose removal is sought; right."),
26: (1,1,1,1,0,1, "Students' demand for an election without Bouteflika: REQUEST student/protesters (DZA) -> Bouteflika (DZA) accepted; 'we asked' recounts the demand of the weeks of protest since 22 February, so the document date is wrong; it should be undated."),
27: (1,1,1,1,0,1, "Kim's trip to Russia: CONSULT visit PRK -> RUS right, but the trip is the current one (August 2011, meeting on 2011-08-24); 2002 is the date of his previous trip ('first since 2002')."),
28: (1,1,1,1,1,1, "U.S. (USA) backing for Henry (HTI): SUPPORT, ongoing as the story is told so the document date is accepted; the author's gloss, asserted."),
29: (1,1,1,1,0,1, "EPRDF (ETH) called on Eritrea (ERI) to abide by the ruling: REQUEST right; date should be Tuesday 2018-06-05, the day of the statement given in the lead, not unknown."),
30: (1,1,1,1,0,1, "Turkish officials (TUR) accused Abu Dhabi (ARE) of funding the 2016 coup attempt: ACCUSE right; a background act of earlier years given the document date; it should be undated (after July 2016)."),
}
