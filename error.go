package kent

import (
	"errors"
	"fmt"
)

// Application error codes. Stages and stores return *Error with one of these
// so that the CLI can choose an exit status and a message without knowing
// which stage failed.
const (
	EINVALID  = "invalid"  // the input cannot be used: undecodable, empty, malformed
	ENOTFOUND = "notfound" // no such article or file
	EINTERNAL = "internal" // a bug or a failing dependency
	ECONFLICT = "conflict" // another process changed what a write depended on; retry
)

// Error is an application error with a code and a message meant for a user.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err if it is or wraps an *Error, EINTERNAL for
// any other error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	}
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns what a user may be shown of err: the message of an
// EINVALID or ENOTFOUND error, and for anything else (a failing store, a
// bug) a fixed text, so that SQL, file system or engine details never reach
// a user of a server. The full error belongs in the log.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e) && e.Code != EINTERNAL:
		return e.Message
	}
	return "internal error"
}

// httpStatus maps each error code to the HTTP status a server answers with.
var httpStatus = map[string]int{
	"":        200, // OK
	EINVALID:  400, // Bad Request
	ENOTFOUND: 404, // Not Found
	EINTERNAL: 500, // Internal Server Error
	ECONFLICT: 409, // Conflict
}

// HTTPStatus returns the HTTP status for an error code (ErrorCode of an
// error); an unknown code is 500.
func HTTPStatus(code string) int {
	if s, ok := httpStatus[code]; ok {
		return s
	}
	return 500
}
