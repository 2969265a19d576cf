package names_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

func TestSpeakerKeys(t *testing.T) {
	jurkonis := names.SpeakerKey("Vytis Jurkonis")
	for spelling, same := range map[string]bool{
		"Yurkonis": true, "V. Yurkonis": true, "Юрконис": true, "Витис Юрконис": true,
		"A. Jurkonis": false, "Vytis Jurkevich": false, "Lukashenko": false,
	} {
		if got := jurkonis.Matches(names.SpeakerKey(spelling)); got != same {
			t.Errorf("Vytis Jurkonis matches %s: %v, want %v", spelling, got, same)
		}
	}
	if k, ru := names.SpeakerKey("Alexander Lukashenko"), names.SpeakerKey("Александр Лукашенко"); !k.Matches(ru) || k.Surname != ru.Surname || k.Surname != "lukashenko" || k.Initial != "al" || ru.Cyrillic != kent.ScriptCyrillic {
		t.Errorf("Lukashenko's key across scripts: %+v, %+v", k, ru)
	}
	// People who share a surname and a first letter keep apart by the
	// given name's next consonant; one given name's spellings across
	// scripts and languages, and an initial alone, still join.
	for _, p := range [][2]string{
		{"Joe Biden", "Jill Biden"}, {"Vitali Klitschko", "Wladimir Klitschko"}, {"Виталий Кличко", "Владимир Кличко"},
		{"Jill Biden", "Джо Байден"}, {"Mikhail Zakharov", "Maria Zakharova"},
	} {
		if names.SpeakerKey(p[0]).Matches(names.SpeakerKey(p[1])) {
			t.Errorf("%s and %s: keys %+v, %+v match", p[0], p[1], names.SpeakerKey(p[0]), names.SpeakerKey(p[1]))
		}
	}
	for _, p := range [][2]string{
		{"Jill Biden", "Джилл Байден"}, {"J. Biden", "Jill Biden"}, {"J. Biden", "Joe Biden"}, {"Vitali Klitschko", "Віталій Кличко"},
		{"Wladimir Klitschko", "Володимир Кличко"}, {"Uladzimir Niaklajeu", "Владимир Некляев"}, {"Mychajło Podoljak", "Михаил Подоляк"},
		{"Dzmitry Kanavalau", "Дмитрий Коновалов"}, {"Theresa May", "Тереза Мэй"}, {"John Kerry", "Джон Керри"},
		{"Aliaksandr Lukashenko", "Олександр Лукашенко"}, {"Ihor Klymenko", "Игорь Клименко"}, {"Siarhei Tsikhanouski", "Сергей Тихановский"},
	} {
		if !names.SpeakerKey(p[0]).Matches(names.SpeakerKey(p[1])) {
			t.Errorf("%s and %s: keys %+v, %+v do not match", p[0], p[1], names.SpeakerKey(p[0]), names.SpeakerKey(p[1]))
		}
	}
	// The keys differ, the skeletons join them across scripts only.
	for a, b := range map[string]string{"Donald Trump": "Дональд Трамп", "Kamala Harris": "Камала Харрис", "Olaf Scholz": "Олаф Шольц", "Emmanuel Macron": "Эмманюэль Макрон", "Joe Biden": "Джо Байден"} {
		if !names.SpeakerKey(a).Matches(names.SpeakerKey(b)) || !names.SpeakerKey(b).Matches(names.SpeakerKey(a)) {
			t.Errorf("%s and %s: keys %+v, %+v do not match", a, b, names.SpeakerKey(a), names.SpeakerKey(b))
		}
	}
	// Belarusian, Ukrainian and Russian spellings of one name join as two
	// scripts do: a brief pools them as one voice.
	for a, b := range map[string]string{"Уладзімір Някляеў": "Владимир Некляев", "Святлана Ціханоўская": "Светлана Тихановская", "Святлана Тихановська": "Светлана Тихановская"} {
		if !names.SpeakerKey(a).Matches(names.SpeakerKey(b)) || !names.SpeakerKey(b).Matches(names.SpeakerKey(a)) {
			t.Errorf("%s and %s: keys %+v, %+v do not match", a, b, names.SpeakerKey(a), names.SpeakerKey(b))
		}
	}
	for a, b := range map[string]string{"Olaf Scholz": "Martin Schulz", "Scholz": "Schulz", "Ed Miliband": "David Miliband", "Шольц": "Шульц", "Олаф Шольц": "Мартін Шульц"} {
		if names.SpeakerKey(a).Matches(names.SpeakerKey(b)) {
			t.Errorf("%s matches %s", a, b)
		}
	}
	if k := names.SpeakerKey(" – ?"); !k.IsZero() {
		t.Errorf("a name without letters has key %+v", k)
	}
}

// The names stage keys every speaker and holder it is given, so that stores
// can look them up without knowing how names are spelled.
func TestPipelineKeysSpeakersAndHolders(t *testing.T) {
	p := processor(t)
	a := process(t, p, "en", "Belarus will not send troops.\n\n“It is very unlikely that Belarus will enter the war,” said Vytis Jurkonis, a political analyst.")
	var speakers, holders int
	for _, q := range a.Quotes {
		if q.Speaker != nil && q.Speaker.Key == names.SpeakerKey(q.Speaker.Name) && !q.Speaker.Key.IsZero() {
			speakers++
		}
	}
	for _, j := range a.Judgements {
		if j.Holder != nil && j.Holder.Key.Surname == "yurkonis" && j.Holder.Key.Initial == "vt" {
			holders++
		}
	}
	if speakers == 0 || holders == 0 {
		t.Errorf("keyed speakers %d, holders %d: %+v %+v", speakers, holders, a.Quotes, a.Judgements)
	}
}
