package question_test

import "testing"

// What a user reads atop the brief for questions whose parts are said in
// ways the first mechanisms missed, each in six languages or more:
// staying out of an organisation or a war (the family asked negated), a
// time bound given by an event rather than a date, a person's government
// as the subject, a place-class noun before a place's name, a possessive
// place as the object of an attack, and a city that falls.
func TestUnderstandFrames(t *testing.T) {
	m, _, _ := setup(t)
	cases := []struct {
		lang, text, subject, family, object, time string
		negated                                   bool
	}{
		// Staying out of the EU is membership asked negated; staying out
		// of the war is war entry asked negated.
		{"en", "Will Norway stay outside the European Union?", "place NO", "membership", "EU", "", true},
		{"sv", "Kommer Schweiz att stå utanför EU?", "place CH", "membership", "EU", "", true},
		{"pl", "Czy Szwajcaria pozostanie poza Unią Europejską?", "place CH", "membership", "EU", "", true},
		{"ru", "Останется ли Швейцария вне Евросоюза?", "place CH", "membership", "EU", "", true},
		{"uk", "Чи залишиться Норвегія поза Європейським Союзом?", "place NO", "membership", "EU", "", true},
		{"fi", "Pysyykö Norja EU:n ulkopuolella?", "place NO", "membership", "EU", "", true},
		{"de", "Wird die Schweiz der EU fernbleiben?", "place CH", "membership", "EU", "", true},
		{"fr", "La Suisse restera-t-elle en dehors de l'UE ?", "place CH", "membership", "EU", "", true},
		{"it", "La Norvegia resterà fuori dall'UE?", "place NO", "membership", "EU", "", true},
		{"en", "Will Hungary stay out of the war?", "place HU", "military", "", "", true},
		{"de", "Wird sich Ungarn aus dem Krieg heraushalten?", "place HU", "military", "", "", true},
		{"sv", "Kommer Ungern att hålla sig utanför kriget?", "place HU", "military", "", "", true},
		{"ru", "Останется ли Венгрия в стороне от войны?", "place HU", "military", "", "", true},
		{"uk", "Чи залишиться Угорщина осторонь війни?", "place HU", "military", "", "", true},
		{"fi", "Pysyykö Unkari sodan ulkopuolella?", "place HU", "military", "", "", true},
		// A time bound given by an event, as written; "the next
		// election" with no preposition is what is asked, not when.
		{"en", "Will Joe Biden stay in the race until the convention?", "person bdn", "withdraw", "", "until the convention", true},
		{"en", "Will the ECB hold rates at its next meeting?", "organisation ECB", "rate-cut", "", "at its next meeting", true},
		{"de", "Wird Friedrich Merz vor der nächsten Wahl zurücktreten?", "person mrc", "resign", "", "vor der nächsten Wahl", false},
		{"de", "Wird die Bank of England die Zinsen auf ihrer nächsten Sitzung senken?", "organisation BoE", "rate-cut", "", "auf ihrer nächsten Sitzung", false},
		{"sv", "Kommer Kristersson att avgå före riksdagsvalet?", "person krstrsn", "resign", "", "före riksdagsvalet", false},
		{"sv", "Kommer ECB att sänka räntan vid nästa möte?", "organisation ECB", "rate-cut", "", "vid nästa möte", false},
		{"pl", "Czy NBP obniży stopy procentowe na najbliższym posiedzeniu?", "organisation NBP", "rate-cut", "", "na najbliższym posiedzeniu", false},
		{"ru", "Уйдёт ли Эмманюэль Макрон в отставку до выборов?", "person mkrn", "resign", "", "до выборов", false},
		{"uk", "Чи проведе Шотландія референдум про незалежність до виборів?", "place GB-SCT", "referendum", "", "до виборів", false},
		{"fi", "Eroaako Orpo ennen eduskuntavaaleja?", "person rp", "resign", "", "ennen eduskuntavaaleja", false},
		{"fi", "Pitääkö Yhdysvaltain keskuspankki korot ennallaan seuraavassa kokouksessaan?", "organisation Fed", "rate-cut", "", "seuraavassa kokouksessaan", true},
		{"es", "¿Bajará el BCE los tipos en la próxima reunión?", "organisation ECB", "rate-cut", "", "en la próxima reunión", false},
		{"es", "¿Ganará Pedro Sánchez las próximas elecciones generales?", "person snhs", "win", "", "", false},
		{"en", "Will Trump win the next election?", "person trmp", "win", "", "", false},
		{"pl", "Czy Tusk wygra najbliższe wybory?", "person tsk", "win", "", "", false},
		// A government named by its head (genitive, "von", "de") has
		// the head as its subject.
		{"en", "Will Barnier's government fall before 2025?", "person brnr", "collapse", "", "before 2025", false},
		{"sv", "Kommer Michel Barniers regering att fällas i en misstroendeomröstning före 2025?", "person brnr", "collapse", "", "före 2025", false},
		{"de", "Wird Barniers Regierung vor 2025 stürzen?", "person brnr", "collapse", "", "vor 2025", false},
		{"de", "Wird die Regierung von Michel Barnier vor 2025 durch ein Misstrauensvotum gestürzt?", "person brnr", "collapse", "", "vor 2025", false},
		{"nl", "Valt de regering van Michel Barnier voor 2025?", "person brnr", "collapse", "", "voor 2025", false},
		{"it", "Il governo di Michel Barnier cadrà prima del 2025?", "person brnr", "collapse", "", "prima del 2025", false},
		{"es", "¿Caerá el gobierno de Michel Barnier antes de 2025?", "person brnr", "collapse", "", "antes de 2025", false},
		{"uk", "Чи впаде уряд Мішеля Барньє до 2025 року?", "person brnr", "collapse", "", "до 2025 року", false},
		// A noun for a city before a place's name is no given name, and a
		// city that falls is captured.
		{"de", "Werden sich die russischen Truppen vor 2023 aus der Stadt Cherson zurückziehen?", "place RU", "withdraw", "Kherson", "vor 2023", false},
		{"de", "Wird die Stadt Pokrowsk bis Ende des Jahres fallen?", "place Pokrovsk", "capture", "", "bis ende des jahres", false},
		{"en", "Will the city of Kherson fall this year?", "place Kherson", "capture", "", "this year", false},
		{"sv", "Kommer staden Cherson att falla i år?", "place Kherson", "capture", "", "i år", false},
		{"pl", "Czy miasto Chersoń upadnie w tym roku?", "place Kherson", "capture", "", "w tym roku", false},
		{"ru", "Падёт ли город Херсон в этом году?", "place Kherson", "capture", "", "в этом году", false},
		{"uk", "Чи впаде місто Херсон цього року?", "place Kherson", "capture", "", "цього року", false},
		{"fi", "Kaatuuko Hersonin kaupunki tänä vuonna?", "place Kherson", "capture", "", "tänä vuonna", false},
		{"fr", "La ville de Kherson tombera-t-elle cette année ?", "place Kherson", "capture", "", "cette année", false},
		// A place that owns what is attacked is the object; striking
		// nuclear sites is an attack, not the use of nuclear weapons.
		{"en", "Will Israel strike Iran's nuclear sites before the US election?", "place IL", "attack", "IR", "before the US election", false},
		{"en", "Will Israel attack Iran's nuclear facilities in 2025?", "place IL", "attack", "IR", "in 2025", false},
		{"fr", "Israël frappera-t-il les sites nucléaires de l'Iran ?", "place IL", "attack", "IR", "", false},
		{"sv", "Kommer Israel att anfalla Irans kärnanläggningar före valet?", "place IL", "attack", "IR", "före valet", false},
		{"pl", "Czy Izrael zaatakuje obiekty jądrowe Iranu?", "place IL", "attack", "IR", "", false},
		{"ru", "Нанесёт ли Израиль удар по ядерным объектам Ирана в этом году?", "place IL", "attack", "IR", "в этом году", false},
		{"uk", "Чи завдасть Ізраїль удару по ядерних об'єктах Ірану цього року?", "place IL", "attack", "IR", "цього року", false},
		{"fi", "Iskeekö Israel Iranin ydinlaitoksiin?", "place IL", "attack", "IR", "", false},
		{"de", "Wird Israel die Atomanlagen des Iran angreifen?", "place IL", "attack", "IR", "", false},
		// A deadline before a season or a holiday, in languages whose
		// lexicons list no word that excludes its date too; the nearest
		// deadline before the time noun.
		{"uk", "Чи ратифікує Угорщина угоду до літа?", "place HU", "ratify", "", "до літа", false},
		{"ru", "Заключат ли Израиль и Хезболла перемирие до Нового года?", "place IL", "ceasefire", "Hezbollah", "до Нового года", false},
		{"pl", "Czy Izrael i Hezbollah zawrą rozejm przed świętami?", "place IL", "ceasefire", "Hezbollah", "przed świętami", false},
		{"de", "Werden Israel und die Hisbollah vor Weihnachten eine Waffenruhe vereinbaren?", "place IL", "ceasefire", "Hezbollah", "vor Weihnachten", false},
		{"sv", "Kommer Israel och Hizbollah att komma överens om vapenvila före jul?", "place IL", "ceasefire", "Hezbollah", "före jul", false},
		{"en", "Will Israel and Hezbollah agree a ceasefire before Christmas?", "place IL", "ceasefire", "Hezbollah", "before Christmas", false},
		{"pl", "Czy Donald Tusk poda się do dymisji przed końcem roku?", "person tsk", "resign", "", "przed końcem roku", false},
		// A year after "of" qualifies a noun; a deadline of several
		// words is kept whole.
		{"de", "Werden Iran und die Weltmächte 2022 das Atomabkommen von 2015 wiederbeleben?", "place IR", "deal", "", "2022", false},
		{"es", "¿Reconocerá España formalmente el Estado de Palestina antes de que acabe mayo de 2024?", "place ES", "recognise", "PS", "antes de que acabe mayo de 2024", false},
		{"fr", "La BCE va-t-elle baisser ses taux directeurs d'ici sa réunion de juin 2024 ?", "organisation ECB", "rate-cut", "", "d'ici juin 2024", false},
		// Asked negatively, in six languages (the Finnish verb's
		// negative form "liity" with the union it joins).
		{"fi", "Eikö Serbia liity EU:hun ennen vuotta 2030?", "place RS", "membership", "EU", "ennen vuotta 2030", true},
		{"uk", "Чи не підпише Україна угоду до кінця року?", "place UA", "deal", "", "до кінця року", true},
		{"ru", "Не вступит ли Молдова в ЕС до 2030 года?", "place MD", "membership", "EU", "до 2030 года", true},
		{"pl", "Czy Serbia nie przystąpi do UE przed 2030 rokiem?", "place RS", "membership", "EU", "przed 2030 rokiem", true},
		{"sv", "Kommer Serbien inte att gå med i EU före 2030?", "place RS", "membership", "EU", "före 2030", true},
		{"de", "Wird Serbien der EU vor 2030 nicht beitreten?", "place RS", "membership", "EU", "vor 2030", true},
		// An invitation to an alliance is a step of joining it, and a
		// summit or meeting named as when and where is no event: the
		// summit is the event only when nothing else is asked.
		{"en", "Will Georgia be invited to join NATO at the Bucharest summit?", "place GE", "membership", "NATO", "", false},
		{"de", "Wird Georgien beim NATO-Gipfel in Bukarest zum Beitritt eingeladen?", "place GE", "membership", "NATO", "", false},
		{"pl", "Czy Gruzja zostanie zaproszona do NATO na szczycie w Bukareszcie?", "place GE", "membership", "NATO", "", false},
		{"ru", "Получит ли Грузия приглашение в НАТО на саммите в Бухаресте?", "place GE", "membership", "NATO", "", false},
		{"uk", "Чи отримає Грузія запрошення до НАТО на саміті в Бухаресті?", "place GE", "membership", "NATO", "", false},
		{"sv", "Kommer Georgien att bjudas in till Nato vid toppmötet i Bukarest?", "place GE", "membership", "NATO", "", false},
		{"fi", "Kutsutaanko Georgia Natoon Bukarestin huippukokouksessa?", "place GE", "membership", "NATO", "", false},
		{"en", "Will the EU agree on new sanctions at the June summit?", "organisation EU", "deal", "", "", false},
		{"en", "Will Biden and Xi hold a summit this year?", "person bdn", "meet", "", "this year", false},
		{"en", "Will Trump and Xi meet at the G20 summit?", "person trmp", "meet", "", "", false},
		// An invitation to the alliance's summit is one to the meeting.
		{"en", "Will Ukraine be invited to the NATO summit in Vilnius?", "place UA", "meet", "NATO", "", false},
		{"de", "Wird die Ukraine zum NATO-Gipfel eingeladen?", "place UA", "meet", "NATO", "", false},
		{"ru", "Пригласят ли Украину на саммит НАТО?", "place UA", "meet", "NATO", "", false},
		{"pl", "Czy Ukraina zostanie zaproszona na szczyt NATO?", "place UA", "meet", "NATO", "", false},
		// Impeachment in its longer forms.
		{"fi", "Asetetaanko Yhdysvaltain presidentti virkasyytteeseen ennen vuoden loppua?", "place US", "impeach", "", "ennen vuoden loppua", false},
		{"pl", "Czy Donald Trump zostanie postawiony w stan oskarżenia?", "person trmp", "impeach", "", "", false},
	}
	for _, c := range cases {
		q := m.ParseIn(c.text, c.lang, false)
		subj, obj := "", ""
		if q.Subject != nil {
			subj = q.Subject.Kind + " " + q.Subject.Key
		}
		if q.Object != nil {
			obj = q.Object.Key
		}
		if subj != c.subject || q.Family != c.family || obj != c.object || q.Negated != c.negated || q.TimeBound != c.time {
			t.Errorf("%s %q: understood %s (time %q), want %s · %s · object %q · negated %v · time %q",
				c.lang, c.text, m.Frame(q).Summary, q.TimeBound, c.subject, c.family, c.object, c.negated, c.time)
		}
	}
}
