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

// Versions returns the versions of the example checklist, for figures measured against the version in force
// on each date: only the one version (2010-04, effective 2010-04-30). The 2012 report names a later notice
// of the city's police, of 2010-05-03 (《关于抓紧落实校园安全"八个一"…》), but no source lists its eight items
// (the project's research notes: "Jiangsu 2010 八个一: NOT FOUND"), so the example gives no revised
// version rather than invent one.
func Versions() (compliance.Versions, error) {
	std, err := Standard()
	if err != nil {
		return compliance.Versions{}, err
	}
	return compliance.NewVersions(std)
}
