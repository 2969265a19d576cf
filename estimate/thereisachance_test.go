package estimate_test

import "testing"

// "There is a chance / a probability that" with no degree ("есть
// вероятность, что", "є шанс", "istnieje prawdopodobieństwo", "ёсць
// верагоднасць", "yra tikimybė") states a possibility, about even, as
// "there is a chance" and "istnieje szansa" are; a degree word makes it
// more ("есть высокая вероятность").
func TestThereIsAChance(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"ru", "Есть вероятность, что референдум состоится в этом году, сказал политолог Иван Петров.", "referendum"},
		{"ru", "Есть шанс, что референдум состоится в этом году, сказал политолог Иван Петров.", "referendum"},
		{"uk", "Є ймовірність, що референдум відбудеться цього року, сказав політолог Іван Петренко.", "referendum"},
		{"uk", "Є шанс, що референдум відбудеться цього року, сказав політолог Іван Петренко.", "referendum"},
		{"pl", "Istnieje prawdopodobieństwo, że referendum odbędzie się w tym roku, powiedział politolog Jan Nowak.", "referendum"},
		{"be", "Ёсць верагоднасць, што рэферэндум адбудзецца сёлета, сказаў палітолаг Іван Пятровіч.", "referendum"},
		{"lt", "Yra tikimybė, kad referendumas įvyks šiemet, sakė politologas Jonas Kazlauskas.", "referendum"},
	}, "roughly_even")
	checkIdioms(t, []idiomCase{
		{"ru", "Есть высокая вероятность, что референдум состоится в этом году, сказал политолог Иван Петров.", "referendum"},
		{"lt", "Yra didelė tikimybė, kad referendumas įvyks šiemet, sakė politologas Jonas Kazlauskas.", "referendum"},
	}, "likely", "very_likely")
}
