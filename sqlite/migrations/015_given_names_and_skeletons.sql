-- Cross-script skeletons now read a Turkish or Azerbaijani c as дж (a name
-- with ı, ğ or ə: Muharrem İnce, Мухаррем Индже) and a word-initial ye as
-- the Russian е (Yermak, Ермак), and a key's initial keeps the class of
-- the given name's next consonant (Joe "y-", Jill "yl": two people; an
-- initial alone, "J.", still finds either). Speakers and holders stored before are
-- re-keyed by the Go step of this migration (rekeyCrossScript, as in 010
-- and 012); judgements' index keys, built from the same skeletons, are
-- dropped as in 011 (a judgement with no keys is read by every brief).
UPDATE judgements SET keys = NULL;
DELETE FROM judgement_keys;
