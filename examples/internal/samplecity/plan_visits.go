package samplecity

import "time"

// planVisits lays out every inspection of every campus, in campus order then date order.
func planVisits(towns []townPlan, cs []campusPlan, fs []fate) []visit {
	areas := teamAreas(towns)
	var out []visit
	for i, c := range cs {
		teams := teamsFor(areas, towns[c.Town])
		if fs[i] == laggardSchool || fs[i] == laggardKindergarten {
			for k, v := range laggardVisits(fs[i]) {
				out = append(out, visit{Campus: i, Date: v.date, Team: teams[k%len(teams)], Missing: v.missing})
			}
			continue
		}
		h := hash32("visits", c.Name)
		for r, rd := range rounds {
			missing, ok := findings(fs[i], r, h)
			if !ok {
				continue
			}
			date := addDays(rd.start, (i*13+r)%rd.days)
			out = append(out, visit{Campus: i, Date: date, Team: teams[r%len(teams)], Missing: missing})
		}
	}
	return out
}

// addDays adds n days to a yyyy-mm-dd date.
func addDays(date string, n int) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		panic(err) // the rounds' dates are constants
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}
