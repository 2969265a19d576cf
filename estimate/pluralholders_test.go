package estimate_test

import "testing"

// A plural pronoun ("they", "sie halten", "de", "ich zdaniem", "по их
// мнению", "на їхню думку") stands for the group the sentence before
// named, which holds the judgement; a singular pronoun still stands for
// the person.
func TestPluralPronounsHoldAsGroups(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Analysts at Nordbank looked at the figures. They said a cut in June was unlikely.", "unlikely", "Analysts at Nordbank"},
		{"en", "Analysts were cautious on Monday. They said a cut in June was unlikely.", "unlikely", "Analysts"},
		{"en", "Economists at Nordbank were cautious on Monday. In their view, a cut in June is unlikely.", "unlikely", "Economists at Nordbank"},
		{"de", "Analysten der Nordbank waren vorsichtig. Sie halten eine Zinssenkung im Juni für unwahrscheinlich.", "unwahrscheinlich", "Analysten der Nordbank"},
		{"de", "Die Ökonomin Anna Weber war vorsichtig. Sie hält eine Zinssenkung im Juni für unwahrscheinlich.", "unwahrscheinlich", "Anna Weber"},
		{"pl", "Analitycy Nordbanku byli ostrożni. Ich zdaniem obniżka w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Analitycy Nordbanku"},
		{"ru", "Аналитики Сбербанка были осторожны. По их мнению, снижение ставки в июне маловероятно.", "маловероятно", "Аналитики Сбербанка"},
		{"ru", "Аналитики Сбербанка были осторожны. Они считают, что снижение ставки в июне маловероятно.", "маловероятно", "Аналитики Сбербанка"},
		{"uk", "Економісти Нацбанку були обережні. На їхню думку, зниження ставки в червні малоймовірне.", "малоймовірне", "Економісти Нацбанку"},
		{"sv", "Analytikerna på Nordea var försiktiga. De tror att en sänkning i juni är osannolik.", "osannolik", "Analytikerna på Nordea"},
		{"en", "Anna Berg, an economist at Nordbank, was cautious. She said a cut in June was unlikely.", "unlikely", "Anna Berg"},
		// A person who spoke before is no antecedent of a plural pronoun.
		{"en", "Anna Berg, an economist at Nordbank, spoke first. Analysts at Sydbank were more cautious. They said a cut in June was unlikely.", "unlikely", "Analysts at Sydbank"},
		{"de", "Die Ökonomin Anna Weber sprach zuerst. Analysten der Sydbank waren vorsichtiger. Sie sagten, eine Zinssenkung im Juni sei unwahrscheinlich.", "unwahrscheinlich", "Analysten der Sydbank"},
		{"ru", "Экономист Анна Петрова выступила первой. Аналитики Сбербанка были осторожнее. Они считают, что снижение ставки в июне маловероятно.", "маловероятно", "Аналитики Сбербанка"},
		{"uk", "Економістка Анна Коваль виступила першою. Аналітики Ощадбанку були обережніші. Вони вважають, що зниження ставки в червні малоймовірне.", "малоймовірне", "Аналітики Ощадбанку"},
		{"sv", "Ekonomen Anna Berg talade först. Analytikerna på Nordea var försiktigare. De tror att en sänkning i juni är osannolik.", "osannolik", "Analytikerna på Nordea"},
		{"en", "Many EU leaders would like to cut off Russian gas, but they say an embargo this year is unlikely.", "unlikely", "Many EU leaders"},
		{"es", "Fuentes de Exteriores no confirman ese día. Según ellas, el 21 de mayo es probablemente solo una de las fechas.", "probablemente", "Fuentes de Exteriores"},
		{"fr", "Les analystes de Nordbanque restent prudents. Selon elles, une baisse en juin est peu probable.", "peu probable", "analystes de Nordbanque"},
	})
}

// A Polish frame after the judgement names its subject after a weekday
// ("– ocenił we wtorek Jan Nowak"), and the imperfective past of
// "zapewniać" reports as the perfective does.
func TestPolishFramesAfterWeekdays(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Na szczycie w Wilnie Ukraina prawdopodobnie nie otrzyma zaproszenia – ocenił we wtorek Jan Nowak, który kieruje delegacją.", "prawdopodobnie nie", "Jan Nowak"},
		{"pl", "Sekretarz generalny Jan Nowak zapewniał na konferencji prasowej, że Ukraina prawdopodobnie zostanie członkiem NATO.", "prawdopodobnie", "Jan Nowak"},
	})
}
