package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A dash after a quote introduces its speaker: "– powiedział X", "—
// отметил X", "- вважає він", "– säger X".
func TestDashAttributionAfterAQuote(t *testing.T) {
	checkAll(t, []langCase{
		{"pl", "Premier zabrał głos w piątek.\n\n– Nie wyślemy żołnierzy na Ukrainę – powiedziała Anna Nowak.", want{"Anna Nowak", "Nie wyślemy żołnierzy", kent.QuoteDirect}},
		{"ru", "Министр выступил в пятницу.\n\n— Мы не пошлём войска на Украину, — отметил Иван Петров.", want{"Иван Петров", "Мы не пошлём войска", kent.QuoteDirect}},
		{"uk", "Андрій Коваль, економіст, виступив у п'ятницю.\n\n- Рецесія цього року малоймовірна, - вважає він.", want{"Андрій Коваль", "Рецесія цього року малоймовірна", kent.QuoteDirect}},
		{"be", "Міністр выступіў у пятніцу.\n\n— Мы не пашлём войскі ва Украіну, — сказаў Аляксандр Лукашэнка.", want{"Аляксандр Лукашэнка", "Мы не пашлём войскі", kent.QuoteDirect}},
		{"sv", "Riksbanken möts i juni.\n\n– En sänkning i juni är osannolik, säger Lena Berg.", want{"Lena Berg", "En sänkning i juni är osannolik", kent.QuoteDirect}},
		{"lt", "Ministras kalbėjo penktadienį.\n\n– Mes nesiųsime karių į Ukrainą, – sakė Jonas Petraitis.", want{"Jonas Petraitis", "Mes nesiųsime karių", kent.QuoteDirect}},
	})
}

// A quote paragraph with no frame of its own goes on in the voice of the
// paragraph before: its last quote's speaker, or "X said:".
func TestSpeakerOfAParagraphRunsOn(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "“A cut in June is unlikely,” said Anna Berg, an economist at Nordbank.\n\n“Inflation is still too high.”", want{"Anna Berg", "Inflation is still too high", kent.QuoteDirect}},
		{"de", "Der Ökonom Lukas Weber sagte:\n\n„Eine Zinssenkung im Juni ist unwahrscheinlich.“", want{"Lukas Weber", "Eine Zinssenkung im Juni", kent.QuoteDirect}},
		{"pl", "„Obniżka stóp w czerwcu jest mało prawdopodobna” – powiedział Tomasz Kowalski.\n\n„Inflacja jest wciąż zbyt wysoka.”", want{"Tomasz Kowalski", "Inflacja jest wciąż", kent.QuoteDirect}},
		{"ru", "«Рецессия в этом году маловероятна», — сказал Иван Петров.\n\n«Инфляция всё ещё слишком высока».", want{"Иван Петров", "Инфляция всё ещё", kent.QuoteDirect}},
		{"uk", "Економіст Андрій Коваль сказав:\n\n«Рецесія цього року малоймовірна».", want{"Андрій Коваль", "Рецесія цього року", kent.QuoteDirect}},
		{"sv", "”En sänkning i juni är osannolik”, säger Lena Berg.\n\n”Inflationen är fortfarande för hög.”", want{"Lena Berg", "Inflationen är fortfarande", kent.QuoteDirect}},
	})
	// A paragraph that goes on after the quote in the writer's voice
	// hands nothing on.
	qs, _ := extractor.Extract(article("en", "“A cut in June is unlikely,” said Anna Berg. The bank meets on Thursday.\n\n“Inflation is still too high.”"))
	for _, q := range qs {
		if q.Speaker != nil && q.Text == "Inflation is still too high." {
			t.Errorf("quote after the writer's sentence given to %s", q.Speaker.Name)
		}
	}
}

// A description ("the agency", "der Ökonom", "ekspert") stands for the
// latest named speaker it fits; a capitalised common noun is never one.
func TestDescriptionsAndCommonNouns(t *testing.T) {
	check(t, "en", "According to Fitch, the rating reflects a default.\n\nThe agency said the sanctions had undermined the willingness of Russia to pay its debts.",
		want{"Fitch", "the sanctions had undermined", kent.QuoteIndirect})
	check(t, "de", "Die EZB werde im Juni senken, schreibt Michael Holstein in einem Kommentar.\n\nDas könnte den Euro weiter unter Druck setzen, meint der Ökonom.",
		want{"Michael Holstein", "Die EZB werde im Juni senken", kent.QuoteIndirect},
		want{"Michael Holstein", "Das könnte den Euro", kent.QuoteIndirect})
	check(t, "de", "Eine Staatspleite Russlands hält Marcel Fratzscher für sehr wahrscheinlich.",
		want{"Marcel Fratzscher", "für sehr wahrscheinlich", ""})
	check(t, "pl", "Według Tomasza Kowalskiego z Uniwersytetu Śląskiego Kijów wykonał ogromną pracę.\n\n– To odległa perspektywa – podsumował ekspert.",
		want{"Tomasza Kowalskiego", "To odległa perspektywa", kent.QuoteDirect})
	check(t, "ru", "Премьер-министр Бельгии Александр де Кроо, в свою очередь, считает, что ЕС должен сделать паузу. «С газом путь гораздо сложнее», – отметил он.",
		want{"Александр де Кроо", "С газом путь", kent.QuoteDirect})
	check(t, "uk", "Україна може стати членом ЄС у 2030 році, вважає президент Української асоціації зовнішньої політики Володимир Хандогій.\n\nДипломат також застеріг, що визначати терміни зараз було б великою помилкою.",
		want{"Володимир Хандогій", "Україна може стати членом", kent.QuoteIndirect},
		want{"Володимир Хандогій", "визначати терміни зараз", kent.QuoteIndirect})
	check(t, "sv", "Enligt SEB:s chefsstrateg Amanda Sundström är en sänkning i juni osannolik.",
		want{"Amanda Sundström", "är en sänkning i juni osannolik", kent.QuoteIndirect})
	for lang, text := range map[string]string{
		"en": "But there is one factor. When Russia “finds itself in a very bleak situation”, the chances of change will increase, he concludes.",
		"de": "Der Iran hat die Uran-Anreicherung so weit vorangetrieben, dass er binnen weniger Monate eine Atombombe bauen könnte.",
	} {
		qs, _ := extractor.Extract(article(lang, text))
		for _, q := range qs {
			if q.Speaker != nil && (q.Speaker.Name == "When Russia" || q.Speaker.Name == "Uran-Anreicherung") {
				t.Errorf("%s: a capitalised common phrase became a speaker: %q", lang, q.Text)
			}
		}
	}
}

// langCase is a text in a language and a quote Kent must find in it.
type langCase struct {
	lang, text string
	w          want
}

func checkAll(t *testing.T, cases []langCase) {
	t.Helper()
	for _, c := range cases {
		check(t, c.lang, c.text, c.w)
	}
}
