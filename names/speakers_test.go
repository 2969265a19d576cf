package names_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/pipeline"
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
	if k := names.SpeakerKey("Alexander Lukashenko"); k != names.SpeakerKey("Александр Лукашенко") || k.Surname != "lukashenko" || k.Initial != "a" {
		t.Errorf("Lukashenko's key across scripts: %+v", k)
	}
	if k := names.SpeakerKey(" – ?"); !k.IsZero() {
		t.Errorf("a name without letters has key %+v", k)
	}
}

// The names stage keys every speaker and holder it is given, so that stores
// can look them up without knowing how names are spelled.
func TestPipelineKeysSpeakersAndHolders(t *testing.T) {
	p, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	a := process(t, p, "en", "Belarus will not send troops.\n\n“It is very unlikely that Belarus will enter the war,” said Vytis Jurkonis, a political analyst.")
	var speakers, holders int
	for _, q := range a.Quotes {
		if q.Speaker != nil && q.Speaker.Key == names.SpeakerKey(q.Speaker.Name) && !q.Speaker.Key.IsZero() {
			speakers++
		}
	}
	for _, j := range a.Judgements {
		if j.Holder != nil && j.Holder.Key == (kent.NameKey{Surname: "yurkonis", Initial: "v"}) {
			holders++
		}
	}
	if speakers == 0 || holders == 0 {
		t.Errorf("keyed speakers %d, holders %d: %+v %+v", speakers, holders, a.Quotes, a.Judgements)
	}
}
