package estimate_test

import "testing"

// A description of an organisation as the subject of an estimating verb
// ("the bank expects", "menar banken", "die Bank rechnet") stands for the
// organisation the article named that it fits, not for the article's own
// voice.
func TestOrganisationDescriptionAsSubject(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Nordbank cut its rate on Wednesday. The bank expects two more cuts later this year.", "expects", "Nordbank"},
		{"en", "Anna Berg, Nordbank's chief economist, said inflation fell. The bank expects two more cuts later this year.", "expects", "Nordbank"},
		{"sv", "Nordbanken sänkte räntan i dag. Om inflationen faller menar banken att räntan troligtvis sänks i juni.", "troligtvis", "Nordbanken"},
		{"de", "Die Nordbank senkte den Leitzins. Die Bank rechnet mit zwei weiteren Senkungen in diesem Jahr.", "rechnet mit", "Nordbank"},
		{"pl", "Nordbank obniżył stopy w środę. Bank spodziewa się, że kolejna obniżka w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Nordbank"},
		{"ru", "Нордбанк снизил ставку в среду. Банк считает, что новое снижение в июне маловероятно.", "маловероятно", "Нордбанк"},
		{"uk", "Нордбанк знизив ставку в середу. Банк вважає, що нове зниження у червні малоймовірне.", "малоймовірне", "Нордбанк"},
	})
}

// A subject pronoun before a reporting or belief verb, an adverb between
// ("Han säger nu att"), stands for the person the sentence before opens
// with, after their title, though that sentence reports nothing.
func TestPronounSubjectAfterTitledName(t *testing.T) {
	checkHolders(t, []holderCase{
		{"sv", "Vice riksbankschef Per Olsson hade hållit dörren öppen för en sänkning i mars. Han säger nu att en första sänkning i maj är trolig i nuläget.", "trolig", "Per Olsson"},
		{"sv", "Vice riksbankschef Per Olsson hade hållit dörren öppen för en sänkning i mars. Han säger att en första sänkning i maj är trolig.", "trolig", "Per Olsson"},
		{"en", "Deputy governor Anna Berg had kept the door open to a cut in March. She now says a first cut in May is likely.", "likely", "Anna Berg"},
		{"de", "Vizepräsident Jan Weber hatte eine Senkung im März offengehalten. Er sagt nun, eine erste Senkung im Mai sei wahrscheinlich.", "wahrscheinlich", "Jan Weber"},
		{"ru", "Экономист Иван Петров допускал снижение в марте. Теперь он говорит, что снижение в мае вероятно.", "вероятно", "Иван Петров"},
		{"uk", "Економіст Іван Петренко допускав зниження у березні. Тепер він каже, що зниження у травні ймовірне.", "ймовірне", "Іван Петренко"},
	})
}

// A subjectless reporting verb with an adverb before its clause
// ("Zaznaczył zarazem, że", "Отметил также, что", "Зазначив також, що")
// stands for the speaker before, as it does without the adverb.
func TestProDropVerbWithAdverb(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "– Nie da się tego zrobić w dzień czy dwa – ocenił minister Jan Nowak. Zaznaczył zarazem, że trudno przewidzieć dalsze działania Rosjan.", "trudno przewidzieć", "Jan Nowak"},
		{"ru", "Министр Иван Петров заявил, что переговоры идут. Отметил также, что соглашение маловероятно.", "маловероятно", "Иван Петров"},
		{"uk", "Міністр Іван Петренко заявив, що переговори тривають. Зазначив також, що угода малоймовірна.", "малоймовірна", "Іван Петренко"},
	})
}

// An agency that passes on what someone said ("…, said President Trump,
// Reuters reported") is no one a pronoun after it stands for: "He added"
// is still the speaker it relays.
func TestPronounAfterRelayedSpeaker(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "The US will probably impose tariffs on Saturday, President Donald Trump confirmed, Reuters reported. He did not rule out that the tariffs could rise later.", "could", "Donald Trump"},
		{"de", "Die USA werden am Samstag Zölle einführen, sagte Präsident Donald Trump, wie Reuters berichtet. Er sagte, eine spätere Erhöhung sei wahrscheinlich.", "wahrscheinlich", "Donald Trump"},
		{"sv", "USA inför tullar på lördag, sade president Donald Trump, rapporterar Reuters. Han sade att en senare höjning är trolig.", "trolig", "Donald Trump"},
		{"pl", "USA wprowadzą cła w sobotę, powiedział prezydent Donald Trump, jak podaje Reuters. Dodał, że późniejsza podwyżka jest prawdopodobna.", "prawdopodobna", "Donald Trump"},
		{"ru", "США в субботу введут пошлины, заявил президент Дональд Трамп, сообщает Reuters. Он добавил, что позднее повышение вероятно.", "вероятно", "Дональд Трамп"},
		{"uk", "США в суботу запровадять мита, заявив президент Дональд Трамп, повідомляє Reuters. Він додав, що пізніше підвищення ймовірне.", "ймовірне", "Дональд Трамп"},
	})
}

// A description after the judgement ("…, the bank said in a statement",
// "…, skriver banken") and a possessive source after a quote ("„…“, heißt
// es in ihrer Erklärung") stand for the organisation the article named.
func TestTrailingOrganisationFrames(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "The Nordbank kept its rate. A cut in June is likely, the bank said in a statement.", "likely", "Nordbank"},
		{"sv", "Nordbanken höll räntan. En sänkning i juni är trolig, skriver banken i ett pressmeddelande.", "trolig", "Nordbanken"},
		{"de", "Zugleich stellte die Nordbank eine Wende in Aussicht: \"Es ist wahrscheinlich, dass der Leitzins im Juni gesenkt wird\", heißt es in ihrer Erklärung.", "wahrscheinlich", "Nordbank"},
		{"de", "Die Nordbank hielt den Leitzins. Eine Senkung im Juni sei wahrscheinlich, heißt es in der Erklärung der Bank.", "wahrscheinlich", "Nordbank"},
	})
}

// A role whose name follows a party's name in quote marks is that person
// ("заявив лідер фракції «Слуга народу» Давид Арахамія"), and an acronym
// before a person's name belongs to their title ("Верховна представниця
// ЄС Кая Каллас").
func TestRoleNamesAcrossQuotedPartiesAndAcronyms(t *testing.T) {
	checkHolders(t, []holderCase{
		{"uk", "Наступного року в Україні виборів, ймовірно, не буде, заявив лідер фракції «Слуга народу» Давид Арахамія в інтерв'ю телеканалу.", "ймовірно", "Давид Арахамія"},
		{"ru", "Выборов в следующем году, вероятно, не будет, заявил лидер фракции «Единая Россия» Иван Петров в интервью телеканалу.", "вероятно", "Иван Петров"},
		{"uk", "Верховна представниця ЄС Кая Каллас заявила, що угода малоймовірна.", "малоймовірна", "Кая Каллас"},
	})
}

// The agent of a passive cue holds it ("is expected in June by analysts",
// "von Analysten erwartet", "väntas av analytiker"); "by April" is a time.
func TestPassiveAgentHolds(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "The minutes note that a first rate cut is expected in May or June by analysts.", "is expected", "analysts"},
		{"en", "A first rate cut is expected by April.", "is expected", ""},
		{"de", "Eine erste Zinssenkung wird im Juni von Analysten erwartet.", "erwartet", "Analysten"},
		{"sv", "En första sänkning väntas i juni av analytiker.", "väntas", "analytiker"},
	})
}

// Quoted words no frame attributes, inside a sentence that opens with a
// named person ("Anna Berg … does not rule out a move in March, “but we
// think May is more likely”"), are that person's.
func TestQuoteInsideSentenceOfItsSpeaker(t *testing.T) {
	checkHolders(t, []holderCase{
		{"fr", "Andrew Martin, chef économiste pour l'Europe chez Capital Nord, n'écarte pas tout à fait un geste dès mars si les chiffres le permettent, « mais nous pensons que le mois de mai est plus probable ».", "probable", "Andrew Martin"},
		{"en", "Anna Berg, chief economist at Nordbank, does not quite rule out a move in March if the figures allow it, \"but we think May is more likely\".", "likely", "Anna Berg"},
		{"de", "Anna Berg, Chefvolkswirtin der Nordbank, schließt einen Schritt im März nicht ganz aus, \"aber eine Senkung im Mai ist wahrscheinlich\".", "wahrscheinlich", "Anna Berg"},
		{"sv", "Anna Berg, chefsekonom på Nordbanken, utesluter inte helt ett steg i mars, ”men maj är mer troligt”.", "troligt", "Anna Berg"},
		{"pl", "Anna Nowak, główna ekonomistka Nordbanku, nie wyklucza ruchu w marcu, „ale maj jest bardziej prawdopodobny”.", "prawdopodobny", "Anna Nowak"},
		{"ru", "Анна Петрова, главный экономист Нордбанка, не исключает шага в марте, «но май более вероятен».", "вероятен", "Анна Петрова"},
		{"uk", "Анна Петренко, головна економістка Нордбанку, не виключає кроку в березні, «але травень більш імовірний».", "імовірний", "Анна Петренко"},
	})
}

// The speaker's own affiliation before the quote is no second speaker.
func TestQuoteAfterSpeakersAffiliation(t *testing.T) {
	checkHolders(t, []holderCase{
		{"fr", "Andrew Martin, chef économiste pour l'Europe chez Capital Economics, n'écarte pas un geste dès mars, « mais nous pensons que le mois de mai est plus probable ».", "probable", "Andrew Martin"},
		{"en", "Anna Berg, chief economist at Capital North, does not rule out a move in March, \"but we think May is more likely\".", "likely", "Anna Berg"},
	})
}

// A source phrase that names no one after the judgement ("— йдеться в
// публікації.", "heißt es in der Mitteilung.", "говорится в публикации")
// is the publication of the organisation the article just named.
func TestBareSourcePhraseIsThePublisher(t *testing.T) {
	checkHolders(t, []holderCase{
		{"uk", "Нову хвилю мобілізації можуть оголосити у вересні, пише ZN.UA з посиланням на джерела.\n\n«Наприкінці вересня указ, ймовірно, підпишуть», — йдеться в публікації.", "ймовірно", "ZN.UA"},
		{"de", "Das Ifo-Institut hat am Montag seine Prognose veröffentlicht. Eine Rezession sei wahrscheinlich, heißt es in der Mitteilung.", "wahrscheinlich", "Ifo-Institut"},
		{"ru", "РБК опубликовал новый материал. «Выборы, вероятно, отложат», говорится в публикации.", "вероятно", "РБК"},
	})
}
