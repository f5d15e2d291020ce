package samplecity

import (
	_ "embed"

	"github.com/campussec/campussec/compliance"
)

// standardJSON is the example's own checklist, written as data in the library's standard format. It is in
// the spirit of the 2010 provincial notices (the verified 2010-03-31 Fujian notice above all) and is NOT
// the text of the Jiangsu regulations the 2012 report measured against, which is not public.
//
//go:embed standard.json
var standardJSON []byte

// Standard loads the example checklist with the library's loader.
func Standard() (compliance.Standard, error) {
	return compliance.LoadStandard(standardJSON)
}
