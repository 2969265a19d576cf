package lexicon

import (
	"regexp"
	"testing"

	"go.yaml.in/yaml/v3"
)

// Every legislature in all.yaml's parliaments is an organisation of
// places/organisations.yaml, given a country code.
func TestParliamentsAreOrganisations(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var orgs map[string][]string
	if err := yaml.Unmarshal(organisationsYAML, &orgs); err != nil {
		t.Fatal(err)
	}
	ps := s.All().Institutions.Parliaments
	if len(ps) == 0 {
		t.Fatal("no parliaments in all.yaml")
	}
	code := regexp.MustCompile(`^[A-Z]{2}$`)
	for k, cc := range ps {
		if _, ok := orgs[k]; !ok {
			t.Errorf("parliaments: %s is no organisation key", k)
		}
		if !code.MatchString(cc) {
			t.Errorf("parliaments: %s: %q is no country code", k, cc)
		}
	}
}
