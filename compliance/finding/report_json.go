package finding

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
)

// reportFormat is the version of the JSON report forms of a Ledger and a Rectification (the "format" key).
const reportFormat = 1

// MarshalJSON writes the ledger as a report:
//
//	{"format": 1, "query": Query, "policy": {"days": n}, "findings": [Finding, …]}
//
// the query's spec as compliance.Summary's report writes it (as compliance.Query writes it, or under a
// prevention schedule with "schedule" in place of "level"), and every finding in the ledger's order (campuses in register
// order, then by date found, then in the standard's requirement order), each with its campus's and
// inspection's refs. A nil or zero Ledger has no report: the error wraps compliance.ErrNil.
func (l *Ledger) MarshalJSON() ([]byte, error) {
	if l == nil || l.reg == nil {
		return nil, fmt.Errorf("%w: nil or zero *Ledger has no JSON form", compliance.ErrNil)
	}
	list := l.list
	if list == nil {
		list = []Finding{}
	}
	return json.Marshal(struct {
		Format   int                  `json:"format"`
		Query    compliance.QuerySpec `json:"query"`
		Policy   Policy               `json:"policy"`
		Findings []Finding            `json:"findings"`
	}{reportFormat, l.q.Spec(), l.policy, list})
}

// UnmarshalJSON refuses: a Ledger is derived by Derive from a history, and its JSON is a report that does not
// hold the register behind it. Decode the findings of a report into []Finding (each has a strict JSON form).
// The error wraps ErrInvalidJSON.
func (l *Ledger) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Ledger's JSON is a report; it cannot be decoded into a Ledger (build one with Derive)", ErrInvalidJSON)
}

// rectificationRow is one jurisdiction's row of a Rectification's report.
type rectificationRow struct {
	Code  hierarchy.Code `json:"code"`
	Tally Tally          `json:"tally"`
}

// MarshalJSON writes the rectification as a report:
//
//	{"format": 1, "query": Query, "total": Tally, "jurisdictions": [{"code": "320505", "tally": Tally}, …]}
//
// the query's spec as the Ledger's report writes it; the states as of the query's date; "jurisdictions" lists every jurisdiction with a finding (tally total >
// 0), rolled up, in ascending code order. A nil or zero Rectification has no report: the error wraps
// compliance.ErrNil.
func (r *Rectification) MarshalJSON() ([]byte, error) {
	if r == nil || r.reg == nil {
		return nil, fmt.Errorf("%w: nil or zero *Rectification has no JSON form", compliance.ErrNil)
	}
	rows := []rectificationRow{}
	tree := r.reg.Tree()
	for i, t := range r.cells {
		if t.Total() > 0 {
			rows = append(rows, rectificationRow{tree.At(i).Code, t})
		}
	}
	return json.Marshal(struct {
		Format        int                  `json:"format"`
		Query         compliance.QuerySpec `json:"query"`
		Total         Tally                `json:"total"`
		Jurisdictions []rectificationRow   `json:"jurisdictions"`
	}{reportFormat, r.q.Spec(), r.total, rows})
}

// UnmarshalJSON refuses, as Ledger.UnmarshalJSON does: a Rectification's JSON is a report (build one with
// Ledger.Rectification). The error wraps ErrInvalidJSON.
func (r *Rectification) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Rectification's JSON is a report; it cannot be decoded into a Rectification", ErrInvalidJSON)
}
