package main

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// sheet is one worksheet: its name and its rows, the first the header. A cell is a string or an int64.
type sheet struct {
	Name string
	Rows [][]any
}

// The report's choices, as examples/cityreport makes them: the city's checklist at the heightened level as
// of the report's date; licensed and overall rates to one place, unlicensed ones to a whole percent, all
// rounded by GB/T 8170 (half-even), as the 2012 report printed 99.9 % and 33 %.
const reportDate = "2012-02-14"

var (
	level    = prevention.Heightened
	rounding = rate.HalfEven
)

// places is the number of decimal places a rate of campuses with license l (0: both) is printed with.
func places(l campus.License) int32 {
	if l == campus.Unlicensed {
		return 0
	}
	return 1
}

// statuses are the tally's columns, in the library's order.
var statuses = compliance.Values[compliance.Status]()

// tallyHeader is the header of a tally and its rate, prefixed ("有证 ").
func tallyHeader(prefix string) []any {
	h := []any{prefix + "校园数"}
	for _, s := range statuses {
		h = append(h, prefix+s.Name(rate.Chinese))
	}
	return append(h, prefix+compliance.ComplianceMeasure.Name(rate.Chinese))
}

// tallyCells are a cell's total, its count of every status and its full-compliance rate as the library
// formats it; a cell with no campus has zeros and the undefined rate.
func tallyCells(s *compliance.Summary, c compliance.Cell, l campus.License) ([]any, error) {
	t, ok := s.Tally(c)
	out := []any{t.Total()}
	for _, st := range statuses {
		out = append(out, t.Count(st))
	}
	if !ok || t.Total() == 0 {
		return append(out, rate.Undefined), nil
	}
	f, err := s.Figure(compliance.ComplianceMeasure, c, rate.Precision{Places: places(l), Rounding: rounding})
	if err != nil {
		return nil, fmt.Errorf("%v: %w", c, err)
	}
	return append(out, f.Rate.Format(f.Precision)), nil
}

// licensed returns the cell c restricted to license l (0: both).
func licensed(c compliance.Cell, l campus.License) compliance.Cell {
	if l == 0 {
		return c
	}
	return c.License(l)
}

// licenses are the three columns of the jurisdiction table: licensed, unlicensed, all.
var licenses = []campus.License{campus.Licensed, campus.Unlicensed, 0}

// licenseLabel is the column prefix of a license ("有证 "), or "合计 " for both.
func licenseLabel(l campus.License) string {
	if l == 0 {
		return "合计 "
	}
	return l.Name(rate.Chinese) + " "
}

// buildSheets summarizes the city as of the report's date and lays out the tables.
func buildSheets(city *samplecity.City, std compliance.Standard) ([]sheet, error) {
	q, err := compliance.NewQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate(reportDate), PreventionLevel: level})
	if err != nil {
		return nil, err
	}
	s, err := compliance.Summarize(city.History, q)
	if err != nil {
		return nil, err
	}
	var sheets []sheet

	// By jurisdiction: the city, then every district and town under it, in code order; each row rolled up
	// over the jurisdiction's descendants by the library.
	byJur := sheet{Name: "按辖区"}
	head := []any{"区划代码", "名称", "层级"}
	for _, l := range licenses {
		head = append(head, tallyHeader(licenseLabel(l))...)
	}
	byJur.Rows = append(byJur.Rows, head)
	for j := range city.Register.Tree().Walk(city.Code) {
		row := []any{j.Code.String(), j.Name, j.Code.Level().Name(rate.Chinese)}
		for _, l := range licenses {
			cells, err := tallyCells(s, licensed(compliance.AllCampuses().In(j.Code), l), l)
			if err != nil {
				return nil, err
			}
			row = append(row, cells...)
		}
		byJur.Rows = append(byJur.Rows, row)
	}
	sheets = append(sheets, byJur)

	// By group × license, for the whole city.
	byGroup := sheet{Name: "按类别与办证"}
	byGroup.Rows = append(byGroup.Rows, append([]any{"类别", "办证情况"}, tallyHeader("")...))
	for _, g := range campus.Values[campus.Group]() {
		for _, l := range campus.Values[campus.License]() {
			cells, err := tallyCells(s, compliance.AllCampuses().In(city.Code).Group(g).License(l), l)
			if err != nil {
				return nil, err
			}
			byGroup.Rows = append(byGroup.Rows, append([]any{g.Name(rate.Chinese), l.Name(rate.Chinese)}, cells...))
		}
	}
	sheets = append(sheets, byGroup)

	// By kind, every kind the city has.
	byKind := sheet{Name: "按办学类型"}
	byKind.Rows = append(byKind.Rows, append([]any{"办学类型", "办学类型代码"}, tallyHeader("")...))
	for _, k := range campus.Values[campus.Kind]() {
		c := compliance.AllCampuses().In(city.Code).Kind(k)
		if t, ok := s.Tally(c); !ok || t.Total() == 0 {
			continue
		}
		cells, err := tallyCells(s, c, 0)
		if err != nil {
			return nil, err
		}
		byKind.Rows = append(byKind.Rows, append([]any{k.Name(rate.Chinese), k.Code()}, cells...))
	}
	sheets = append(sheets, byKind)

	// What the rates are, from the city's licensed figure.
	f, err := s.Figure(compliance.ComplianceMeasure, compliance.AllCampuses().In(city.Code).License(campus.Licensed),
		rate.Precision{Places: places(campus.Licensed), Rounding: rounding})
	if err != nil {
		return nil, err
	}
	def := sheet{Name: "口径", Rows: [][]any{
		{"项目", "内容"},
		{"指标", f.Measure.Name(rate.Chinese)},
		{"分子", f.Numerator(rate.Chinese)},
		{"分母", f.Denominator(rate.Chinese)},
		{"截至日期", f.AsOf.String()},
		{"标准", f.StandardID + " " + f.StandardVersion},
		{"防范等级", f.PreventionLevel.Name(rate.Chinese)},
		{"修约规则", f.Precision.Rounding.Name(rate.Chinese)},
		{"小数位数", fmt.Sprintf("有证、合计 %d 位; 无证 %d 位", places(campus.Licensed), places(campus.Unlicensed))},
		{"范围", "每行: 该辖区及其下级辖区的全部校园(逐级相加, 不平均各级比率)"},
	}}
	sheets = append(sheets, def)
	return sheets, nil
}
