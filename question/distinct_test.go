package question

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// TestSameJudgementEveryField changes each field of a judgement, its
// proposition and its holder in turn: sameJudgement must tell every such
// change apart, or a brief would hand one judgement's relevance to another.
func TestSameJudgementEveryField(t *testing.T) {
	base := func() kent.Judgement {
		return kent.Judgement{Cue: "likely", Words: "Belarus will likely join the war.", Language: "en",
			Holder:      &kent.Speaker{Name: "Jane Doe", Kind: kent.SpeakerPerson},
			Proposition: kent.Proposition{Text: "Belarus will join the war", Entities: []string{"Belarus"}, Events: []string{"war"}},
			Keys:        []string{"p:BY"}}
	}
	a := base()
	if b := base(); !sameJudgement(&a, &b) {
		t.Fatal("equal judgements told apart")
	}
	var walk func(path string, v reflect.Value, get func(*kent.Judgement) reflect.Value)
	walk = func(path string, typ reflect.Value, get func(*kent.Judgement) reflect.Value) {
		for i := range typ.NumField() {
			f := typ.Type().Field(i)
			field := func(j *kent.Judgement) reflect.Value { return get(j).Field(i) }
			name := path + f.Name
			switch f.Type {
			case reflect.TypeOf(kent.Proposition{}), reflect.TypeOf(kent.Span{}), reflect.TypeOf(kent.NameKey{}):
				walk(name+".", typ.Field(i), field)
				continue
			case reflect.TypeOf(&kent.Speaker{}):
				walk(name+".", typ.Field(i).Elem(), func(j *kent.Judgement) reflect.Value { return field(j).Elem() })
			}
			if name == "Sentence" || strings.HasPrefix(name, "Holder.MentionSpan.") {
				continue // where the sentence and the holder stand: see TestSameAsMovedCopies
			}
			b := base()
			v := field(&b)
			switch v.Kind() {
			case reflect.String:
				v.SetString(v.String() + "x")
			case reflect.Int, reflect.Int64:
				v.SetInt(v.Int() + 1)
			case reflect.Uint8:
				v.SetUint(v.Uint() + 1)
			case reflect.Float64:
				v.SetFloat(v.Float() + 0.5)
			case reflect.Bool:
				v.SetBool(!v.Bool())
			case reflect.Slice:
				v.Set(reflect.Append(v, reflect.ValueOf("x")))
			case reflect.Pointer:
				v.SetZero()
			default:
				t.Fatalf("%s: a field of kind %s: compare it in sameJudgement and teach this test to change it", name, v.Kind())
			}
			if sameJudgement(&a, &b) {
				t.Errorf("judgements that differ in %s are taken as the same: compare it in sameJudgement", name)
			}
		}
	}
	j := base()
	walk("", reflect.ValueOf(&j).Elem(), func(j *kent.Judgement) reflect.Value { return reflect.ValueOf(j).Elem() })
}

// TestRelevancesOfCopies: a judgement repeated in another article (wire
// copy) gets the relevance it gets alone, and a copy with one field
// changed is decided on its own.
func TestRelevancesOfCopies(t *testing.T) {
	m, err := New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	q, err := m.Understand(Question{Text: "Will Belarusian armed forces enter the war against Ukraine?"})
	if err != nil {
		t.Fatal(err)
	}
	about := kent.Judgement{Cue: "unlikely", Words: "Analysts say it is unlikely that Belarus will enter the war.", Language: "en", Value: 0.2,
		Proposition: kent.Proposition{Text: "Belarus will enter the war", Entities: []string{"Belarus"}, Events: []string{"war", "enter"}}}
	other := about
	other.Proposition.Text, other.Proposition.Entities = "Poland will enter the war", []string{"Poland"}
	other.Words = "Analysts say it is unlikely that Poland will enter the war."
	hits := []kent.JudgementHit{{Judgement: about, ArticleID: "a"}, {Judgement: other, ArticleID: "b"}, {Judgement: about, ArticleID: "c"}, {Judgement: other, ArticleID: "d"}}
	rel := m.Relevances(q, hits)
	for i, h := range hits {
		alone := m.Relevances(q, []kent.JudgementHit{h})[0]
		if !reflect.DeepEqual(rel[i], alone) {
			t.Errorf("hit %d: %+v among copies, %+v alone", i, rel[i], alone)
		}
	}
	if !rel[0].About || rel[1].About || !rel[2].About || rel[3].About {
		t.Errorf("about: %v %v %v %v, want true false true false", rel[0].About, rel[1].About, rel[2].About, rel[3].About)
	}
	if same := sameAs(hits); same[2] != 0 || same[3] != 1 || same[1] != 1 {
		t.Errorf("sameAs = %v, want [0 1 0 1]", same)
	}
}

// TestSameAsMovedCopies: a copy whose sentence stands elsewhere in its
// article (both spans moved alike, another sentence number) is the same
// judgement; one whose cue or proposition alone moved is not.
func TestSameAsMovedCopies(t *testing.T) {
	base := kent.Judgement{Cue: "unlikely", CueSpan: kent.Span{Start: 116, End: 124}, Sentence: 4,
		Words: "Analysts say it is unlikely that Belarus will enter the war.", Language: "en", Value: 0.2,
		Proposition: kent.Proposition{Text: "Belarus will enter the war", Span: kent.Span{Start: 130, End: 156}, Events: []string{"war"}}}
	moved := func(cue, prop int) kent.JudgementHit {
		j := base
		j.Sentence += 2
		j.CueSpan = kent.Span{Start: base.CueSpan.Start + cue, End: base.CueSpan.End + cue}
		j.Proposition.Span = kent.Span{Start: base.Proposition.Span.Start + prop, End: base.Proposition.Span.End + prop}
		return kent.JudgementHit{Judgement: j}
	}
	named := moved(40, 40)
	named.Holder = &kent.Speaker{Name: "Jane Doe", Kind: kent.SpeakerPerson, MentionSpan: kent.Span{Start: 10, End: 18}}
	base.Holder = &kent.Speaker{Name: "Jane Doe", Kind: kent.SpeakerPerson, MentionSpan: kent.Span{Start: 1500, End: 1508}}
	other := moved(40, 40)
	other.Holder = &kent.Speaker{Name: "John Doe", Kind: kent.SpeakerPerson}
	hits := []kent.JudgementHit{{Judgement: base}, moved(40, 40), moved(-90, -90), moved(40, 0), moved(0, 40), named, other}
	if got, want := sameAs(hits), []int32{0, 0, 0, 3, 4, 0, 6}; !reflect.DeepEqual(got, want) {
		t.Errorf("sameAs = %v, want %v", got, want)
	}
}
