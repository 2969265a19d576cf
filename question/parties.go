package question

import "strings"

// Parties as a question's subject. A party is an organisation of the
// organisation index (lexicon/places/parties.yaml); what is particular to
// it is how a question names it beside its leader: "Petteri Orpo's National
// Coalition Party", "Orpon kokoomus", "Kaczyńskiego PiS" ask about the
// party, and the leader's name before it only says whose party it is, while
// "PiS leader Jarosław Kaczyński" asks about the person, the party's name
// only saying whose leader he is.

// leaderOfParty tells a run of a person's name that stands right before a
// party's name (words[i]): the name qualifies the party and is no entity.
func (m *Matcher) leaderOfParty(run []string, runAt, i int, key string) bool {
	return len(run) > 0 && runAt+len(run) == i && m.orgs.Party(key)
}

// partyOfLeader tells a party's name of n words at words[i] followed by a
// title and a capitalised name ("PiS leader Jarosław Kaczyński", "SPD-Chef
// Lars Klingbeil" is one word): the party only qualifies the person.
func (m *Matcher) partyOfLeader(words []string, i, n int, key string) bool {
	k := i + n
	return m.orgs.Party(key) && k+1 < len(words) && m.roles[strings.ToLower(words[k])] && isUpper(words[k+1]) &&
		!m.function[strings.ToLower(words[k+1])]
}

// partyAside tells a party named in a proposition that makes it no other
// subject's: parties vote, abstain and back a government in the events of
// a question on a person or a country ("the government survives only if
// the RN abstains"), while in a question on a party another party is
// another subject ("the Finns Party will win").
func (m *Matcher) partyAside(q Question, org string) bool {
	return m.orgs.Party(org) && (q.Subject == nil || !m.orgs.Party(q.Subject.Key))
}
