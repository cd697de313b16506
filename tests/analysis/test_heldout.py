"""The analyser against its targets on the project's labelled stance set.

The test split is held back: it is scored here and in `make eval`, and never used for tuning.
dev2 to dev170 are development splits written later (see tests/data/stance/README.md); dev3
has Swedish and English only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.analysis import score
from bot.analysis.metrics import binary_f1, macro_f1
from tests.analysis._topic import TOPIC

DATA = Path(__file__).resolve().parents[1] / "data" / "stance"
STANCE_TARGET = 0.85
RELEVANCE_TARGET = 0.95
# Below which a change is a regression, whatever the target. Measured with scorer vahti-1.1:
# dev 1.00 in every language, dev2 0.99-1.00, test fi 0.90, sv 0.85, en 0.84 (vahti-1.0 had
# test fi 0.75, sv 0.81, en 0.78, and dev2 fi 0.80, sv 0.77, en 0.80 before it was tuned on).
# vahti-1.1 scored dev3 unseen at sv 0.68, en 0.70; vahti-1.2, tuned on it, at sv 0.96, en 1.00.
# vahti-1.2 on test (one run, after tuning): fi 0.90, sv 0.88, en 0.84.
# vahti-1.2 scored dev4 unseen at fi 0.74, sv 0.76, en 0.61; vahti-1.3, tuned on it, at fi 0.97,
# sv 0.97, en 0.94, and on test (one run, after tuning): fi 0.90, sv 0.88, en 0.88.
# vahti-1.3 as it stood then scored dev5 unseen at fi 0.70, sv 0.59, en 0.71, and after tuning on
# it at fi 1.00, sv 0.97, en 0.96. After that tuning it scored dev6 unseen at fi 0.71, sv 0.72, en 0.67,
# and after tuning on dev6 at fi 0.97, sv 0.94, en 0.95. Then it scored dev7 (an ordinary month, not
# adversarial) unseen at fi 0.89, sv 0.77, en 0.79, and after tuning on it at about 0.98-1.00.
# vahti-1.3 as committed, on test (scored in this test file on every run; read once at the end of
# the session, no change made because of it): fi 0.90, sv 0.88, en 0.91.
# dev8 (another ordinary month, written blind) scored fi 0.79, sv 0.84, en 0.84 before tuning on it;
# dev9 (a season of posts from several kinds of accounts) fi 0.82, sv 0.80, en 0.73.
# dev10 (a winter quarter as the sources deliver it: press-release items, Mastodon, Bluesky and X
# posts) fi 0.90, sv 0.98, en 0.90, scored unseen by vahti-1.3 after its dev9 tuning; vahti-1.4,
# tuned on it, fi 1.00, sv 1.00, en 1.00.
# dev11 (a contested fortnight: a leaked memo, a critical newspaper piece, a council debate, replies
# arguing with each other) fi 0.79, sv 0.89, en 0.72, scored unseen by vahti-1.4 after its dev10 tuning;
# after tuning on it fi 0.92, sv 0.98, en 0.93.
# dev12 (the messy surface of phone-typed posts: lowercase, no diacritics, typos, code-switching,
# short replies and long mixed posts) fi 0.84 (relevance 0.98), sv 0.84, en 0.82, scored unseen by
# vahti-1.4 part-way through its dev11 tuning; after tuning on it fi 0.96, sv 0.98, en 0.98.
# dev13 (an ordinary spring, representative) fi 0.91, sv 0.87, en 0.85, scored unseen by vahti-1.4
# after its dev11 and dev12 tuning; after tuning on it fi 0.96, sv 0.98, en 0.92.
# dev14 (stance said indirectly, mostly without words of tone: chosen figures, promised against
# delivered, "we'll see", "noted", distancing, urging renegotiation) fi 0.61, sv 0.63, en 0.61, scored
# unseen by the same scorer: the hardest kind of post for a lexicon. After tuning on its idioms
# fi 0.70, sv 0.75, en 0.71; most of its posts need knowledge of the facts to read.
# dev15 (an ordinary autumn, representative) fi 0.85, sv 0.80, en 0.76, and dev16 (long posts and
# threads, the cooperation one strand among several) fi 0.71, sv 0.82, en 0.73, scored unseen by
# vahti-1.5 after its first fixes; after tuning on them dev15 fi 1.00, sv 0.98, en 0.97 and dev16
# fi 0.94, sv 1.00, en 0.93.
# dev17 (an ordinary winter) fi 0.87, sv 0.82, en 0.78 and dev18 (replies and conversations) fi 0.71,
# sv 0.75, en 0.75, scored unseen by vahti-1.5 part-way through its tuning; after tuning on them
# dev17 fi 0.90, sv 0.98, en 0.97 and dev18 fi 0.92, sv 0.91, en 0.97.
# dev19 (an ordinary early summer) fi 0.83, sv 0.80, en 0.70, scored unseen by vahti-1.5 after its
# dev15-dev18 tuning; after tuning on it fi 0.92, sv 0.98, en 0.92.
# dev20 (posts as the feeds deliver them, and mixed-language posts) fi 0.87, sv 0.86, en 0.78, scored
# unseen by vahti-1.5 after its dev15-dev19 tuning; after tuning on it fi 0.98, sv 0.98, en 0.95.
# dev21 (an ordinary late summer and autumn) fi 0.80, sv 0.85, en 0.73 and dev22 (a week of heated
# council debate on leaving) fi 0.68, sv 0.80, en 0.67, scored unseen by vahti-1.5 late in its tuning;
# after tuning on them dev21 fi 0.90, sv 0.91, en 0.86 and dev22 fi 0.81, sv 0.91, en 0.85.
# dev23 (an ordinary spring) fi 0.85, sv 0.96, en 0.88 and dev24 (the leaders' own voice and the
# reactions to it) fi 0.85, sv 0.77, en 0.69, scored unseen by vahti-1.5 after its dev21/dev22 tuning;
# after tuning on them dev23 fi 0.98, sv 1.00, en 0.98 and dev24 fi 0.96, sv 0.96, en 0.87.
# dev26 (short posts) fi 0.84, sv 0.84, en 0.77, scored unseen by vahti-1.6 after its dev23/dev24
# tuning; after tuning on it fi 1.00, sv 0.96, en 0.95.
# dev25 (an ordinary winter) fi 0.81, sv 0.86, en 0.78, scored unseen by vahti-1.6 after its dev23,
# dev24 and dev26 tuning; after tuning on it fi 0.93, sv 0.93, en 0.95.
# dev27 (an ordinary summer) fi 0.90, sv 0.91, en 0.90 and dev28 (the turn of the year: reviews,
# scorecards, mixed verdicts) fi 0.83, sv 0.82, en 0.66, scored unseen by vahti-1.6 as committed;
# vahti-1.7, tuned on them, dev27 fi 0.98, sv 0.98, en 0.98 and dev28 fi 0.98, sv 0.96, en 0.93.
# dev29 (an ordinary early spring) fi 0.88, sv 0.87, en 0.85 and dev30 (a contested month: a
# three-day outage of a shared e-service and a fee proposal) fi 0.77, sv 0.80, en 0.63, scored unseen
# by vahti-1.7 at 04d58e0; after tuning on them dev29 fi 0.96, sv 0.98, en 0.97 and dev30 fi 0.86,
# sv 0.91, en 0.92 (stance resting on comparisons with other partners is still missed).
# dev31 (an ordinary late autumn) fi 0.89, sv 0.85, en 0.80, scored unseen by vahti-1.7 at 61571e8, and
# dev32 (the cooperation seen from outside: staff, residents, journalists, in a colloquial register)
# fi 0.83, sv 0.74, en 0.78, scored unseen at a2b8322; after tuning on them dev31 fi 0.98, sv 0.93,
# en 0.92 and dev32 fi 0.94, sv 0.87, en 0.92.
# dev33 (an ordinary late winter) fi 0.94, sv 0.89, en 0.93, scored unseen by vahti-1.7 at 3a34c80, and
# dev34 (long posts, the cooperation one strand among several) fi 0.75, sv 0.71, en 0.74, scored
# unseen at c911fdc; after tuning on them dev33 fi 0.96, sv 1.00, en 1.00 and dev34 fi 0.85, sv 0.80,
# en 0.82 (long posts whose other strands carry their own tone are still the weakest kind).
# dev35 (an ordinary early summer) fi 0.80, sv 0.91, en 0.82, scored unseen by vahti-1.8 at fc63df0;
# dev36 (verdicts argued over several sentences) fi 0.71, sv 0.82, en 0.70 and dev37 (a month on the
# small platforms) fi 0.84, sv 0.85, en 0.80, both at 63791c2; dev38 (an ordinary early autumn) fi 0.94,
# sv 0.95, en 0.83 and dev40 (stance carried by comparisons and figures) fi 0.62, sv 0.71, en 0.67, both
# at 06ef03c; dev39 (long posts in officials' longer formats) fi 0.83, sv 0.71, en 0.77 at 507cbb2;
# dev41 (an ordinary deep winter) fi 0.86, sv 0.80, en 0.83 at 9a30a62; dev42 (the hardest everyday
# kinds mixed) fi 0.78, sv 0.61, en 0.75 at 53ed292. After tuning on them: dev35 0.90/0.98/0.98,
# dev36 0.88/0.91/0.90, dev37 0.90/0.98/0.95, dev38 0.96/1.00/0.93, dev39 0.92/0.93/0.93, dev40
# 0.85/0.96/0.93, dev41 0.88/0.93/0.95, dev42 0.86/0.91/0.88 (fi/sv/en). dev43 (an ordinary spring)
# fi 0.90, sv 0.88, en 0.90 scored unseen at ad6d93a; dev44 (a month of conversations) fi 0.88, sv 0.80,
# en 0.83 at 08501af; after tuning dev43 0.96/0.98/0.97 and dev44 0.94/0.87/0.95. vahti-1.8 on test,
# read once at the end of that session (misses never read, no change made because of it): fi 0.88,
# sv 0.91, en 0.94, unchanged. dev45 (an ordinary summer) fi 0.86, sv 0.86, en 0.83 and dev46 (an
# ordinary autumn month from all sources) fi 0.90, sv 0.87, en 0.86, both scored unseen at 82c3333;
# after a last round of tuning on them dev45 0.90/0.91/0.88 and dev46 0.94/0.89/0.90, and test read
# again, unchanged.
# vahti-1.9, read on dev47 to dev56, each scored unseen first (fi/sv/en): dev47 (an ordinary late
# autumn) 0.82/0.89/0.83, dev48 (voices around the officials) 0.84/0.86/0.85, dev49 (incidents)
# 0.84/0.88/0.81 and dev50 (an election spring) 0.73/0.88/0.79 at 121a046; dev51 (an ordinary winter)
# 0.90/0.86/0.86 and dev52 (a fortnight from every source) 0.88/0.95/0.76 at 26b1c1f; dev53 (an
# ordinary spring) 0.88/0.88/0.86, dev54 (a summer from every source) 0.90/0.95/0.91, dev55 (the
# hardest kinds) 0.76/0.88/0.77 and dev56 (understatement) 0.77/0.90/0.84 at f076acb; dev57 (an
# ordinary late autumn) 0.86/0.91/0.93 and dev58 (an ordinary January from every source)
# 0.92/0.91/0.85 scored unseen by vahti-1.9 as first committed (2d5abeb); dev59 (an ordinary spring)
# 0.88/0.91/0.88, dev60 (a summer from every source) 0.90/0.88/0.83, dev61 (conversations)
# 0.90/0.88/0.90 and dev62 (the people around the officials) 0.84/0.84/0.84 at 24752f3; dev63 (an
# ordinary autumn) 0.86/0.98/0.86 and dev64 (a November from every source) 0.94/0.86/0.90 at 4313f47.
# vahti-1.9 on test at 4313f47, read once (figures only, misses never read, no change made because
# of it): fi 0.90, sv 0.94, en 0.94, relevance 1.00. At the end of the session (cde7e9c): dev65 (an
# ordinary December) 0.94/0.93/0.86 and dev66 (a March from every source) 0.96/0.95/0.81 scored
# unseen; dev63 and dev64, still unread, 0.86/0.98/0.86 and 0.92/0.86/0.90; test unchanged. After a
# last round of tuning on dev63 to dev66: dev67 (an ordinary spring in the tenth year) 0.84/0.91/0.92
# and dev68 (a month from every source) 0.94/0.93/0.88 scored unseen at e70554b; test unchanged.
# After tuning on dev67 and dev68: dev69 (an ordinary summer) 0.94/0.95/0.95 and dev70 (an October
# from every source) 0.94/0.88/0.81 scored unseen at 727c5cf; test unchanged (0.90/0.94/0.94).
# vahti-1.10, read on dev69 and dev70 (72be120): dev71 (an ordinary winter in the eleventh year)
# 0.88/0.95/0.90 and dev72 (a February to April from every source) 0.92/0.89/0.88 scored unseen.
# After tuning on dev71 and dev72 (add5b20): dev73 (an ordinary May to July) 0.92/0.91/0.91 and dev74
# (an August to October from every source) 0.86/0.93/0.90 scored unseen.
# After tuning on dev73 and dev74 (dce46e0): dev75 (an ordinary November and December)
# 0.82/0.88/0.86 and dev76 (the people around the officials) 0.86/0.93/0.86 scored unseen.
# After tuning on dev75 and dev76 (f2360b2): dev77 (an ordinary January to March) 0.92/0.86/0.93 and
# dev78 (an April to June from every source) 0.96/0.93/0.91 scored unseen.
# After tuning on dev77 and dev78 (3d9cfe5): dev79 (an ordinary July to October) 0.92/0.95/0.91 and
# dev80 (a November from every source) 0.90/0.95/0.91 scored unseen.
# After tuning on dev79 and dev80 (3805973): dev81 (an ordinary December to February) 0.86/0.95/0.83
# and dev82 (the hardest everyday kinds, mixed) 0.67/0.74/0.78 scored unseen.
# vahti-1.11, in rounds of blind splits each scored before any tuning on it: dev83 (an ordinary
# spring) 0.84/0.89/0.81 at 58b00bf; dev84 (the hardest kinds) 0.81/0.73/0.72 at b3bae8d; dev86
# (conversations) 0.80/0.77/0.84 at fb89a9a; dev85 (an ordinary autumn) 0.87/0.81/0.84 at 7471708;
# dev87 (an ordinary winter) 0.84/0.75/0.72 and dev88 (the hardest kinds) 0.82/0.84/0.79 at 07881c2;
# dev89 (an ordinary summer) 0.92/0.82/0.75 and dev90 (the leaders' own voice) 0.76/0.86/0.91 at
# 72f3455; dev91 (an ordinary autumn) 0.82/0.91/0.86 and dev92 (stance said indirectly, the hardest
# kinds) 0.73/0.79/0.66 at 0765ee5; dev93 (an ordinary spring) 0.88/0.75/0.78 at 3b3d707 and dev94 (the
# hardest kinds) 0.82/0.77/0.75 at 860a1ca; dev95 (an autumn from every source) 0.86/0.84/0.86 and dev96
# (the hardest kinds, stance said indirectly) 0.82/0.80/0.68 at 1e96242; dev97 (an ordinary spring)
# 0.88/0.91/0.88 and dev98 (the hardest kinds) 0.74/0.73/0.71 at 73a62c8, the last two kept untuned.
# Test unchanged (0.90/0.94/0.94).
# vahti-1.12 as first committed (eb825a1), after tuning on dev98: dev99 (an ordinary winter)
# 0.96/0.98/0.93, dev100 (stance said indirectly) 0.86/0.91/0.82, dev101 (the leaders' own voice)
# 0.86/0.95/0.88 and dev102 (conversations) 0.86/0.84/0.85 scored unseen.
# After tuning on dev98 to dev102 (0a04ef3): dev103 (an ordinary winter from every source)
# 0.92/0.90/0.88 and dev104 (the hardest kinds) 0.84/0.83/0.79 scored unseen.
# After tuning on dev103 and dev104 (54e8e1d): dev105 (an ordinary summer) 0.94/0.88/0.86 and
# dev106 (stance said indirectly) 0.74/0.82/0.76 scored unseen.
# After tuning on dev105 and dev106 (8576b39): dev107 (an ordinary spring from every source)
# 0.92/0.98/0.82 and dev108 (the people around the officials) 0.86/0.85/0.82 scored unseen.
# After tuning on dev107 and dev108 (2818fc5): dev109 (an ordinary autumn) 0.90/0.88/0.88 and
# dev110 (the hardest kinds) 0.80/0.88/0.70 scored unseen.
# After tuning on dev109 and dev110 (bfae728): dev111 (an ordinary summer from every source)
# 0.84/0.93/0.93 and dev112 (the hardest kinds) 0.84/0.86/0.81 scored unseen.
# After tuning on dev111 and dev112 (301a057): dev113 (an ordinary winter) 0.86/0.91/0.88 and
# dev114 (conversations) 0.90/0.86/0.84 scored unseen.
# After tuning on dev113 and dev114 (0a2e655): dev115 (an ordinary summer and autumn from every
# source) 0.78/0.86/0.86 and dev116 (stance said indirectly) 0.80/0.79/0.77 scored unseen.
# After tuning on dev115 and dev116 (20c138c): dev117 (an ordinary spring from every source)
# 0.88/0.95/0.97 and dev118 (the hardest kinds) 0.78/0.91/0.87 scored unseen.
# After tuning on dev117 and dev118 (6033367): dev119 (an ordinary winter) 0.88/0.93/0.90 and
# dev120 (the leaders' own voice) 0.94/0.98/0.83 scored unseen.
# After tuning on dev119 and dev120 (4b1996b): dev121 (an ordinary summer and autumn from every
# source) 0.94/0.89/0.80 and dev122 (the hardest kinds) 0.81/0.86/0.82 scored unseen, the last two kept
# untuned.
# The floors of dev98 to dev120 sit at or just below their figures after tuning; those of dev121
# and dev122 at or below their first scores. Test unchanged in fi and sv (0.90/0.94), en 0.94 -> 0.97.
# vahti-1.13 as first committed (fa5a9ad), after tuning on dev121 and dev122: dev123 (an ordinary
# late winter and spring from every source) 0.98/0.90/0.89 and dev124 (stance said indirectly)
# 0.78/0.84/0.74 scored unseen.
# After tuning on dev123 and dev124 (803a896): dev125 (conversations) 0.88/0.93/0.91 and dev126 (the
# hardest kinds) 0.90/0.95/0.88 scored unseen.
# After tuning on dev125 and dev126 (7498124): dev127 (an ordinary summer from every source)
# 0.94/0.98/0.95 and dev128 (the leaders' own voice) 0.96/0.91/0.85 scored unseen.
# After tuning on dev127 and dev128 (85b159f): dev131 (the people around the officials)
# 0.96/0.86/0.91 and dev132 (stance said indirectly) 0.77/0.77/0.77 scored unseen.
# After tuning on dev131 and dev132 (e29643f): dev129 (an ordinary autumn from every source)
# 0.90/0.95/0.91 and dev130 (the hardest kinds) 0.84/0.91/0.76 scored unseen.
# After tuning on dev129 and dev130 (0753a07): dev133 (conversations) 0.98/0.89/0.88 and dev134 (the
# leaders' own voice) 0.87/0.89/0.86 scored unseen, then tuned on (28b0e25).
# After tuning on dev133 and dev134 (28b0e25): dev135 (stance said indirectly) 0.82/0.81/0.82 and
# dev138 (conversations) 0.83/0.86/0.78 scored unseen.
# After tuning on dev135 and dev138 (0dbf583): dev136 (an ordinary spring from every source)
# 0.96/0.93/0.85 and dev137 (the hardest kinds) 0.90/0.84/0.80 scored unseen.
# After tuning on dev136 and dev137 (c1e120c): dev139 (stance said indirectly, staff and experts)
# 0.73/0.70/0.67 and dev140 (the leaders' own voice) 0.89/0.93/0.95 scored unseen.
# After tuning on dev139 and dev140 (63faab3): dev142 (the hardest kinds) 0.82/0.74/0.76 and dev144
# (an ordinary summer from every source) 0.96/0.93/0.97 scored unseen.
# After tuning on dev142 and dev144 (f6cb735): dev141 (stance said indirectly, staff and experts)
# 0.90/0.81/0.85 and dev143 (the same, staff and journalists) 0.90/0.80/0.85 scored unseen, the last
# two kept untuned.
# The floors of dev121 to dev142 and dev144 sit at or just below their first scores or their figures
# after tuning; those of dev141 and dev143 below their first scores. Test unchanged (0.90/0.94/0.97).
# vahti-1.14 (the next session): dev145 (an ordinary autumn from every source) 0.88/0.95/0.76, dev146
# (stance said indirectly, the leaders' own voice) 0.75/0.80/0.87, dev147 (conversations)
# 0.81/0.89/0.87 and dev148 (the hardest kinds) 0.84/0.80/0.90 scored unseen by the start commit
# (c57705e); dev147 and dev148 scored the same after the tuning on dev141, dev143, dev145 and dev146
# (0f0309d). After tuning on all six (db558a9): dev149 (an ordinary spring from every source)
# 0.94/0.91/0.95 and dev150 (longer posts arguing a verdict) 0.79/0.82/0.73 scored unseen, kept
# untuned. Then dev151 (verdicts argued over several sentences) 0.77/0.82/0.80 and dev152 (longer
# posts in officials' formats) 0.91/0.93/0.85 scored unseen (a8477c2) and were tuned on (a9bf143);
# dev149 and dev150 scored the same after that. Floors of dev141, dev143 to dev148, dev151 and dev152
# sit just below their figures after tuning, those of dev149 and dev150 below their first scores.
# vahti-1.15 (the next session): dev153 (verdicts argued over several sentences, summer)
# 0.90/0.77/0.74, dev154 (an ordinary late summer from every source) 0.96/1.00/0.90, dev155 (stance
# said indirectly) 0.89/0.80/0.79 and dev156 (longer posts in officials' formats) 0.94/0.84/0.74
# scored unseen by the start commit (082769f); floors below those first scores. Written during the
# tuning on dev150, dev153, dev155 and dev156: dev157 (verdicts argued over sentences, late autumn)
# 0.88/0.86/0.87 at 1c1820c, dev158 (longer posts in officials' formats) 0.87/0.91/0.80 at 9e24702,
# dev159 (stance said indirectly) 0.79/0.84/0.73 and dev160 (an ordinary winter from every source)
# 0.94/0.98/0.96 at 9456fa5, each scored before any tuning on it; floors below those scores. Then,
# during the tuning on dev157 to dev159: dev161 (stance said indirectly by the people around the
# officials) 0.73/0.82/0.82 at a2e34b3 and dev162 (verdicts argued over sentences, spring)
# 0.85/0.76/0.83 at bda20fe, not tuned on.
# vahti-1.16 (the learned table weighed in, b58cada): dev163 to dev170, written blind while the table
# was being designed and reserved from it, first scored by the start commit eaecb98 (rules only) and
# by b58cada, never tuned on: dev163 (replies) 0.94/0.86/0.88 -> 0.94/0.93/0.89, dev164 (figures)
# 0.90/0.93/0.84 -> 0.92/0.95/0.95, dev165 (live posts from events) 0.88/0.87/0.88 -> 0.88/0.89/0.88,
# dev166 (short and informal) 0.92/0.95/0.93 -> 0.94/0.95/0.96, dev167 (an ordinary autumn)
# 0.98/1.00/0.95 -> same, dev168 (conditions and the future) 0.96/0.93/0.91 -> 0.98/0.95/0.93, dev169
# (comparisons) 0.84/0.91/0.83 -> 0.86/0.95/0.90, dev170 (negation, understatement, irony)
# 0.94/0.90/0.86 -> 0.96/0.95/0.89. Floors below the first scores by b58cada.
# vahti-1.4 as committed, on test (its figures read after the tuning, its misses never read, no
# change made because of it): fi 0.88, sv 0.88, en 0.91.
# vahti-1.5 after its dev15-dev20 tuning, on test (misses never read, no change made because of it):
# fi 0.88, sv 0.88, en 0.94; read again after the dev21/dev22 tuning and after the vahti-1.6 tuning
# on dev21-dev26, unchanged. vahti-1.7 after its dev27-dev32 tuning, read once at the end of that
# session (misses never read, no change made because of it): fi 0.88, sv 0.91, en 0.94; read again
# after the dev33/dev34 tuning, unchanged.
FLOOR = {
    "dev": 0.90,
    "dev2": 0.90,
    "dev3": 0.90,
    "dev4": 0.90,
    "dev5": 0.90,
    "dev6": 0.90,
    "dev7": 0.90,
    "dev8": 0.90,
    "dev9": 0.90,
    "dev10": 0.90,
    "dev11": 0.90,
    "dev12": 0.90,
    "dev13": 0.90,
    "dev14": 0.65,
    "dev15": 0.90,
    "dev16": 0.90,
    "dev17": 0.85,
    "dev18": 0.85,
    "dev19": 0.85,
    "dev20": 0.90,
    "dev21": 0.85,
    "dev22": 0.80,
    "dev23": 0.90,
    "dev24": 0.85,
    "dev25": 0.90,
    "dev26": 0.90,
    "dev27": 0.90,
    "dev28": 0.90,
    "dev29": 0.90,
    "dev30": 0.85,
    "dev31": 0.90,
    "dev32": 0.85,
    "dev33": 0.90,
    "dev34": 0.75,
    "dev35": 0.85,
    "dev36": 0.85,
    "dev37": 0.85,
    "dev38": 0.90,
    "dev39": 0.85,
    "dev40": 0.80,
    "dev41": 0.85,
    "dev42": 0.80,
    "dev43": 0.90,
    "dev44": 0.80,
    "dev45": 0.85,
    "dev46": 0.85,
    "dev47": 0.85,
    "dev48": 0.85,
    "dev49": 0.85,
    "dev50": 0.85,
    "dev51": 0.90,
    "dev52": 0.85,
    "dev53": 0.85,
    "dev54": 0.85,
    "dev55": 0.80,
    "dev56": 0.80,
    "dev57": 0.90,
    "dev58": 0.85,
    "dev59": 0.85,
    "dev60": 0.85,
    "dev61": 0.85,
    "dev62": 0.85,
    "dev63": 0.85,
    "dev64": 0.85,
    "dev65": 0.85,
    "dev66": 0.80,
    "dev67": 0.80,
    "dev68": 0.85,
    "dev69": 0.90,
    "dev70": 0.80,
    "dev71": 0.85,
    "dev72": 0.85,
    "dev73": 0.85,
    "dev74": 0.85,
    "dev75": 0.80,
    "dev76": 0.85,
    "dev77": 0.85,
    "dev78": 0.85,
    "dev79": 0.90,
    "dev80": 0.85,
    "dev81": 0.80,
    "dev82": 0.65,
    "dev83": 0.85,
    "dev84": 0.75,
    "dev85": 0.85,
    "dev86": 0.80,
    "dev87": 0.75,
    "dev88": 0.85,
    "dev89": 0.75,
    "dev90": 0.75,
    "dev91": 0.85,
    "dev92": 0.75,
    "dev93": 0.80,
    "dev94": 0.80,
    "dev95": 0.85,
    "dev96": 0.75,
    "dev97": 0.85,
    "dev98": 0.80,
    "dev99": 0.90,
    "dev100": 0.90,
    "dev101": 0.90,
    "dev102": 0.85,
    "dev103": 0.90,
    "dev104": 0.85,
    "dev105": 0.85,
    "dev106": 0.85,
    "dev107": 0.90,
    "dev108": 0.85,
    "dev109": 0.90,
    "dev110": 0.75,
    "dev111": 0.95,
    "dev112": 0.85,
    "dev113": 0.90,
    "dev114": 0.90,
    "dev115": 0.80,
    "dev116": 0.75,
    "dev117": 0.85,
    "dev118": 0.85,
    "dev119": 0.90,
    "dev120": 0.85,
    "dev121": 0.80,
    "dev122": 0.90,
    "dev123": 0.90,
    "dev124": 0.80,
    "dev125": 0.85,
    "dev126": 0.90,
    "dev127": 0.95,
    "dev128": 0.90,
    "dev129": 0.95,
    "dev130": 0.85,
    "dev131": 0.90,
    "dev132": 0.85,
    "dev133": 0.85,
    "dev134": 0.85,
    "dev135": 0.85,
    "dev136": 0.85,
    "dev137": 0.85,
    "dev138": 0.85,
    "dev139": 0.80,
    "dev140": 0.90,
    "dev141": 0.90,
    "dev142": 0.85,
    "dev143": 0.85,
    "dev144": 0.95,
    "dev145": 0.90,
    "dev146": 0.85,
    "dev147": 0.85,
    "dev148": 0.90,
    "dev149": 0.90,
    "dev150": 0.70,
    "dev151": 0.80,
    "dev152": 0.85,
    "dev153": 0.70,
    "dev154": 0.85,
    "dev155": 0.75,
    "dev156": 0.70,
    "dev157": 0.80,
    "dev158": 0.80,
    "dev159": 0.70,
    "dev160": 0.90,
    "dev161": 0.70,
    "dev162": 0.70,
    "dev163": 0.80,
    "dev164": 0.85,
    "dev165": 0.80,
    "dev166": 0.85,
    "dev167": 0.90,
    "dev168": 0.85,
    "dev169": 0.80,
    "dev170": 0.80,
    "test": 0.75,
}
SPLIT_LANGS = {"dev3": ("sv", "en")}
SPLITS = tuple(FLOOR)


def test_every_split_has_a_floor() -> None:
    """A new devN file cannot go unmeasured: each one in the folder needs its floor here."""
    assert {p.stem for p in DATA.glob("*.jsonl")} == set(FLOOR)


def _rows(split: str) -> list[dict[str, object]]:
    path = DATA / f"{split}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _stance_f1(rows: list[dict[str, object]], lang: str) -> float:
    items = [r for r in rows if r["lang"] == lang and r["relevant"]]
    gold = [str(r["label"]) for r in items]
    pred = [score(str(r["text"]), topic=TOPIC, lang=lang).label for r in items]
    return macro_f1(gold, pred)


@pytest.mark.parametrize("split", SPLITS)
def test_relevance_f1_meets_target(split: str) -> None:
    """Relevance F1 >= 0.95 on both splits: the terms find the topic and only the topic."""
    rows = _rows(split)
    gold = [bool(r["relevant"]) for r in rows]
    pred = [score(str(r["text"]), topic=TOPIC, lang=str(r["lang"])).relevant for r in rows]
    assert binary_f1(gold, pred) >= RELEVANCE_TARGET


@pytest.mark.parametrize(
    ("split", "lang"),
    [(split, lang) for split in SPLITS for lang in ("fi", "sv", "en") if lang in SPLIT_LANGS.get(split, (lang,))],
)
def test_stance_macro_f1_above_floor(split: str, lang: str) -> None:
    """Stance macro-F1 per language never falls below the measured floor (regression guard)."""
    assert _stance_f1(_rows(split), lang) >= FLOOR[split]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_heldout_stance_macro_f1_meets_target(lang: str) -> None:
    """The issue's target: stance macro-F1 >= 0.85 per language on the held-back test split."""
    assert _stance_f1(_rows("test"), lang) >= STANCE_TARGET
