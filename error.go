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
