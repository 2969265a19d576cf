package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A time that opens a verb-second clause is an adverbial: the speaker is
// the name after the verb, never the weekday, month or time frame.
func TestTimeNounIsNoSpeaker(t *testing.T) {
	checkAll(t, []langCase{
		{"de", "Am Donnerstag bekräftigte Paschinjan, dass Armenien der Allianz nicht beitreten werde.", want{"Paschinjan", "Armenien der Allianz", kent.QuoteIndirect}},
		{"de", "Paschinjan ist Regierungschef. Am Mittwoch bekräftigte Paschinjan, dass Armenien der Allianz nicht beitreten werde.", want{"Paschinjan", "Armenien der Allianz", kent.QuoteIndirect}},
		{"de", "Am Wochenende sagte Müller, dass ein Beitritt unwahrscheinlich sei.", want{"Müller", "ein Beitritt", kent.QuoteIndirect}},
		{"sv", "På torsdagen sa Kristersson att Sverige inte kommer att gå med.", want{"Kristersson", "Sverige inte", kent.QuoteIndirect}},
		{"nl", "Op donderdag zei Rutte dat Nederland niet zal toetreden.", want{"Rutte", "Nederland niet", kent.QuoteIndirect}},
	})
}

// A time or place adverbial after the cue, closed by a comma, is not what
// was said: the content starts after the comma.
func TestAdverbialAfterCueIsNoContent(t *testing.T) {
	checkAll(t, []langCase{
		{"de", "Anna Müller sagte am Montag in Berlin, ein Beitritt der Ukraine sei in diesem Jahr unwahrscheinlich.", want{"Anna Müller", "ein Beitritt der Ukraine", kent.QuoteIndirect}},
		{"de", "Müller sagte am Montag, ein Beitritt der Ukraine sei in diesem Jahr unwahrscheinlich.", want{"Müller", "ein Beitritt der Ukraine", kent.QuoteIndirect}},
		{"en", "Anna Berg said in Kyiv on Monday, the talks would probably resume in May.", want{"Anna Berg", "the talks would", kent.QuoteIndirect}},
		{"en", "Anna Berg said the Kremlin, which denies it, would not attack this year.", want{"Anna Berg", "the Kremlin, which", kent.QuoteIndirect}},
	})
}
