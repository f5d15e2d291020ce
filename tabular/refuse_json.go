package tabular

import "fmt"

// MarshalJSON refuses: an Error is a problem report whose cause (Err) has no JSON form; write its Error()
// text, or Line, Column and Key in a form of your own. The error wraps ErrUnwritable.
func (e Error) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a tabular.Error has no JSON form: write its Error() text", ErrUnwritable)
}

// MarshalJSON refuses: a Reader is a stream over an io.Reader, not data. Read its records (each has a JSON
// form) and write those. The error wraps ErrUnwritable.
func (r Reader[T]) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a tabular.Reader has no JSON form: write the records it reads", ErrUnwritable)
}

// MarshalJSON refuses: a Writer is a stream over an io.Writer, not data. The error wraps ErrUnwritable.
func (w Writer[T]) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a tabular.Writer has no JSON form: write the records you give it", ErrUnwritable)
}

// MarshalJSON refuses: an InspectionWriter is a stream over an io.Writer, not data. The error wraps
// ErrUnwritable.
func (iw InspectionWriter) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a tabular.InspectionWriter has no JSON form: write the inspections you give it", ErrUnwritable)
}
