package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
)

// row is one line of the table by district / county-level city and town.
type row struct {
	Code       hierarchy.Code  `json:"code"`
	Name       string          `json:"name"`
	Level      hierarchy.Level `json:"level"`
	Licensed   statusLine      `json:"licensed"`
	Unlicensed statusLine      `json:"unlicensed"`
	All        statusLine      `json:"all"`
}

// buildTable makes a row for the city and for every district and town under it, in code order.
func (o *settings) buildTable(tree *hierarchy.Tree, city hierarchy.Code, now []split) []row {
	var out []row
	for j := range tree.Walk(city) {
		i, _ := tree.Index(j.Code)
		s := now[i]
		out = append(out, row{
			Code: j.Code, Name: j.Name, Level: j.Code.Level(),
			Licensed:   o.line(s[campus.Licensed], j.Code, campus.Licensed),
			Unlicensed: o.line(s[campus.Unlicensed], j.Code, campus.Unlicensed),
			All:        o.line(s[0], j.Code, 0),
		})
	}
	return out
}
