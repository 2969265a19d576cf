package estimate_test

import "testing"

// A party saying it would not support a step ("would not support a gas
// embargo", "werde einem Gasembargo nicht zustimmen", "ne soutiendrait
// pas", "no apoyaría", "non sosterrebbe", "inte skulle stödja") is its
// judgement against the step, unlikely, held by the party; the reported
// conditional of these verbs gave nothing.
func TestWouldNotSupport(t *testing.T) {
	wantBandHeld(t, "unlikely", []cueCase{
		{"en", "The leaders of Portugal and Belgium have also said they would not support a gas embargo.", "would not support", "leaders of Portugal and Belgium"},
		{"de", "Ungarn erklärte, es werde einem Gasembargo nicht zustimmen.", "werde einem Gasembargo nicht zustimmen", "Ungarn"},
		{"fr", "La Hongrie a dit qu'elle ne soutiendrait pas un embargo sur le gaz.", "ne soutiendrait pas", "La Hongrie"},
		{"es", "Hungría dijo que no apoyaría un embargo al gas.", "no apoyaría", "Hungría"},
		{"it", "L'Ungheria ha detto che non sosterrebbe un embargo sul gas.", "non sosterrebbe", "L'Ungheria"},
		{"sv", "Ungern säger att landet inte skulle stödja ett gasembargo.", "inte skulle stödja", "Ungern"},
	})
}
