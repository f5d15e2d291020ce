package main

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/xuri/excelize/v2"
)

// librarySheets are the tables the library's calls give, to compare the workbook with.
func librarySheets(t *testing.T) []sheet {
	t.Helper()
	city, err := samplecity.Build()
	if err != nil {
		t.Fatal(err)
	}
	std, err := samplecity.Standard()
	if err != nil {
		t.Fatal(err)
	}
	sheets, err := buildSheets(city, std)
	if err != nil {
		t.Fatal(err)
	}
	return sheets
}

// readBack writes the workbook with run and reads every sheet back with excelize: each cell as the value
// the test compares (a number cell as int64, a text cell as string).
func readBack(t *testing.T) (map[string][][]any, []string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "city.xlsx")
	if err := run(path); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][][]any{}
	names := f.GetSheetList()
	for _, name := range names {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			var cells []any
			for c, text := range row {
				addr, _ := excelize.CoordinatesToCellName(c+1, r+1)
				typ, err := f.GetCellType(name, addr)
				if err != nil {
					t.Fatal(err)
				}
				switch typ {
				case excelize.CellTypeSharedString, excelize.CellTypeInlineString:
					cells = append(cells, text)
				case excelize.CellTypeNumber, excelize.CellTypeUnset:
					n, err := strconv.ParseInt(text, 10, 64)
					if err != nil {
						t.Fatalf("%s!%s: number cell %q", name, addr, text)
					}
					cells = append(cells, n)
				default:
					t.Fatalf("%s!%s: cell type %v", name, addr, typ)
				}
			}
			out[name] = append(out[name], cells)
		}
	}
	return out, names
}

// TestWorkbookReadsBack checks every cell of the workbook against the library's tables: the same sheets in
// the same order, every count a number cell equal to the library's, every rate and label the library's text.
func TestWorkbookReadsBack(t *testing.T) {
	want := librarySheets(t)
	got, names := readBack(t)
	if len(names) != len(want) {
		t.Fatalf("sheets %v, want %d", names, len(want))
	}
	for i, s := range want {
		if names[i] != s.Name {
			t.Errorf("sheet %d is %q, want %q", i, names[i], s.Name)
		}
		rows := got[s.Name]
		if len(rows) != len(s.Rows) {
			t.Errorf("%s: %d rows, want %d", s.Name, len(rows), len(s.Rows))
			continue
		}
		for r, row := range s.Rows {
			if len(rows[r]) != len(row) {
				t.Errorf("%s row %d: %d cells, want %d", s.Name, r+1, len(rows[r]), len(row))
				continue
			}
			for c, v := range row {
				if rows[r][c] != v {
					addr, _ := excelize.CoordinatesToCellName(c+1, r+1)
					t.Errorf("%s!%s = %#v, want %#v", s.Name, addr, rows[r][c], v)
				}
			}
		}
	}
}

// TestWorkbookReportFigures checks the figures of the 2012 report in the workbook read back: the city's
// 1935 campuses (800 schools' and 1135 kindergartens' campuses; 1396 licensed, 539 unlicensed), the licensed
// rate 99.9 % (1394 of 1396) and the unlicensed 33 %; and that every row's overall counts are the sums of
// its licensed and unlicensed counts (the library sums, never averages).
func TestWorkbookReportFigures(t *testing.T) {
	got, _ := readBack(t)
	jur := got["按辖区"]
	head := jur[0]
	col := map[string]int{}
	for i, h := range head {
		col[h.(string)] = i
	}
	for _, h := range []string{"有证 校园数", "有证 达标", "有证 全达标率", "无证 校园数", "无证 全达标率", "合计 校园数"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("no column %q in %v", h, head)
		}
	}
	city := jur[1]
	check := func(what string, v, want any) {
		t.Helper()
		if v != want {
			t.Errorf("%s = %#v, want %#v", what, v, want)
		}
	}
	check("city code", city[0], "321400")
	check("licensed campuses", city[col["有证 校园数"]], int64(1396))
	check("licensed compliant", city[col["有证 达标"]], int64(1394))
	check("licensed rate", city[col["有证 全达标率"]], "99.9%")
	check("unlicensed campuses", city[col["无证 校园数"]], int64(539))
	check("unlicensed rate", city[col["无证 全达标率"]], "33%")
	check("all campuses", city[col["合计 校园数"]], int64(1935))
	groups := map[string]int64{}
	for _, row := range got["按类别与办证"][1:] {
		groups[row[0].(string)] += row[2].(int64)
	}
	check("schools' campuses", groups["中小学"], int64(800))
	check("kindergartens' campuses", groups["幼托"], int64(1135))
	n := len(statuses) + 1 // counts per license block: total and one per status
	for r, row := range jur[1:] {
		for k := 0; k < n; k++ {
			lic, unl, all := row[3+k].(int64), row[3+(n+1)+k].(int64), row[3+2*(n+1)+k].(int64)
			if lic+unl != all {
				t.Errorf("row %d (%s) column %d: %d + %d != %d", r+2, row[1], k, lic, unl, all)
			}
		}
	}
	if len(jur) < 10 {
		t.Errorf("only %d rows by jurisdiction", len(jur))
	}
}
