package estimate_test

import "testing"

// "It will be hard to hold the referendum" in every word order and with
// an adverb inside ("trudno będzie", "будет очень трудно", "bus labai
// sunku", "będzie jednak trudno") is an unlikely judgement of it, as
// "будет трудно" and "will be hard to" already were.
func TestWillBeHard(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Trudno będzie przeprowadzić referendum w tym roku, powiedział politolog Jan Nowak.", "referendum"},
		{"pl", "Referendum w tym roku będzie jednak trudno przeprowadzić, powiedział politolog Jan Nowak.", "referendum"},
		{"ru", "Провести референдум в этом году будет очень трудно, сказал политолог Иван Петров.", "referendum"},
		{"ru", "Трудно будет провести референдум в этом году, сказал политолог Иван Петров.", "referendum"},
		{"uk", "Провести референдум цього року буде дуже важко, сказав політолог Іван Петренко.", "referendum"},
		{"be", "Правесці рэферэндум сёлета будзе цяжка, сказаў палітолаг Іван Пятровіч.", "referendum"},
		{"lt", "Surengti referendumą šiemet bus labai sunku, sakė politologas Jonas Kazlauskas.", "referendum"},
	}, "unlikely", "very_unlikely")
}
