-- Cross-script skeletons now read the surname of a name a French-only
-- given name opens as Cyrillic spells it (Jacques Chirac, Жак Ширак;
-- an initial j as ж, Жоспен; François Hollande, Франсуа Олланд), and a given
-- name's code reads the Cyrillic эн, ен of Энтони, Ентоні, Эндрю as the
-- English a (Antony, Andrew), and a long surname's script records its Latin
-- transliteration (Polish Zełenski, German Selenskyj, English Zelensky join
-- as two scripts do). Speakers and holders stored before are
-- re-keyed by the Go step of this migration (rekeyCrossScript, as in 010,
-- 012, 015 and 016); judgements' index keys, built from the same
-- skeletons, are dropped as in 011, 015 and 016 (a judgement with no keys
-- is read by every brief).
UPDATE judgements SET keys = NULL;
DELETE FROM judgement_keys;
