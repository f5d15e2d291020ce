package catalog_test

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// cityChecklist is an ILLUSTRATIVE city checklist in the compliance JSON format (version 1): a city's own item,
// with its own indicator, that no national document requires. 示例市 is not a real city and this is not a
// published document.
const cityChecklist = `{
  "format": 1,
  "id": "example-city-checklist",
  "title": "示例市中小学幼儿园安全防范检查表",
  "issuer": "示例市公安局、教育局",
  "version": "2024",
  "effective": "2024-03-01",
  "indicators": [
    {"id": "canteen_video", "label": "食堂操作间视频监控", "kind": "fact"}
  ],
  "requirements": [
    {
      "id": "city-canteen-video",
      "title": "食堂操作间安装视频监控",
      "source": {"document": "示例市检查表 (illustration)", "clause": "第1项"},
      "scope": {"groups": ["school", "preschool"]},
      "rule": {"kind": "fact", "indicator": "canteen_video"}
    }
  ]
}`

// Example_cityChecklist is the worked example of the package documentation: a city writes its own checklist in
// the JSON format, tailors a national standard (settling the band GB/T 29315-2022's public summaries leave open
// and raising the patrol minimum), and evaluates a campus against both.
func Example_cityChecklist() {
	// 1. The city's own checklist, loaded and validated from JSON.
	own, err := compliance.LoadStandard([]byte(cityChecklist))
	if err != nil {
		fmt.Println(err)
		return
	}

	// 2. The national standard, tailored: a tailoring may only tighten.
	national := catalog.GBT29315v2022()
	tailored, err := compliance.Tailor(national, compliance.Tailoring{
		ID:      "example-city-gbt29315",
		Version: "2024",
		Set: []compliance.Parameter{
			// The city settles the undetermined 101–999 band (its own decision, not the standard's).
			{Requirement: catalog.ReqGBT2022Guards, Bands: []compliance.Band{{From: 0, Min: 1}, {From: 100, Min: 2}, {From: 1000, Min: 3}}},
			// and asks for 6 patrols a day instead of 5.
			{Requirement: catalog.ReqGBT2022Patrol, Min: 6},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("derived from:", tailored.DerivedFrom)

	// 3. One inspection of a day school of 600 pupils.
	canteen, _ := own.Indicator("canteen_video")
	c := campus.Campus{
		ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte("campus/示例小学")), School: uuid.NewSHA1(uuid.NameSpaceOID, []byte("school/示例小学")),
		Name: "示例小学", Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
		Jurisdiction: hierarchy.MustParseCode("320102001"), Main: true, Students: 600, Staff: 50,
	}
	m := compliance.MustMeasurements(
		compliance.ObserveCount(catalog.FullTimeGuards, 2),
		compliance.ObserveFact(catalog.GuardroomStaffed24h, true),
		compliance.ObserveCount(catalog.KeyAreaPatrolsPerDay, 5),
		compliance.ObserveFact(catalog.AntiRamBarriers, true),
		compliance.ObserveFact(catalog.PerimeterBarrier, true),
		compliance.ObserveFact(canteen, true),
	)

	// Against the published standard the guard band is undetermined: incomplete, never guessed.
	fmt.Println("GB/T 29315-2022:", compliance.MustQuery(compliance.QuerySpec{Standard: national, AsOf: national.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, m).Status)
	// Against the city's tailoring, 5 patrols fall short of 6.
	res := compliance.MustQuery(compliance.QuerySpec{Standard: tailored, AsOf: tailored.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, m)
	fmt.Println("tailored:", res.Status)
	for _, r := range res.Requirements {
		if r.Outcome != compliance.Met {
			fmt.Printf("  %s: %s (observed %d, required %d)\n", r.Requirement, r.Outcome, r.Observed, r.Required)
		}
	}
	fmt.Println("city checklist:", compliance.MustQuery(compliance.QuerySpec{Standard: own, AsOf: own.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, m).Status)
	// Output:
	// derived from: gbt-29315@2022
	// GB/T 29315-2022: incomplete
	// tailored: non_compliant
	//   gbt29315-2022-key-area-patrol: unmet (observed 5, required 6)
	// city checklist: compliant
}

// ExampleGongZhi2015168 shows the 公治〔2015〕168号 guard staffing rule and where it comes from.
func ExampleGongZhi2015168() {
	std := catalog.GongZhi2015168()
	req, _ := std.Requirement(catalog.ReqGZ168Guards)
	fmt.Println(req.Source.Clause, req.Source.Confidence)
	for _, students := range []int{99, 100, 1000, 1001, 1499, 1500, 1999, 2000} {
		c := campus.Campus{Kind: campus.Primary, Locale: campus.LocaleMainUrban, Students: students}
		m := compliance.MustMeasurements(compliance.ObserveCount(catalog.FullTimeGuards, 0))
		for _, r := range compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, m).Requirements {
			if r.Requirement == catalog.ReqGZ168Guards {
				fmt.Printf("%d students: at least %d guards\n", students, r.Required)
			}
		}
	}
	// Output:
	// 第五条 secondary
	// 99 students: at least 1 guards
	// 100 students: at least 2 guards
	// 1000 students: at least 2 guards
	// 1001 students: at least 2 guards
	// 1499 students: at least 2 guards
	// 1500 students: at least 3 guards
	// 1999 students: at least 3 guards
	// 2000 students: at least 4 guards
}

// ExampleGuoBanFa201735 lists the provisions of 国办发〔2017〕35号 the catalog ships, with their clause and
// confidence, and shows that the 学生人数较少 exception leaves the staffing requirement undetermined.
func ExampleGuoBanFa201735() {
	std := catalog.GuoBanFa201735()
	for _, r := range std.Requirements {
		fmt.Println(r.ID, r.Source.Clause, r.Source.Confidence)
	}
	staff, _ := std.Indicator(catalog.IndSecurityStaffOrTrainedManagers)
	c := campus.Campus{Kind: campus.JuniorSecondary, Locale: campus.LocaleMainUrban, Students: 1200}
	m := compliance.MustMeasurements(compliance.ObserveFact(catalog.ClosedManagement, true), compliance.ObserveCount(staff, 2))
	for _, r := range compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, m).Requirements {
		fmt.Println(r.Requirement, r.Outcome)
	}
	// Output:
	// gbf35-9-closed-management 三、(九) verified
	// gbf35-10-security-staff 三、(十) verified
	// gbf35-10-dormitory-managers 三、(十) verified
	// gbf35-9-closed-management met
	// gbf35-10-security-staff undetermined
	// gbf35-10-dormitory-managers not_applicable
}

// exampleHistory is a one-campus register with one inspection, for the examples of FourHundredRates.
func exampleHistory() *compliance.History {
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320100"), Name: "示例市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320102"), Name: "示例区"},
	)
	school := campus.School{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte("school/1")), Name: "示例小学"}
	c := campus.Campus{
		ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte("campus/1")), School: school.ID, Name: "示例小学",
		Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
		Jurisdiction: hierarchy.MustParseCode("320102"), Main: true, Students: 800, Staff: 60,
	}
	reg, _ := campus.NewRegister(tree, []campus.School{school}, []campus.Campus{c})
	h, err := compliance.NewHistory(reg, []compliance.Inspection{{
		ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte("inspection/1")), Campus: c.ID,
		Date: civil.MustParseDate("2019-11-20"), Team: "第一组",
		Measurements: compliance.MustMeasurements(
			compliance.ObserveCount(catalog.FullTimeGuards, 2),
			compliance.ObserveFact(catalog.ClosedManagement, true),
			compliance.ObserveFact(catalog.EmergencyAlarmLinked, true),
			compliance.ObserveFact(catalog.VideoLinked, false),
		),
	}})
	if err != nil {
		panic(err)
	}
	return h
}

// ExampleFourHundredRates computes the "4个100%" rates for a one-campus register.
func ExampleFourHundredRates() {
	h := exampleHistory()
	res, err := catalog.FourHundredRates(h, catalog.RatesQuery{Scope: catalog.Scope2019(), AsOf: civil.MustParseDate("2019-12-31")})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range res.Rates {
		fmt.Printf("%s over %s: %s, unobserved %d\n", r.Target.Name(rate.Chinese), r.Population, r.Rate().Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}), r.Unobserved())
	}
	// Output:
	// 专职保安员配备率 over 城市中小学: 100.0%, unobserved 0
	// 封闭化管理率 over 全部中小学: 100.0%, unobserved 0
	// 一键式紧急报警和视频监控系统达标率 over 全部中小学: 0.0%, unobserved 0
	// 护学岗设置率 over 全部中小学: 0.0%, unobserved 1
}

// ExampleTargetRate_Figure presents one target's rate as a self-describing figure, over campuses and over
// schools; a figure that cannot be valid (here, a precision out of range) comes with its Validate error.
func ExampleTargetRate_Figure() {
	asOf := civil.MustParseDate("2019-12-31")
	res, err := catalog.FourHundredRates(exampleHistory(), catalog.RatesQuery{Scope: catalog.Scope2019(), AsOf: asOf})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := res.Rate(catalog.TargetGuards)
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	f, err := r.Figure(asOf, p)
	fmt.Println(f.Format(rate.Chinese), f.Population, f.StandardID, err)
	sf, err := r.SchoolFigure(asOf, p)
	fmt.Println(sf.Format(rate.Chinese), sf.CountedUnit(), err)
	_, err = r.Figure(asOf, rate.Precision{Places: rate.MaxPlaces + 1, Rounding: rate.HalfEven})
	fmt.Println(errors.Is(err, compliance.ErrInvalidFigure))
	// Output:
	// 专职保安员配备率 100.0% (1/1) 城市中小学 (2019 scope) mps-moe-4x100-guards <nil>
	// 专职保安员配备率 100.0% (1/1 学校) school <nil>
	// true
}

// Example_errors branches on the catalog's sentinels: one per enum and per concept.
func Example_errors() {
	_, err := catalog.Load("gbt-29315-2030")
	fmt.Println(errors.Is(err, catalog.ErrUnknownStandard), err)
	_, err = catalog.ParseReach("rural")
	fmt.Println(errors.Is(err, catalog.ErrInvalidReach), err)
	scope := catalog.Scope2019()
	scope.Guards = catalog.Population{Schools: catalog.ReachNone, Kindergartens: catalog.ReachNone}
	err = scope.Validate()
	fmt.Println(errors.Is(err, catalog.ErrInvalidTargetScope), errors.Is(err, catalog.ErrInvalidPopulation), err)
	_, err = catalog.FourHundredRates(nil, catalog.RatesQuery{Scope: catalog.Scope2019(), AsOf: civil.MustParseDate("2019-12-31"), Window: -1})
	fmt.Println(errors.Is(err, compliance.ErrNil), errors.Is(err, catalog.ErrInvalidRatesQuery))
	fmt.Println(err)
	// Output:
	// true catalog: unknown standard key "gbt-29315-2030" (see Keys)
	// true catalog: invalid reach "rural"
	// true true catalog: invalid target scope "2019": guards: catalog: invalid population: includes no campus
	// true true
	// compliance: nil argument: nil or zero *compliance.History (build one with compliance.NewHistory)
	// catalog: invalid 4个100% rates query: negative window -1
}

// ExampleParseLabel reads a national target from the Chinese name of its rate, as a report prints it;
// ParseTarget reads the stable id only.
func ExampleParseLabel() {
	t, err := catalog.ParseLabel[catalog.Target]("封闭化管理率")
	fmt.Println(t, t.Name(rate.English), err)
	_, err = catalog.ParseTarget("封闭化管理率")
	fmt.Println(err)
	// Output:
	// closed_management closed management rate <nil>
	// catalog: invalid target "封闭化管理率"
}

// ExampleValues lists the four national targets in their published order.
func ExampleValues() {
	for _, t := range catalog.Values[catalog.Target]() {
		fmt.Printf("%s: %s / %s\n", t, t.Name(rate.Chinese), t.Name(rate.English))
	}
	// Output:
	// guards: 专职保安员配备率 / full-time guard staffing rate
	// closed_management: 封闭化管理率 / closed management rate
	// alarm_video: 一键式紧急报警和视频监控系统达标率 / one-button emergency alarm and video surveillance compliance rate
	// school_gate_post: 护学岗设置率 / school-gate post rate
}

// The well-known indicators, in their documented order: an id a standard's JSON refers to, the Chinese label
// and the value kind.
func ExampleWellKnownIndicators() {
	for _, ind := range catalog.WellKnownIndicators()[:4] {
		fmt.Println(ind.ID(), ind.Label(), ind.ValueKind())
	}
	ind, ok := compliance.LookupIndicator("closed_management")
	fmt.Println(ok, ind == catalog.ClosedManagement)
	// Output:
	// full_time_guards 专职保安员 count
	// guardroom_staffed_24h 门卫室24小时值守 fact
	// closed_management 封闭化管理 fact
	// emergency_alarm_linked 一键式紧急报警与公安机关联网 fact
	// true true
}
