package kent_test

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/kentnews/kent"
)

func TestErrorCodesMessagesAndStatuses(t *testing.T) {
	sqlErr := errors.New(`SQL logic error: no such column: speaker_surname (1)`)
	for _, tc := range []struct {
		err     error
		code    string
		message string
		status  int
	}{
		{nil, "", "", http.StatusOK},
		{kent.Errorf(kent.EINVALID, "unknown --format %q", "pdf"), kent.EINVALID, `unknown --format "pdf"`, http.StatusBadRequest},
		{fmt.Errorf("brief: %w", kent.Errorf(kent.ENOTFOUND, "no article with ID %s", "ab12")), kent.ENOTFOUND, "no article with ID ab12", http.StatusNotFound},
		// Internal errors never show their text: it may hold SQL or paths.
		{sqlErr, kent.EINTERNAL, "internal error", http.StatusInternalServerError},
		{fmt.Errorf("storing x.txt: %w", sqlErr), kent.EINTERNAL, "internal error", http.StatusInternalServerError},
		{kent.Errorf(kent.EINTERNAL, "database /home/x/kent.db is locked"), kent.EINTERNAL, "internal error", http.StatusInternalServerError},
	} {
		code := kent.ErrorCode(tc.err)
		if code != tc.code {
			t.Errorf("ErrorCode(%v) = %q, want %q", tc.err, code, tc.code)
		}
		if m := kent.ErrorMessage(tc.err); m != tc.message {
			t.Errorf("ErrorMessage(%v) = %q, want %q", tc.err, m, tc.message)
		}
		if s := kent.HTTPStatus(code); s != tc.status {
			t.Errorf("HTTPStatus(%q) = %d, want %d", code, s, tc.status)
		}
	}
	if s := kent.HTTPStatus("teapot"); s != http.StatusInternalServerError {
		t.Errorf("unknown code: %d", s)
	}
}
