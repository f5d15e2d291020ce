package samplecity

import (
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
)

// The dates of the city's prevention-level changes. Only the raise is sourced: the 2012 report says that
// after the 2010-03-23 Nanping attack the city "第一时间作出反应,提升了校园安全防范等级", so the raise is dated
// the next day. The report gives neither the level before the raise nor a date the level was lowered:
// StartDate and LowerDate are SYNTHETIC, the example's own, and their notices say so.
const (
	// StartDate is the synthetic first day of the example's record of levels (常态 before the raise).
	StartDate = "2010-01-01"
	// RaiseDate is the day after the 2010-03-23 Nanping attack, from which the city raised the level.
	RaiseDate = "2010-03-24"
	// LowerDate is the synthetic day the city lowered the level back to normal: the first day of the
	// autumn term after the report (2012-02-14), so that every figure of the report, the May 2010
	// baseline included, is measured at the raised level.
	LowerDate = "2012-09-01"
)

// The notices of the city's level changes.
const (
	startNotice = "常态防范等级(示例的起始记录;日期为合成,汇报未载明)"
	raiseNotice = "2010年3月23日福建南平事件发生后,我市第一时间作出反应,提升了校园安全防范等级"
	lowerNotice = "恢复常态防范等级(合成日期:汇报未载明降级日期,本示例自定于2012年秋季开学)"
)

// Schedule returns the city's prevention-level schedule, built against its tree: normal everywhere from
// StartDate (synthetic), heightened city-wide from RaiseDate (after the Nanping attack, as the 2012 report
// says), normal again city-wide from LowerDate (synthetic).
// A city with Records returns their schedule.
func (c *City) Schedule() (prevention.Schedule, error) {
	if c.Records != nil {
		return c.Records.Schedule, nil
	}
	return prevention.NewSchedule(c.Tree,
		prevention.Change{Effective: civil.MustParseDate(StartDate), Level: prevention.Normal, Notice: startNotice},
		prevention.Change{Jurisdiction: c.Code, Effective: civil.MustParseDate(RaiseDate), Level: prevention.Heightened, Notice: raiseNotice},
		prevention.Change{Jurisdiction: c.Code, Effective: civil.MustParseDate(LowerDate), Level: prevention.Normal, Notice: lowerNotice},
	)
}
