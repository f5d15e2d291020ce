package samplecity

// deficiency is one item of the example checklist that an inspection found missing.
type deficiency uint8

const (
	lacksGuards     deficiency = 1 << iota // fewer full-time guards than required
	lacksVideo                             // no video surveillance
	lacksAlarm                             // no perimeter intrusion alarm
	lacksVisitorLog                        // no visitor registration
	lacksPlan                              // no emergency plan
	lacksGatePost                          // no police post at the gate at arrival and dismissal
	lacksGuardroom                         // guardroom not staffed around the clock (boarding campuses)
)

// everyDeficiency lists the deficiencies a campus can be given, in the order picked by hash.
var everyDeficiency = []deficiency{lacksGuards, lacksVideo, lacksAlarm, lacksVisitorLog, lacksPlan, lacksGatePost}

// visit is one planned inspection: which campus, when (days after the round's first day, or a fixed date),
// by which team, and what it found missing.
type visit struct {
	Campus  int
	Date    string // yyyy-mm-dd
	Team    string
	Missing deficiency
}

// round is one inspection round of the campaign: its first day and how many days it runs.
type round struct {
	start string
	days  int
}

// The rounds: the first sweep after the emergency notices of 2010-04-29/30 and 05-03, then one per term.
// The last, in the autumn term of 2011, is the one the coverage check looks at.
var rounds = [4]round{
	{"2010-04-30", 31},
	{"2010-09-06", 84},
	{"2011-03-07", 77},
	{"2011-09-05", 126},
}

// LastTermFrom and LastTermTo bound the last term (2011年秋季学期) the coverage check looks at.
const (
	LastTermFrom = "2011-09-01"
	LastTermTo   = "2012-01-31"
)

// pick chooses n distinct deficiencies (n ≥ 1) for a campus from a hash.
func pick(h uint32, n int) deficiency {
	var d deficiency
	for k := 0; k < n; k++ {
		d |= everyDeficiency[(int(h)+k*3)%len(everyDeficiency)]
	}
	return d
}

// findings is what round r finds missing at a campus with fate f, and whether the campus is visited at all.
func findings(f fate, r int, h uint32) (deficiency, bool) {
	switch f {
	case earlyCompliant:
		return 0, r < 3 || h%50 != 7
	case improves:
		switch r {
		case 0:
			return pick(h, 1+int(h>>8)%3), true
		case 1:
			if h%10 < 6 {
				return 0, true
			}
			return pick(h>>4, 1), true
		}
		return 0, r < 3 || h%50 != 7
	case unlCompliant, unlNonCompliant:
		return unlicensedFindings(f, r, h)
	}
	return 0, false
}

// unlicensedFindings: half are found in the first sweep; the rest follow; a few skip the last term.
func unlicensedFindings(f fate, r int, h uint32) (deficiency, bool) {
	switch {
	case r == 0 && h%2 == 1:
		return 0, false
	case r == 0 && f == unlCompliant && h%20 == 0:
		return 0, true
	case r == 0:
		return pick(h, 2+int(h>>8)%3), true
	case r == 1 && f == unlCompliant && h%3 == 0:
		return 0, true
	case r == 1:
		return pick(h>>4, 1+int(h>>12)%2), true
	case r == 3 && h%12 == 5:
		return 0, false
	case f == unlCompliant:
		return 0, true
	}
	return pick(h>>6, 1+int(h>>14)%2), true
}

// laggardVisits are the inspections of the two campuses still short on the report date.
func laggardVisits(f fate) []struct {
	date    string
	missing deficiency
} {
	type v = struct {
		date    string
		missing deficiency
	}
	if f == laggardSchool {
		return []v{
			{"2010-05-06", lacksGuards | lacksAlarm | lacksGatePost}, {"2010-10-12", lacksGuards | lacksAlarm},
			{"2011-04-19", lacksAlarm}, {"2011-11-15", lacksGuards | lacksAlarm}, {"2012-01-09", lacksGuards | lacksAlarm},
		}
	}
	return []v{
		{"2010-05-11", lacksVideo | lacksVisitorLog}, {"2010-09-28", 0}, {"2011-03-22", 0},
		{"2011-10-18", 0}, {"2012-02-08", lacksVideo},
	}
}
