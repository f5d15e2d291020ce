package compliance

import (
	"fmt"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
)

// requirementName names a requirement in errors: `requirement "guards"`, its ID quoted by errbound.Quote
// (at most 64 bytes of it, elided), so that an error about a requirement with a huge ID stays short.
func requirementName(id string) string { return "requirement " + errbound.Quote(id) }

// addRequirement adds the problems of the requirement with the given ID to l: at most errbound.MaxPerItem
// of them, each prefixed with the requirement's name, then one errbound.More counting the rest. When l is
// full they are only counted.
func addRequirement(l *errbound.List, id string, errs []error) {
	if len(errs) == 0 {
		return
	}
	if l.Full() {
		l.Count(len(errs))
		return
	}
	name := requirementName(id)
	for _, err := range errbound.Cap(errs, name) {
		if _, more := err.(*errbound.More); more {
			l.Add(err)
			continue
		}
		l.Add(fmt.Errorf("%s: %w", name, err))
	}
}

// checkUTF8 returns a problem wrapping sentinel when the text field name of item is not valid UTF-8 (text
// that would be written out as U+FFFD and read back as something else), or nil.
func checkUTF8(sentinel error, item, name, v string) error {
	if utf8.ValidString(v) {
		return nil
	}
	if item == "" {
		return fmt.Errorf("%w: %s %s is not valid UTF-8", sentinel, name, errbound.Quote(v))
	}
	return fmt.Errorf("%w: %s: %s %s is not valid UTF-8", sentinel, item, name, errbound.Quote(v))
}
