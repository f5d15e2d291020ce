package finding_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// exampleWorld is a city of two districts with one school campus each, inspected three times in
// 2012 against a two-requirement checklist, and the query as of 2012-02-14.
func exampleWorld() (*compliance.History, compliance.Query) {
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "苏州市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "虎丘区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320506"), Name: "吴中区"},
	)
	if err != nil {
		panic(err)
	}
	id := func(s string) uuid.UUID { return uuid.NewSHA1(uuid.NameSpaceURL, []byte(s)) }
	schools := []campus.School{{ID: id("s1"), Name: "一小"}, {ID: id("s2"), Name: "二小"}}
	campuses := []campus.Campus{
		{ID: id("c1"), School: id("s1"), Name: "一小", Kind: campus.Primary, License: campus.Licensed,
			Locale: campus.LocaleMainUrban, Jurisdiction: hierarchy.MustParseCode("320505"), Main: true, Students: 600, Staff: 40},
		{ID: id("c2"), School: id("s2"), Name: "二小", Kind: campus.Primary, License: campus.Licensed,
			Locale: campus.LocaleMainUrban, Jurisdiction: hierarchy.MustParseCode("320506"), Main: true, Students: 400, Staff: 30},
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	if err != nil {
		panic(err)
	}
	guardroom, _ := compliance.LookupIndicator("guardroom_staffed_24h")
	videoDays, _ := compliance.LookupIndicator("video_retention_days")
	inspect := func(name, c, date string, staffed bool, days int) compliance.Inspection {
		return compliance.Inspection{ID: id(name), Campus: id(c), Date: civil.MustParseDate(date), Team: "一组",
			Measurements: compliance.MustMeasurements(compliance.ObserveFact(guardroom, staffed), compliance.ObserveCount(videoDays, days))}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		inspect("i1", "c1", "2012-01-05", false, 15), // both unmet: two findings
		inspect("i2", "c1", "2012-01-25", true, 15),  // the guardroom rectified on time
		inspect("i3", "c2", "2012-01-10", true, 20),  // video unmet: a finding, overdue by 2012-02-14
	})
	if err != nil {
		panic(err)
	}
	std, err := compliance.LoadStandard([]byte(`{"format":1,"id":"checklist","title":"检查表","version":"2012",` +
		`"effective":"2012-01-01","requirements":[` +
		`{"id":"guardroom","title":"门卫室24小时值守","rule":{"kind":"fact","indicator":"guardroom_staffed_24h"}},` +
		`{"id":"video_days","title":"视频保存30天","rule":{"kind":"count_at_least","indicator":"video_retention_days","min":30}}]}`))
	if err != nil {
		panic(err)
	}
	q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"),
		PreventionLevel: prevention.Normal})
	return h, q
}

// ExampleDerive derives the rectification ledger (整改台账) of a history: an unmet requirement opens a
// finding with a deadline 30 days on; a later inspection that finds it met rectifies it.
func ExampleDerive() {
	h, q := exampleWorld()
	ledger, err := finding.Derive(h, q, finding.Policy{Days: 30})
	if err != nil {
		panic(err)
	}
	asOf := q.Spec().AsOf
	for f := range ledger.All() {
		c, _ := h.Register().Campus(f.Campus)
		fmt.Printf("%s %-10s found %s, deadline %s: %s\n", c.Name, f.Requirement, f.Found, f.Deadline, f.State(asOf).Name(rate.Chinese))
	}
	fmt.Println("overdue:", len(ledger.Overdue()))
	// Output:
	// 一小 guardroom  found 2012-01-05, deadline 2012-02-04: 按期整改
	// 一小 video_days found 2012-01-05, deadline 2012-02-04: 逾期未整改
	// 二小 video_days found 2012-01-10, deadline 2012-02-09: 逾期未整改
	// overdue: 2
}

// ExampleLedger_Rectification rolls the findings' states up the jurisdiction tree and gives the
// rectification rate (整改率) of each jurisdiction as a self-describing figure.
func ExampleLedger_Rectification() {
	h, q := exampleWorld()
	ledger, err := finding.Derive(h, q, finding.Policy{Days: 30})
	if err != nil {
		panic(err)
	}
	rect := ledger.Rectification()
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	for j, tl := range rect.Jurisdictions() {
		fig, err := rect.Figure(compliance.RectificationMeasure, j.Code, p)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s %s: %d findings, %s\n", j.Code, j.Name, tl.Total(), fig.Format(rate.Chinese))
	}
	// Output:
	// 320500 苏州市: 3 findings, 整改率 33.3% (1/3)
	// 320505 虎丘区: 2 findings, 整改率 50.0% (1/2)
	// 320506 吴中区: 1 findings, 整改率 0.0% (0/1)
}

// ExampleRectification_Figure gives the on-time rectification rate (按期整改率) of the whole register (the
// zero code), and shows what Figure refuses: a code not in the tree and a campus measure.
func ExampleRectification_Figure() {
	h, q := exampleWorld()
	ledger, err := finding.Derive(h, q, finding.Policy{Days: 30})
	if err != nil {
		panic(err)
	}
	rect := ledger.Rectification()
	p := rate.Precision{Places: 0, Rounding: rate.HalfUp}
	fig, err := rect.Figure(compliance.OnTimeRectificationMeasure, hierarchy.Code{}, p)
	fmt.Println(fig.Format(rate.Chinese), err)
	fmt.Println(fig.StandardID, fig.StandardVersion, fig.AsOf)
	_, err = rect.Figure(compliance.RectificationMeasure, hierarchy.MustParseCode("110000"), p)
	fmt.Println(err)
	_, err = rect.Figure(compliance.ComplianceMeasure, hierarchy.Code{}, p)
	fmt.Println(err)
	// Output:
	// 按期整改率 33% (1/3) <nil>
	// checklist 2012 2012-02-14
	// compliance: invalid cell: no jurisdiction 110000
	// compliance: invalid measure: compliance_rate is not a rectification measure
}

// ExampleFinding_State follows one finding through its states: none before it is found, open until its
// deadline, overdue after it, and rectified late once an inspection finds the requirement met.
func ExampleFinding_State() {
	f := finding.Finding{
		Requirement: "guardroom",
		Found:       civil.MustParseDate("2012-01-05"),
		Deadline:    civil.MustParseDate("2012-02-04"),
		Rectified:   civil.MustParseDate("2012-03-01"),
	}
	for _, d := range []string{"2012-01-01", "2012-01-05", "2012-02-04", "2012-02-05", "2012-03-01"} {
		s := f.State(civil.MustParseDate(d))
		if !s.IsValid() {
			fmt.Println(d, "not found yet: the zero State")
			continue
		}
		fmt.Println(d, s, s.Name(rate.Chinese))
	}
	// Output:
	// 2012-01-01 not found yet: the zero State
	// 2012-01-05 open 待整改
	// 2012-02-04 open 待整改
	// 2012-02-05 overdue 逾期未整改
	// 2012-03-01 rectified_late 逾期整改
}

// ExampleParseLabel shows the one text policy of the state: ParseState (and JSON) read the stable id only;
// the Chinese label is read by ParseLabel.
func ExampleParseLabel() {
	_, err := finding.ParseState("逾期未整改")
	fmt.Println(err)
	s, err := finding.ParseLabel[finding.State]("逾期未整改")
	fmt.Println(s, err)
	_, err = finding.ParseLabel[finding.State]("overdue")
	fmt.Println(err)
	// Output:
	// finding: invalid state: "逾期未整改"
	// overdue <nil>
	// finding: invalid state: "overdue"
}

// ExampleValues lists the states in their declaration order, with their Chinese labels and English names.
func ExampleValues() {
	for _, s := range finding.Values[finding.State]() {
		fmt.Printf("%s %s / %s\n", s, s.Name(rate.Chinese), s.Name(rate.English))
	}
	// Output:
	// open 待整改 / open
	// overdue 逾期未整改 / overdue
	// rectified_on_time 按期整改 / rectified on time
	// rectified_late 逾期整改 / rectified late
}

// ExamplePolicy sets the rectification deadline a number of calendar days after the finding inspection;
// the zero Policy is the same day, and a negative number of days is refused.
func ExamplePolicy() {
	found := civil.MustParseDate("2012-01-31")
	fmt.Println(finding.Policy{Days: 30}.Deadline(found))
	fmt.Println(finding.Policy{}.Deadline(found))
	fmt.Println(finding.Policy{Days: -1}.Validate())
	// Output:
	// 2012-03-01
	// 2012-01-31
	// finding: invalid deadline policy: -1 days
}

// ExampleTally_Rate counts findings by state and gives the two rectification rates exactly: 整改率 over
// every finding, 按期整改率 over the findings whose outcome is settled (open ones may yet be on time).
func ExampleTally_Rate() {
	tl := finding.Tally{}.Add(finding.Open).Add(finding.Overdue).Add(finding.RectifiedOnTime).Add(finding.RectifiedLate)
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	fmt.Println(tl.Total(), tl.Rate(compliance.RectificationMeasure).Format(p), tl.Rate(compliance.OnTimeRectificationMeasure).Format(p))
	b, _ := tl.MarshalJSON()
	fmt.Println(string(b))
	// Output:
	// 4 50.0% 33.3%
	// {"total":4,"open":1,"overdue":1,"rectified_on_time":1,"rectified_late":1}
}
