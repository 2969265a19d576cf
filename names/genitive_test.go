package names_test

import (
	"testing"
)

// A name in the bare -s genitive ends there (German capitalises the noun
// after it), keeps its particles, and takes its base form: de and sv; the
// English 's and the Slavic endings as before (en, pl, ru, uk, be).
func TestGenitivesAndParticles(t *testing.T) {
	p := processor(t)
	for _, c := range []struct{ lang, text, mention, name string }{
		{"de", "Angela Merkel regierte lange. Angela Merkels Nachfolger kam aus Hamburg.", "Angela Merkels", "Angela Merkel"},
		{"de", "Die Kommission unter Ursula von der Leyen legte einen Plan vor.", "Ursula von der Leyen", "Ursula von der Leyen"},
		{"de", "Olaf Scholz sprach zuerst. Danach wurde Scholz' Rede kritisiert.", "Scholz", "Olaf Scholz"},
		{"sv", "Ulf Kristersson talade i riksdagen. Kristerssons regering svarade.", "Kristerssons", "Ulf Kristersson"},
		{"en", "Xi Jinping met the envoy. Later Xi said the talks went well.", "Xi", "Xi Jinping"},
		{"pl", "Donald Tusk przyjechał do Brukseli. Słowa Donalda Tuska padły rano.", "Donalda Tuska", "Donald Tusk"},
		{"ru", "Си Цзиньпин прибыл в Москву. Визит Си Цзиньпина продлится три дня.", "Си Цзиньпина", "Си Цзиньпин"},
		{"uk", "Олаф Шольц прибув до Києва. Візит Олафа Шольца тривав день.", "Олафа Шольца", "Олаф Шольц"},
		{"be", "Аляксандр Лукашэнка выступіў учора. Словы Лукашэнкі пачулі ўсе.", "Лукашэнкі", "Аляксандр Лукашэнка"},
	} {
		a := process(t, p, c.lang, c.text)
		found := false
		for _, m := range a.Mentions {
			if m.Text == c.mention {
				found = true
				if m.Name != c.name || m.Kind != "person" {
					t.Errorf("%s %q: %s %q, want person %q", c.lang, c.mention, m.Kind, m.Name, c.name)
				}
			}
			if m.Text == "Angela Merkels Nachfolger" || m.Text == "Nachfolger" {
				t.Errorf("%s: the noun after a genitive is in a name: %+v", c.lang, m)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q in %+v", c.lang, c.mention, a.Mentions)
		}
	}
}
