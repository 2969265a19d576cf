-- Cross-script keys now drop the silent h of a Latin spelling with a
-- Spanish accent or a Spanish or French ending (Hollande, Hidalgo, Herrera
-- as Олланд, Идальго, Эррера spell them) and join spellings that differ in
-- one letter (Tymoshenko, Timoshenko, Tymoszenko; Umerov, Umjerow).
-- Speakers and holders stored before are re-keyed by the Go step of this
-- migration (rekeyCrossScript, as in 010, 012, 015, 016 and 017);
-- judgements' index keys, built from the same skeletons, are dropped as in
-- 011 and 015–017 (a judgement with no keys is read by every brief).
UPDATE judgements SET keys = NULL;
DELETE FROM judgement_keys;
