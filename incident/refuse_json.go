package incident

import "fmt"

// MarshalJSON refuses: a Log is an index of incidents over a register, not a record. Write its incidents
// (All; Incident has a JSON form) and the register's records, and build it again with NewLog. The error
// wraps ErrInvalidJSON; the zero Log refuses too.
func (l Log) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Log has no JSON form: write its incidents (All) and build it again with NewLog", ErrInvalidJSON)
}

// MarshalJSON refuses: a Summary is computed from a log by Log.Summarize, and writing its fields would lose
// the log behind its drill-down. Write the figures you need (Tally has a JSON form, Period and rate.Ratio a
// text form), or the log's incidents and Summarize again. The error wraps ErrInvalidJSON; the zero Summary
// refuses too.
func (s Summary) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Summary has no JSON form: write its tallies (Tally) or the log's incidents and Summarize again", ErrInvalidJSON)
}
