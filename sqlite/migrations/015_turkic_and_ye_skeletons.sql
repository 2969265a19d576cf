-- Cross-script skeletons now read a Turkish or Azerbaijani c as дж (a name
-- with ı, ğ or ə: Muharrem İnce, Мухаррем Индже) and a word-initial ye as
-- the Russian е (Yermak, Ермак). Speakers and holders stored before are
-- re-keyed by the Go step of this migration (rekeyCrossScript, as in 010
-- and 012); judgements' index keys, built from the same skeletons, are
-- dropped as in 011 (a judgement with no keys is read by every brief).
UPDATE judgements SET keys = NULL;
DELETE FROM judgement_keys;
