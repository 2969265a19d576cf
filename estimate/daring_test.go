package estimate_test

import "testing"

// "Won't dare", "won't risk" ("не рискнёт", "nie odważy się", "не
// наважиться", "не адважыцца", "nedrįs") forecast that the subject will
// not do what follows: a categorical "no" on that event, as "will not"
// is, held by whoever says it. Each was read as no judgement. Invented
// sentences.
func TestWontDareIsAgainst(t *testing.T) {
	cases := []struct{ lang, text, event string }{
		{"ru", "Тегеран не рискнёт начать войну, сказал эксперт Иван Петров.", "war"},
		{"ru", "Кремль не решится на мобилизацию, сказал политолог Олег Попов.", "mobilise"},
		{"uk", "Київ не наважиться провести вибори, сказав експерт Іван Бойко.", "election"},
		{"uk", "Пхеньян не ризикне відправити війська, сказав експерт Олег Коваль.", "military"},
		{"pl", "Korea Północna nie odważy się wysłać wojsk, powiedział ekspert Adam Lis.", "military"},
		{"pl", "Korea Północna nie zaryzykuje wysłania wojsk, powiedział ekspert Jan Nowak.", "military"},
		{"be", "Мінск не адважыцца ўступіць у вайну, сказаў эксперт Іван Бойка.", "war"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			against := j.Value < 0.5 != j.Proposition.Negated
			has := false
			for _, e := range j.Proposition.Events {
				has = has || e == c.event
			}
			ok = ok || against && has && j.Holder != nil
		}
		if !ok {
			t.Errorf("%s %q: want a judgement against %s with a holder, got\n%s", c.lang, c.text, c.event, dump(js))
		}
	}
}
