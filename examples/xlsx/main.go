// Command xlsx writes the city report's compliance tables as an Excel workbook (.xlsx): the full-compliance
// tally and rate (全达标率) of the sample city and of every district, county-level city and town under it,
// by license; of the city by group × license; and of the city by kind, with a sheet stating what the rates
// are. Counts are numbers; each rate is text exactly as the library formats it ("99.9%", "33%", "—" when
// undefined), rounded once from the exact counts (GB/T 8170, half-even), so a spreadsheet never re-rounds a
// float. The numbers are the library's own calls on the synthetic sample city of
// examples/internal/samplecity, the same that examples/cityreport prints.
//
//	go run . -o cityreport.xlsx
//
// It is a module of its own (github.com/campussec/campussec/examples/xlsx), so that the library's go.mod
// does not require excelize. It writes nothing but the file -o names.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/xuri/excelize/v2"
)

func main() {
	out := flag.String("o", "cityreport.xlsx", "the workbook to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "xlsx:", err)
		os.Exit(1)
	}
}

// run builds the sample city's tables and writes them to the workbook at path.
func run(path string) error {
	city, err := samplecity.Build()
	if err != nil {
		return err
	}
	std, err := samplecity.Standard()
	if err != nil {
		return err
	}
	sheets, err := buildSheets(city, std)
	if err != nil {
		return err
	}
	return write(sheets, path)
}

// write writes the sheets, in order, as a workbook at path: strings as text cells, int64 as number cells.
func write(sheets []sheet, path string) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return err
		}
		for r, row := range s.Rows {
			addr, err := excelize.CoordinatesToCellName(1, r+1)
			if err != nil {
				return err
			}
			if err := f.SetSheetRow(s.Name, addr, &row); err != nil {
				return err
			}
		}
		if err := f.SetPanes(s.Name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.WriteTo(out); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
