package compliance

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrInvalidStatus reports a status that is not one of the four defined values,
// or text that names none of them.
var ErrInvalidStatus = errors.New("compliance: invalid status")

// Status is a campus's compliance status as of a date. The zero value is
// invalid: a status is always one of Compliant, NonCompliant, Incomplete or
// Unassessed. Unassessed is a status of its own and is never folded into
// another one.
type Status uint8

// The statuses, in the order reports list them.
const (
	// Compliant (达标): the campus meets every requirement that applies to it.
	Compliant Status = iota + 1
	// NonCompliant (未达标): at least one applicable requirement is unmet.
	NonCompliant
	// Incomplete (检查不完整): nothing is unmet, but at least one applicable
	// requirement was not observed, so a pass cannot be inferred.
	Incomplete
	// Unassessed (未检查): no inspection counts as of the date.
	Unassessed
)

// statusCount is the number of valid statuses plus one (index 0 = invalid);
// arrays indexed by Status use it so that a status is a direct index.
const statusCount = int(Unassessed) + 1

var statusIDs = [statusCount]string{"", "compliant", "non_compliant", "incomplete", "unassessed"}

var statusLabels = [statusCount]string{"", "达标", "未达标", "检查不完整", "未检查"}

// Statuses returns every valid status in order: Compliant, NonCompliant,
// Incomplete, Unassessed. The slice is new on every call.
func Statuses() []Status {
	return []Status{Compliant, NonCompliant, Incomplete, Unassessed}
}

// IsValid reports whether s is one of the four defined statuses.
func (s Status) IsValid() bool { return s >= Compliant && s <= Unassessed }

// String returns the stable English id ("compliant", "non_compliant",
// "incomplete", "unassessed"), or "Status(N)" for an invalid value.
func (s Status) String() string {
	if !s.IsValid() {
		return "Status(" + strconv.Itoa(int(s)) + ")"
	}
	return statusIDs[s]
}

// Label returns the Chinese label used in reports (达标, 未达标, 检查不完整,
// 未检查), or "" for an invalid value.
func (s Status) Label() string {
	if !s.IsValid() {
		return ""
	}
	return statusLabels[s]
}

// ParseStatus parses a stable English id or a Chinese label.
func ParseStatus(text string) (Status, error) {
	for s := Compliant; s <= Unassessed; s++ {
		if text == statusIDs[s] || text == statusLabels[s] {
			return s, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidStatus, text)
}

// MarshalText encodes s as its English id; an invalid status is an error.
func (s Status) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidStatus, uint8(s))
	}
	return []byte(statusIDs[s]), nil
}

// UnmarshalText decodes an English id or Chinese label, as ParseStatus does.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := ParseStatus(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
