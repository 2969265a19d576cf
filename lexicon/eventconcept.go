package lexicon

import "slices"

// EventConcept is an event family a question can be about.
type EventConcept struct {
	Name string `yaml:"name"`
	// Key marks the concept that, with the question's key place, is
	// enough for a judgement to bear on the question; otherwise it needs
	// two of the question's concepts.
	Key bool `yaml:"key"`
	// Opposites names the concepts this one negates: a proposition about
	// staying out (abstain) is about joining (enter), read inverted. Such a
	// concept is never taken from a question's own words. A hold of a
	// rate is the opposite of both its cut and its raise, so the data may
	// give one name or a list; the first is the one a question that uses
	// this concept's words asks about ("keep rates unchanged" asks whether
	// there is no cut).
	Opposites OneOrMore `yaml:"opposite"`
	// Flips marks a concept that turns whatever family it governs into its
	// opposite: refusing, rejecting, vetoing, postponing or avoiding an
	// event is against it.
	Flips bool `yaml:"flips"`
	// Implies names the key families this one's happening brings about:
	// a coalition's collapse brings an early election, a coup the ouster
	// of who ruled. A judgement that it is likely bears on a question on
	// the implied family (package question shows why); that it is
	// unlikely says little of the implied event, which may come about
	// otherwise.
	// Kin are concepts that news uses for this family's event itself when
	// they take its subject: of a question on invading, "Russia will not
	// attack Ukraine" and "there will be no war" are judgements on the
	// invasion. A kin concept counts as the family only when no other key
	// family is in the judgement ("Russia will lose the war" is on losing).
	Kin []string `yaml:"kin"`
	// Contest marks a family of a race with rivals (winning an election):
	// of a question on one candidate's win, a named rival's win or loss,
	// in an article on the candidate, is the candidate's loss or win.
	Contest bool `yaml:"contest"`
	// Lasts marks a state whose holding is the event asked about (a
	// ceasefire, a leader in office): a negated verb of lasting after its
	// word denies it ("the truce will not last", "он не продержится
	// долго"), where of an event that happens ("a shutdown won't last
	// long") it only says how long.
	Lasts bool `yaml:"lasts"`
	// Sited marks a family whose event happens at a place that is not
	// its party: a ceasefire in Gaza is agreed by Israel and Hamas, talks
	// in Doha are not Qatar's. A place such a question names beside its
	// subject and object is where the event happens, and an article whose
	// title or lead names it is on the question's event (package
	// question's settingNames).
	Sited bool `yaml:"sited"`
	// Talk marks a concept of talking about an event (discussing,
	// debating): a proposition whose predicate is one is about the talk,
	// not about the event talked of ("Congress will discuss annexation").
	Talk    bool     `yaml:"talk"`
	Implies []string `yaml:"implies"`
	// Into names the key family this concept is when what it takes is the
	// question's organisation: entering the EU ("Ukraina do UE nie
	// wejdzie", "войти в ЕС") is joining it, entering a war is not.
	Into string `yaml:"into"`
	// OutOf names the key family this concept ends when what it takes is
	// the question's organisation: leaving the CSTO, or a membership that
	// will end, is against joining it (read inverted), not another event.
	OutOf string `yaml:"out_of"`
	// Narrows names the key families this concept is a part or stage of:
	// the popular vote or a primary of winning an election. A judgement
	// whose proposition names it is about that part, not the wider event a
	// question asks about, and is set aside with that reason.
	Narrows []string `yaml:"narrows"`
	// YieldsTo names the families that, named in a question with this
	// one, are what it asks, wherever their words stand: "Will the treaty
	// be ratified?" asks about ratifying the deal, as "Will the Senate
	// ratify the treaty?" does.
	YieldsTo []string `yaml:"yields_to"`
	// Setting marks a family whose nouns of time events (a summit, a
	// meeting: time_events) often say when and where a question's event
	// happens: "invited to join NATO at the Vilnius summit" asks about the
	// invitation. Such a noun yields to any other family the question
	// names, and alone is the event ("Will Biden and Xi hold a summit?").
	Setting bool `yaml:"setting"`
	// ByObject marks a family whose event the question's object does to
	// its subject: an alliance invites a country. "NATO will not extend an
	// invitation to Ukraine" is the question's event, its subject the
	// question's object; elsewhere that turn of roles is another event
	// ("Canada will impose tariffs on the US").
	ByObject bool `yaml:"by_object"`
	// Theatre marks a family whose object is a side in a war fought on
	// other ground: troops sent to Russia fight in Ukraine, so a country
	// named beside the object is where the event happens, not another
	// object of it (package question's otherCountry).
	Theatre bool `yaml:"theatre"`
	// Absorbs names concepts that flip (refuse) whose words this family
	// shares: of a question on this family (vetoing) they name its event,
	// not its reversal; of a question on another family they flip it as
	// ever. A family that absorbs is asked about only when no other key
	// family is, or when the event it blocks is another entity's
	// (package question).
	Absorbs []string `yaml:"absorbs"`
}

// AbsorbsFlip reports whether the concept takes flip concept c's words as
// its own event.
func (ec EventConcept) AbsorbsFlip(c string) bool { return slices.Contains(ec.Absorbs, c) }

// HasOpposite reports whether the concept negates another.
func (ec EventConcept) HasOpposite() bool { return len(ec.Opposites) > 0 }

// Opposite is the concept's first opposite, the one its words ask about in
// a question, or "".
func (ec EventConcept) Opposite() string {
	if len(ec.Opposites) == 0 {
		return ""
	}
	return ec.Opposites[0]
}

// OppositeIn returns the first of the concept's opposites that concepts
// holds: of a question on a raise, a hold is the raise's opposite.
func (ec EventConcept) OppositeIn(concepts []string) (string, bool) {
	for _, o := range ec.Opposites {
		if slices.Contains(concepts, o) {
			return o, true
		}
	}
	return "", false
}

// Opposes reports whether c is one of the concept's opposites.
func (ec EventConcept) Opposes(c string) bool { return slices.Contains(ec.Opposites, c) }
