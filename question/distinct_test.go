package question

import (
	"reflect"
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
