package samplecity

import (
	_ "embed"

	"github.com/campussec/campussec/compliance"
)

// standardJSON is the example's own checklist, written as data in the library's standard format. It is NOT
// the text of the Jiangsu regulations the 2012 report measured against, which is not public. Where its items
// come from, as each item's note says: the school guard bands (under 100 → 1, 100 and over → 2, counted on
// 师生员工) are 公治〔2015〕168号 第五条's bands without its step above 1000 — a 2015 national norm borrowed for the
// illustration, not a 2010 text; the kindergarten guard and the video and alarm items follow the 2010-03-31
// Fujian notice loosely (the notice requires 2 guards at 中心校以上 schools without headcount bands, and says
// nothing of nurseries or perimeter alarms); the rest is the example's own.
//
//go:embed standard.json
var standardJSON []byte

// Standard loads the example checklist with the library's loader.
func Standard() (compliance.Standard, error) {
	return compliance.LoadStandard(standardJSON)
}

// StandardJSON returns the checklist's JSON (what Standard loads), a new copy on each call.
func StandardJSON() []byte { return append([]byte(nil), standardJSON...) }
