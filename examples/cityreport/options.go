package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/campussec/campussec/rate"
)

// options are the command's validated flags.
type options struct {
	lang rate.Lang
	json bool
	svg  string
	data string // the directory of the city's data files; "" for the sample city's (data/)
	// trendSVG is where to write the trend's line chart (trend_svg.go); "" writes none.
	trendSVG string
}

// parseFlags parses and validates the command line.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("cityreport", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "zh", "language of the text report: zh or en")
	asJSON := fs.Bool("json", false, "print the report as JSON instead of text")
	svg := fs.String("svg", "", "also write a bar chart of compliance by district to this SVG file")
	data := fs.String("data", "", "read the city's data files (jurisdictions.csv, schools.csv, campuses.csv, inspections.csv, incidents.csv, standard.json, schedule.json) from this `directory` instead of the sample city's")
	trendSVG := fs.String("trend-svg", "", "also write a line chart of the full-compliance rate at each month-end to this SVG file")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	l, err := rate.ParseLang(*lang)
	if err != nil {
		return options{}, fmt.Errorf("unknown -lang %q: want zh or en", *lang)
	}
	return options{lang: l, json: *asJSON, svg: *svg, data: *data, trendSVG: *trendSVG}, nil
}

// produce builds the report and writes what the options ask for: the chart first, so that an unwritable
// chart file fails before anything is printed.
func produce(o options, stdout io.Writer) error {
	fsys := sampleFS()
	if o.data != "" {
		fsys = os.DirFS(o.data)
	}
	city, err := loadCity(fsys)
	if err != nil {
		return err
	}
	r, err := buildReport(city)
	if err != nil {
		return err
	}
	if o.svg != "" {
		if err := saveSVG(o.svg, r, o.lang); err != nil {
			return err
		}
	}
	if o.trendSVG != "" {
		if err := saveTrendSVG(o.trendSVG, r, o.lang); err != nil {
			return err
		}
	}
	if o.json {
		return writeJSON(stdout, r)
	}
	return writeText(stdout, r, o.lang)
}

// saveSVG writes the chart to path.
func saveSVG(path string, r *Report, lang rate.Lang) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot write -svg file: %w", err)
	}
	err = writeSVG(f, districtChart(r, lang))
	return errors.Join(err, f.Close())
}
