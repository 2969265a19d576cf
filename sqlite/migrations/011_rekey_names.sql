-- Judgements' index keys "n:" (surname keys) now come from the cross-script
-- skeleton (question.Keys: Johnson and Джонсон, Sánchez and Санчес key
-- alike). Keys stored before would hide those judgements from a brief, so
-- they are dropped: a judgement with no keys is read by every brief, as
-- judgements stored before migration 008 are (slower, never wrong).
UPDATE judgements SET keys = NULL;
DELETE FROM judgement_keys;
