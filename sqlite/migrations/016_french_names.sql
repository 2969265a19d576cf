-- Cross-script skeletons now read the silent endings of French names as
-- Cyrillic spells them (Barnier, Барнье, Барньє; Renault, Рено; Perrault,
-- Перро), and a French given name's code its j, ch and qu as ж, ш, к
-- (Jean, Жан; Michel, Мишель). Speakers and holders stored before are
-- re-keyed by the Go step of this migration (rekeyCrossScript, as in 010,
-- 012 and 015); judgements' index keys, built from the same skeletons, are
-- dropped as in 011 and 015 (a judgement with no keys is read by every brief).
UPDATE judgements SET keys = NULL;
DELETE FROM judgement_keys;
