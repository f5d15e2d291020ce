// Command cityreport prints the campus-security report of a sample Jiangsu city, reproducing end to end the
// figures of a 2012 city public-security report (关于我市校园安全保卫工作情况的汇报) with the campussec library:
// the register of 1935 campuses (800 中小学 + 1135 幼托 = 1396 licensed + 539 unlicensed), the full-compliance
// rates as of 2012-02-14 (licensed 1394 of 1396, 99.9 %; unlicensed 33 %) with the two non-compliant licensed
// campuses named, the change since May 2010 in percentage points (+87.4) and, apart, as a relative change,
// tables by district and town, the coverage of the inspection teams' areas (分片包干) and rectification (整改).
//
// The city is synthetic (examples/internal/samplecity) and its checklist is the example's own, written in the
// spirit of the 2010 provincial notices: the Jiangsu regulations the report measured against are not public.
// Every figure printed is computed by the library from the data: compliance.NewHistory indexes the
// inspections, compliance.Summarize tallies every campus by jurisdiction × group × license (rolled up the
// tree) and drills down to the campuses behind a cell, compliance.Compare sets May 2010 beside 2012,
// History.Coverage finds the campuses no one inspected last term, and compliance.DeriveFindings derives the
// findings whose rectification (整改率) is rolled up by jurisdiction.
//
// A last section measures every campus against the city's checklist and a provincial checklist at once
// (compliance.Combine): one status per campus under both, every requirement prefixed by its standard. The
// second standard is the 2010 Fujian notice (catalog.Fujian2010), the catalog's one provincial text and
// in force on the report date; it does not bind a Jiangsu city and stands as "a provincial checklist next
// to the city's". No national norm of the catalog was in force on 2012-02-14 (the first, GB/T 29315-2012,
// from 2013-06-01; 168号 is of 2015), so none is combined, and the command refuses to run if that ever stops
// being true. The sample inspections recorded the city's indicators, not the notice's, so every campus the
// notice covers that meets the city's checklist is incomplete under the combination: the section says so
// and lists the unobserved requirements with their campus counts. The compliant campuses are those outside
// the notice's population, measured by the city's checklist alone (checked when the section is built). The
// section changes none of the 2012 report's figures, which are the city's checklist alone.
//
// Usage:
//
//	go run ./examples/cityreport            # Chinese
//	go run ./examples/cityreport -lang en   # English
//	go run ./examples/cityreport -json      # the same report as JSON
//	go run ./examples/cityreport -svg chart.svg  # also write a bar chart of compliance by district
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command: it returns the exit status (0 ok, 1 failure, 2 bad flags).
func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "cityreport:", err)
		return 2
	}
	if err := produce(o, stdout); err != nil {
		fmt.Fprintln(stderr, "cityreport:", err)
		return 1
	}
	return 0
}
