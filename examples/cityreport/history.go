package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
)

// query is what a status is measured against: a date and a prevention level.
//
// Library gap: compliance.Query, History and Inspection (issue 4) are not in the library yet, so the example
// keeps this small stand-in: it finds each campus's latest inspection on or before a date and lets the
// library's compliance.StatusOf judge it. Every status, tally, rate and change is still the library's.
type query struct {
	AsOf  compliance.Date
	Level compliance.PreventionLevel
}

// history holds each campus's inspections in date order, by the register's dense campus index.
type history struct {
	reg *campus.Register
	std compliance.Standard
	of  [][]samplecity.Visit
}

// newHistory indexes the visits by campus; the visits come in campus order, dates ascending.
func newHistory(reg *campus.Register, std compliance.Standard, visits []samplecity.Visit) *history {
	h := &history{reg: reg, std: std, of: make([][]samplecity.Visit, reg.Len())}
	for _, v := range visits {
		if i, ok := reg.IndexOf(v.Campus); ok {
			h.of[i] = append(h.of[i], v)
		}
	}
	return h
}

// Register returns the register the history indexes.
func (h *history) Register() *campus.Register { return h.reg }

// Latest returns campus i's latest inspection on or before asOf.
func (h *history) Latest(i int, asOf compliance.Date) (samplecity.Visit, bool) {
	vs := h.of[i]
	for k := len(vs) - 1; k >= 0; k-- {
		if !vs[k].Date.After(asOf) {
			return vs[k], true
		}
	}
	return samplecity.Visit{}, false
}

// Status is campus i's status as the query says: unassessed without an inspection, else the library's
// judgement of the latest one.
func (h *history) Status(i int, q query) compliance.Status {
	v, ok := h.Latest(i, q.AsOf)
	if !ok {
		return compliance.Unassessed
	}
	return compliance.StatusOf(h.std, h.reg.At(i), v.Measurements, q.Level)
}
