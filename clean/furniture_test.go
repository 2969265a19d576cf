package clean

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// A "read more" link set inside a paragraph costs the link, never the
// paragraph: its sentences and its quote stay in the body, the link's
// headline does not.
func TestLinkSetInsideParagraphKeepsParagraph(t *testing.T) {
	cases := []struct {
		name, text string
		keep, cut  []string
	}{
		{"en brackets", "Minsk says no troops will cross\n" +
			"The defence minister repeated that the army would stay at home. READ MORE: Kremlin summons envoy over border row [LATEST] Drills near Brest end early [INSIGHT] “Our soldiers have no business in Ukraine,” he told reporters on Tuesday.\n" +
			"Analysts in Vilnius expect the pressure from Moscow to grow over the spring.\n",
			[]string{"The defence minister repeated that the army would stay at home.", "“Our soldiers have no business in Ukraine,” he told reporters on Tuesday."},
			[]string{"Kremlin summons envoy", "Drills near Brest", "READ MORE"}},
		{"uk at start", "Експерт: Мінськ не вступить у війну\n" +
			"Читайте також: Лукашенко провів нараду з силовиками. «Білоруська армія не готова до наступу», — сказав аналітик Олег Петренко в ефірі радіо.\n" +
			"На його думку, Мінськ намагатиметься і далі уникати прямої участі у війні.\n",
			[]string{"«Білоруська армія не готова до наступу», — сказав аналітик Олег Петренко в ефірі радіо."},
			[]string{"Читайте також", "провів нараду з силовиками"}},
		{"pl in middle", "Ekspert: Białoruś nie wyśle wojska\n" +
			"Analityk uważa, że Mińsk będzie zwlekał. Czytaj też: Łukaszenka spotkał się z Putinem w Soczi. – To bardzo mało prawdopodobne, żeby armia przekroczyła granicę – powiedział Jan Kowalski.\n" +
			"Według niego Moskwa nie ma dziś sił, by otworzyć drugi front na północy.\n",
			[]string{"Analityk uważa, że Mińsk będzie zwlekał.", "– To bardzo mało prawdopodobne, żeby armia przekroczyła granicę – powiedział Jan Kowalski."},
			[]string{"Czytaj też", "spotkał się z Putinem w Soczi"}},
		{"de at end", "Experte hält Angriff aus Belarus für unwahrscheinlich\n" +
			"„Die belarussische Armee ist schlecht ausgerüstet“, sagte der Militärexperte Markus Berger am Montag. Lesen Sie auch: Lukaschenko droht dem Westen\n" +
			"Nach seiner Einschätzung wird Minsk auch in den kommenden Wochen abwarten.\n",
			[]string{"„Die belarussische Armee ist schlecht ausgerüstet“, sagte der Militärexperte Markus Berger am Montag."},
			[]string{"Lesen Sie auch", "Lukaschenko droht dem Westen"}},
		{"ru two links", "Политолог: Минск будет тянуть время\n" +
			"Читайте также: Лукашенко встретился с Путиным. По словам эксперта Ивана Смирнова, «армия не хочет воевать, и Лукашенко это знает». Смотрите также | Учения у границы продлены\n" +
			"Эксперт считает, что давление Москвы будет только расти весной.\n",
			[]string{"По словам эксперта Ивана Смирнова, «армия не хочет воевать, и Лукашенко это знает»."},
			[]string{"Читайте также", "встретился с Путиным", "Смотрите также", "Учения у границы"}},
		{"sv", "Expert: Belarus går inte med i kriget\n" +
			"– Armén är inte redo för ett anfall, säger forskaren Anna Lind. Läs också: Lukasjenko träffade Putin i Moskva. Hon tror att Minsk kommer att vänta.\n" +
			"Enligt henne har Moskva inte trupper nog för en ny front i norr.\n",
			[]string{"– Armén är inte redo för ett anfall, säger forskaren Anna Lind.", "Hon tror att Minsk kommer att vänta."},
			[]string{"Läs också", "träffade Putin i Moskva"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := testCleaner(t).Clean(Input{Text: c.text})
			text := body(r)
			for _, k := range c.keep {
				if !strings.Contains(text, k) {
					t.Errorf("article text lost: %q\nbody:\n%s", k, text)
				}
			}
			for _, d := range c.cut {
				if strings.Contains(text, d) {
					t.Errorf("link text kept: %q\nbody:\n%s", d, text)
				}
			}
		})
	}
}

// Prose that merely uses a label's words is no link: "read more" without a
// colon where no sentence starts stays.
func TestLinkLabelInProseKept(t *testing.T) {
	text := "Schools reopen in Minsk\nParents who want to read more about the new rules can find them online, the ministry said.\nTeachers said they expected a calm first week.\n"
	r := testCleaner(t).Clean(Input{Text: text})
	if !strings.Contains(body(r), "Parents who want to read more about the new rules") {
		t.Errorf("prose dropped:\n%s", body(r))
	}
}

// View counters, live badges and reading widgets are chrome in any
// language: never body text and never a byline.
func TestCountersAndLiveBadgesAreChrome(t *testing.T) {
	chrome := []string{"326 274 VIEWS", "12 тыс. просмотров", "1 234 wyświetleń", "Переглядів: 5 312", "Aufrufe: 1.234", "14,2K views · 88 comments", "LIVE", "Live-Ticker", "ПРЯМОЙ ЭФИР", "Na żywo", "Наживо", "LIVE UPDATES", "5 min read", "Lesezeit: 3 Min.", "Время чтения: 4 мин", "1 204 visningar"}
	for _, line := range chrome {
		text := "Minsk will keep its army at home, analyst says\n" + line + "\n" +
			"The analyst said on Monday that the Belarusian army was in no state to attack and that Minsk knew it.\n" +
			"“They will wait and see,” he added.\n" + line + "\n"
		r := testCleaner(t).Clean(Input{Text: text})
		if strings.Contains(body(r), line) {
			t.Errorf("%q kept in the body:\n%s", line, body(r))
		}
		if r.Author != "" {
			t.Errorf("%q: author = %q", line, r.Author)
		}
		if !strings.Contains(body(r), "“They will wait and see,” he added.") {
			t.Errorf("%q: article text lost:\n%s", line, body(r))
		}
	}
	// A sentence with a number and a counter's word is the article's.
	for _, line := range []string{"The video had 326,274 views by Monday evening.", "Na żywo oglądało to 2 mln widzów."} {
		if c := testCleaner(t); c.furnitureReason(line) != "" {
			t.Errorf("%q taken for furniture: %s", line, c.furnitureReason(line))
		}
	}
}

// A last paragraph whose final sentence the scraper cut off stays in the
// body; a link list after it still goes.
func TestCutOffLastParagraphKept(t *testing.T) {
	cases := map[string]string{
		"en": "Belarus will not join the war, analyst says\nThe analyst said the army was weak and badly led.\n“Minsk will not send troops,” he said. He added that Lukashenko feared unrest at home and that the generals had told him as much, but that the Kremlin could still\nRelated Articles\nPutin visits Minsk\n",
		"de": "Belarus bleibt draußen, sagt ein Experte\nDer Experte hält einen Angriff für unwahrscheinlich.\n„Minsk wird keine Soldaten schicken“, sagte er. Lukaschenko fürchte Unruhen im eigenen Land, und die Generäle hätten ihm das auch deutlich gesagt, doch der Kreml könne den Druck noch\nMehr zum Thema\nPutin besucht Minsk\n",
		"ru": "Эксперт: Минск не вступит в войну\nЭксперт считает армию слабой.\n«Минск не пошлёт войска», — сказал он. По его словам, Лукашенко боится протестов внутри страны, и генералы прямо сказали ему об этом, но Кремль всё ещё может усилить\nЧитайте также\nПутин прилетел в Минск\n",
	}
	for lang, text := range cases {
		r := testCleaner(t).Clean(Input{Text: text})
		b := body(r)
		last := strings.Split(strings.TrimSpace(text), "\n")[2]
		if !strings.Contains(b, last) {
			t.Errorf("%s: cut-off last paragraph dropped:\n%s", lang, b)
		}
		if lines := strings.Split(strings.TrimSpace(text), "\n"); strings.Contains(b, lines[len(lines)-1]) {
			t.Errorf("%s: link after the article kept:\n%s", lang, b)
		}
	}
}

// Datelines as news sites print them are read as the article's date and
// taken out of the body, the agency after a bar included.
func TestDatelinesAreRead(t *testing.T) {
	cases := []struct {
		lang, line string
		want       time.Time
	}{
		{"de", "Stand: 14.03.2022 09:12 Uhr", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"de", "14.03.2022, 09:12 | dpa", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"pl", "Opublikowano: 14.03.2022 09:12", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"pl", "Aktualizacja: 14.03.2022, godz. 09:12", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"ru", "Опубликовано: 14 марта 2022, 09:12", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"uk", "Оновлено 14 березня 2022, 09:12", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"sv", "Publicerad 14.03.2022 kl. 09:12", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"fi", "Julkaistu 14.3.2022 9:12", time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)},
		{"en", "Updated 9:12 AM EST, March 14, 2022", time.Date(2022, 3, 14, 14, 12, 0, 0, time.UTC)},
		// An outlet of several words credited after a bar.
		{"en", "Published: 14 March 2022 | The Example Times", time.Date(2022, 3, 14, 0, 0, 0, 0, time.UTC)},
		{"pl", "Opublikowano: 14.03.2022 | Gazeta Przykładowa", time.Date(2022, 3, 14, 0, 0, 0, 0, time.UTC)},
		{"de", "14.03.2022 | Frankfurter Beispiel Zeitung", time.Date(2022, 3, 14, 0, 0, 0, 0, time.UTC)},
		{"ru", "14 марта 2022 | Новая газета Европа", time.Date(2022, 3, 14, 0, 0, 0, 0, time.UTC)},
		{"sv", "Publicerad 14.03.2022 | Svenska Exempelbladet", time.Date(2022, 3, 14, 0, 0, 0, 0, time.UTC)},
	}
	paragraphs := map[string]string{
		"de": "Der Experte hält einen Angriff aus Belarus für sehr unwahrscheinlich, sagte er am Montag in Berlin.\n„Die Armee ist nicht bereit“, sagte er.",
		"pl": "Ekspert uważa, że atak z Białorusi jest mało prawdopodobny, powiedział w poniedziałek w Warszawie.\n– Armia nie jest gotowa – dodał.",
		"ru": "Эксперт считает, что нападение со стороны Беларуси маловероятно, сказал он в понедельник в Москве.\n«Армия не готова», — добавил он.",
		"uk": "Експерт вважає, що наступ з боку Білорусі малоймовірний, сказав він у понеділок у Києві.\n«Армія не готова», — додав він.",
		"sv": "Experten tror inte att Belarus kommer att anfalla, sade han på måndagen i Stockholm.\n– Armén är inte redo, sade han.",
		"fi": "Asiantuntijan mukaan Valko-Venäjän hyökkäys on hyvin epätodennäköinen, hän sanoi maanantaina Helsingissä.\n– Armeija ei ole valmis, hän sanoi.",
		"en": "The analyst said on Monday that an attack from Belarus was very unlikely, speaking in London.\n“The army is not ready,” he said.",
	}
	for _, c := range cases {
		text := "Minsk and the war: an expert's view\n" + c.line + "\n" + paragraphs[c.lang] + "\n"
		r := testCleaner(t).Clean(Input{Text: text})
		if !r.Published.Equal(c.want) {
			t.Errorf("%s %q: published %v, want %v", c.lang, c.line, r.Published, c.want)
		}
		if strings.Contains(body(r), c.line) {
			t.Errorf("%s %q: dateline left in the body", c.lang, c.line)
		}
		for _, b := range r.Blocks {
			if b.Text == c.line && b.Kind != kent.BlockMeta {
				t.Errorf("%s %q: kind %s (%s), want a date line", c.lang, c.line, b.Kind, b.Reason)
			}
		}
	}
}

// Two chrome words in a paragraph of whole sentences are the news's own
// words: the paragraph stays.
func TestChromeWordsInProseKept(t *testing.T) {
	p := "Міністр відмовився від коментарів. Він лише сказав, що реклама армії у школах триватиме, а рекрутів стане більше вже навесні."
	text := "Мінськ посилює армію\n" + p + "\nЕксперти вважають, що Мінськ не наважиться на наступ.\n"
	r := testCleaner(t).Clean(Input{Text: text})
	if !strings.Contains(body(r), p) {
		t.Errorf("prose dropped:\n%s", body(r))
	}
	for _, line := range []string{"Aktualizacja:", "Сейчас читают: 209", "Czas czytania: 8 minut"} {
		if c := testCleaner(t); c.chromeReason(line) == "" {
			t.Errorf("%q not taken for chrome", line)
		}
	}
}

// Blocks an HTML extractor separated get the same treatment: a labelled
// dateline further down than the first three blocks is read, and a link
// set costs only itself.
func TestExtractedBlocks(t *testing.T) {
	r := testCleaner(t).Clean(Input{
		Title: "Minsk hält still",
		Blocks: []string{"Minsk hält still", "Politik", "Ausland", "Von Anna Berg",
			"Stand: 14.03.2022 09:12 Uhr",
			"Der Experte sagte am Montag, ein Angriff aus Belarus sei sehr unwahrscheinlich. Lesen Sie auch: Lukaschenko trifft Putin in Sotschi. „Die Armee ist nicht bereit“, sagte er.",
		},
	})
	if want := time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("published %v, want %v", r.Published, want)
	}
	b := body(r)
	if !strings.Contains(b, "„Die Armee ist nicht bereit“, sagte er.") || strings.Contains(b, "Sotschi") || strings.Contains(b, "Stand:") {
		t.Errorf("body:\n%s", b)
	}
}

// A paragraph of thousands of link sets is cut whole: every link goes and
// every sentence stays. That it takes linear time is shown by
// BenchmarkSplitLinks (1,000 and 8,000 units: time per unit flat), not by
// a timed test, which a loaded machine would fail.
func TestLinkSetsManyLabels(t *testing.T) {
	c := testCleaner(t)
	unit := "He said so. READ MORE: Another headline here [LATEST] Czytaj też: kolejny tytuł bez końca "
	kept, links, _ := c.splitLinks(strings.Repeat(unit, 8000))
	if n := strings.Count(kept, "He said so."); n != 8000 || strings.Contains(kept, "READ MORE") || len(links) != 8000 {
		t.Errorf("kept %d sentences of 8000, %d links of 8000, link words left: %v", n, len(links), strings.Contains(kept, "READ MORE"))
	}
}

func BenchmarkSplitLinks(b *testing.B) {
	c := testCleaner(b)
	unit := "He said so. READ MORE: Another headline here [LATEST] Czytaj też: kolejny tytuł bez końca "
	for _, n := range []int{1000, 8000} {
		text := strings.Repeat(unit, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				c.splitLinks(text)
			}
		})
	}
}

// Text that opens with its address (a JSONL export, a pasted page) takes
// the address for its outlet; the headline is the line after it.
func TestLeadingURLLine(t *testing.T) {
	text := "https://www.example-news.pl/swiat/bialorus-12345678\nEkspert: Białoruś nie wyśle wojska\nAnalityk uważa, że Mińsk będzie zwlekał z decyzją tak długo, jak to możliwe.\n"
	r := testCleaner(t).Clean(Input{Text: text})
	if r.Outlet != "example-news.pl" || r.Title != "Ekspert: Białoruś nie wyśle wojska" {
		t.Errorf("outlet %q title %q", r.Outlet, r.Title)
	}
	if strings.Contains(body(r), "https://") {
		t.Errorf("address left in the body:\n%s", body(r))
	}
}

// A badge or counter above the headline is not the headline.
func TestBadgeAboveHeadline(t *testing.T) {
	for _, badge := range []string{"LIVE UPDATES", "326 274 VIEWS", "ПРЯМОЙ ЭФИР"} {
		text := badge + "\nMinsk keeps its troops at home\nThe analyst said on Monday that the army was in no state to attack.\n"
		r := testCleaner(t).Clean(Input{Text: text})
		if r.Title != "Minsk keeps its troops at home" {
			t.Errorf("%q: title %q", badge, r.Title)
		}
	}
}

// A long line without function words after the article is a tag list, not a
// cut-off paragraph.
func TestTagListAfterArticleDropped(t *testing.T) {
	tags := "Belarus Russia Ukraine Lukashenko Putin NATO Minsk Moscow Kyiv army troops border war invasion sanctions Europe Poland Lithuania Latvia drills missiles Iskander nuclear Kremlin"
	text := "Minsk keeps its troops at home\nThe analyst said on Monday that the army was in no state to attack.\n“They will wait,” he said.\n" + tags + "\n"
	r := testCleaner(t).Clean(Input{Text: text})
	if strings.Contains(body(r), "Iskander") {
		t.Errorf("tag list kept:\n%s", body(r))
	}
}

// A heading with a date and a common word is no dateline; the same word
// beside a label is.
func TestDatelineWordsNeedALabel(t *testing.T) {
	c := testCleaner(t)
	if c.isDateLine("Putin at 70: October 7, 2022") {
		t.Error("a heading taken for a dateline")
	}
	if !c.isDateLine("Published on March 14, 2022 at 9:12 a.m. EDT") {
		t.Error("a labelled dateline not recognised")
	}
}
