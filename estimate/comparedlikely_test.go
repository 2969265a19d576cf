package estimate_test

import "testing"

// "X is more likely than Y" is a likely judgement of X, "less likely
// than" an unlikely one, in the comparative's synthetic form
// ("вероятнее", "імовірніший", "prawdopodobniejsze", "tikėtinesnis") and
// its analytic one ("более вероятен, чем", "labiau tikėtinas nei").
func TestMoreLikelyThan(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"ru", "Референдум в этом году вероятнее, чем новые переговоры, сказал премьер.", "referendum"},
		{"ru", "По словам премьера, выход из ОДКБ более вероятен, чем возвращение к участию.", "withdraw"},
		{"pl", "Premier ocenił, że wyjście Armenii z ODKB jest prawdopodobniejsze niż powrót do organizacji.", "withdraw"},
		{"uk", "Прем'єр вважає, що референдум цього року імовірніший, ніж нові переговори.", "referendum"},
		{"be", "Прэм'ер лічыць, што рэферэндум сёлета больш верагодны, чым новыя перамовы.", "referendum"},
		{"lt", "Armėnijos pasitraukimas iš KSSO labiau tikėtinas nei sugrįžimas, sakė premjeras.", "withdraw"},
		{"lt", "Armėnijos pasitraukimas iš KSSO tikėtinesnis nei sugrįžimas, sakė premjeras.", "withdraw"},
	}, "likely")
	checkIdioms(t, []idiomCase{
		{"ru", "Референдум теперь менее вероятен, чем год назад, сказал премьер.", "referendum"},
		{"pl", "Wyjście Armenii z ODKB jest dziś mniej prawdopodobne niż rok temu, powiedział premier.", "withdraw"},
		{"lt", "Armėnijos pasitraukimas iš KSSO dabar mažiau tikėtinas nei prieš metus, sakė premjeras.", "withdraw"},
	}, "unlikely")
}
