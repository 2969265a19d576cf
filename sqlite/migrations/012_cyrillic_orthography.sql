-- Speaker and holder keys now record which Cyrillic orthography a name is
-- spelled in (Belarusian ў, Ukrainian і/ї/є/ґ: kent.Script), so Някляеў
-- and Некляев join as Трамп and Trump do. Rows stored before are re-keyed
-- by the Go step of this migration (rekeyCrossScript, as in 010).
UPDATE quotes SET speaker_cyrillic = speaker_cyrillic WHERE 0;
