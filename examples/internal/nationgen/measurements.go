package nationgen

import (
	"math/rand/v2"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
)

// indicator is one observation slot of an inspection, with how to pass it and how to fail it for a campus.
type indicator struct {
	ind compliance.Indicator
	// schoolOnly marks an indicator whose requirements apply only to 中小学.
	schoolOnly bool
	// pass returns a value that meets every requirement on the indicator; fail one that misses it (for
	// indicators no requirement uses, fail is nil).
	pass func(r *rand.Rand, c campus.Campus) int
	fail func(r *rand.Rand, c campus.Campus) int
}

func yes(*rand.Rand, campus.Campus) int { return 1 }
func no(*rand.Rand, campus.Campus) int  { return 0 }

// Indicators lists the indicators every inspection observes, in column order (the 20 well-known indicators of
// the compliance package).
func Indicators() []compliance.Indicator {
	out := make([]compliance.Indicator, len(indicators))
	for i, x := range indicators {
		out[i] = x.ind
	}
	return out
}

var indicators = []indicator{
	{ind: catalog.FullTimeGuards,
		pass: func(r *rand.Rand, c campus.Campus) int { return requiredGuards(c) + r.IntN(2) },
		fail: func(r *rand.Rand, c campus.Campus) int { return requiredGuards(c) - 1 }},
	{ind: catalog.GuardroomStaffed24h, pass: yes, fail: no},
	{ind: catalog.ClosedManagement, pass: yes, fail: no},
	{ind: catalog.EmergencyAlarmLinked, pass: yes, fail: no},
	{ind: catalog.VideoLinked, pass: yes, fail: no},
	{ind: catalog.VideoRetentionDays,
		pass: func(r *rand.Rand, _ campus.Campus) int { return 30 + 30*r.IntN(3) },
		fail: func(r *rand.Rand, _ campus.Campus) int { return 7 + r.IntN(23) }},
	{ind: catalog.SchoolGatePolicePost, schoolOnly: true, pass: yes, fail: no},
	{ind: catalog.AntiRamBarriers, schoolOnly: true, pass: yes, fail: no},
	{ind: catalog.PerimeterIntrusionAlarm, schoolOnly: true, pass: yes, fail: no},
	{ind: catalog.VisitorRegistration, pass: yes, fail: no},
	{ind: catalog.EmergencyPlan, pass: yes, fail: no},
	{ind: catalog.EmergencyDrillsPerTerm,
		pass: func(r *rand.Rand, c campus.Campus) int {
			if c.Kind.Group() == campus.GroupSchool {
				return 2 + r.IntN(3)
			}
			return 1 + r.IntN(3)
		},
		fail: func(r *rand.Rand, c campus.Campus) int {
			if c.Kind.Group() == campus.GroupSchool {
				return r.IntN(2)
			}
			return 0
		}},
	{ind: catalog.ProtectiveEquipment, schoolOnly: true, pass: yes, fail: no},
	{ind: catalog.KeyAreaPatrolsPerDay, schoolOnly: true,
		pass: func(r *rand.Rand, _ campus.Campus) int { return 5 + r.IntN(4) },
		fail: func(r *rand.Rand, _ campus.Campus) int { return 1 + r.IntN(4) }},
	{ind: catalog.NetworkingInterface,
		pass: func(r *rand.Rand, _ campus.Campus) int { return b2i(r.IntN(100) < 97) }},
	{ind: catalog.PrincipalResponsible, pass: yes, fail: no},
	{ind: catalog.SecurityOrganisation, schoolOnly: true, pass: yes, fail: no},
	{ind: catalog.FullTimeGatekeeper, schoolOnly: true, pass: yes, fail: no},
	{ind: catalog.VideoSurveillance,
		pass: func(r *rand.Rand, _ campus.Campus) int { return b2i(r.IntN(100) < 99) }},
	{ind: catalog.PerimeterBarrier, schoolOnly: true, pass: yes, fail: no},
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// applies reports whether some requirement on x applies to campus c.
func (x indicator) applies(c campus.Campus) bool {
	return x.fail != nil && (!x.schoolOnly || c.Kind.Group() == campus.GroupSchool)
}

// measurer draws the observations of inspections.
type measurer struct {
	r        *rand.Rand
	obs      []compliance.Observation
	features []int // scratch: positions of the indicators some requirement applies to the campus on
}

// measurements draws one inspection's observations of campus c: everything passes, except that with failPerMille one applicable requirement (now and then two) is missed, and with IncompletePerMille one
// applicable indicator is left unobserved.
func (g *measurer) measurements(c campus.Campus, failPerMille int) compliance.Measurements {
	g.features = g.features[:0]
	for i, x := range indicators {
		if x.applies(c) {
			g.features = append(g.features, i)
		}
	}
	fail1, fail2, skip := -1, -1, -1
	if g.r.IntN(1000) < failPerMille {
		fail1 = g.features[g.r.IntN(len(g.features))]
		if g.r.IntN(4) == 0 {
			fail2 = g.features[g.r.IntN(len(g.features))]
		}
	}
	if g.r.IntN(1000) < IncompletePerMille {
		skip = g.features[g.r.IntN(len(g.features))]
		if skip == fail1 || skip == fail2 {
			skip = -1 // a missed requirement stays observed
		}
	}
	g.obs = g.obs[:0]
	for i, x := range indicators {
		if i == skip {
			continue
		}
		v := x.pass(g.r, c)
		if i == fail1 || i == fail2 {
			v = x.fail(g.r, c)
		}
		if x.ind.ValueKind() == compliance.FactValue {
			g.obs = append(g.obs, compliance.ObserveFact(x.ind, v == 1))
		} else {
			g.obs = append(g.obs, compliance.ObserveCount(x.ind, v))
		}
	}
	return compliance.MustMeasurements(g.obs...)
}

// Rounds is the number of inspections of every inspected campus; NeverInspectedPerMille the share of campuses,
// per thousand, that no team has inspected yet; IncompletePerMille the share of inspections that leave an
// applicable indicator unobserved.
const (
	Rounds                 = 3
	NeverInspectedPerMille = 30
	IncompletePerMille     = 6
)

// FailPerMille is, for each round, the share of inspections per thousand that find a requirement unmet: the
// campaign improves things from round to round.
var FailPerMille = [Rounds]int{120, 70, 40}
