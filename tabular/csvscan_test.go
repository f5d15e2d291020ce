package tabular

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/uuid"
)

// scanAll reads every record of s with the package's scanner: each record's fields and line, or its error.
func scanAll(s string) []string {
	sc := &csvScanner{br: bufio.NewReaderSize(strings.NewReader(s), 16)}
	var out []string
	for {
		err := sc.read()
		if err == io.EOF {
			return out
		}
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe):
			out = append(out, fmt.Sprintf("error line %d: %v", pe.StartLine, pe.Err))
			continue
		case err != nil:
			return append(out, "fatal: "+err.Error())
		}
		fields := make([]string, len(sc.ends))
		valid := true
		for i := range fields {
			fields[i] = string(sc.field(i))
			valid = valid && utf8.ValidString(fields[i])
		}
		if sc.validUTF8() != valid {
			out = append(out, "validUTF8 wrong")
		}
		out = append(out, fmt.Sprintf("line %d: %q", sc.recLine, fields))
	}
}

// readAllCSV reads every record of s with encoding/csv as the package used it before its own scanner.
func readAllCSV(s string) []string {
	cr := csv.NewReader(strings.NewReader(s))
	cr.FieldsPerRecord = -1
	var out []string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out
		}
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe):
			out = append(out, fmt.Sprintf("error line %d: %v", pe.StartLine, pe.Err))
			continue
		case err != nil:
			return append(out, "fatal: "+err.Error())
		}
		line, _ := cr.FieldPos(0)
		out = append(out, fmt.Sprintf("line %d: %q", line, rec))
	}
}

var scannerCases = []string{
	"", "\n", "\r\n", "a", "a,b\n", "a,b\r\n", "a,b\rc\n", "a\r", "\n\na,b\n\n\nc\n", `"a,b",c` + "\n",
	`"a""b",c` + "\n", "\"a\nb\",c\nd\n", "\"a\r\nb\"\n", `a"b,c` + "\n", `"a"b,c` + "\nd\n", `"abc`, "\"a\n\n",
	`"a",` + "\n", ",\n", `""` + "\n", `"",""`, "a,\"b\nc\n\nd\",e\nf\n", "\xbd\xad,\xcb\n", "a,\"\"\"\"\n",
	"\"a\"\r\n", "x,\"y\"\r", " \"a\",b\n", "abcdefghij,klmnopqrstu\"v\n", "0123456789abcdefg\n0123456,89\n",
	"实验小学实验小学,一组一组一组\n", "abcdefg\xe5\n", "abcdefgh\xe5\xae\x9e\xe9\xaa\x8c,x\n", "abcdefghijklmnop\"q\"\n",
}

// TestScannerIsEncodingCSV checks the scanner against encoding/csv: the same records, lines and errors.
func TestScannerIsEncodingCSV(t *testing.T) {
	for _, s := range scannerCases {
		if got, want := scanAll(s), readAllCSV(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	}
}

// FuzzCSVScanner checks that the scanner reads any input exactly as encoding/csv does.
func FuzzCSVScanner(f *testing.F) {
	for _, s := range scannerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanAll(s), readAllCSV(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	})
}

// FuzzParseCanonicalUUID checks the reader's UUID parser against uuid.Parse: it accepts exactly the texts
// uuid.Parse reads and String writes back the same.
func FuzzParseCanonicalUUID(f *testing.F) {
	for _, s := range []string{"37a3ee6c-7914-5348-a3ef-dd4735088db0", "37A3EE6C-7914-5348-A3EF-DD4735088DB0",
		"{37a3ee6c-7914-5348-a3ef-dd4735088db0}", "37a3ee6c79145348a3efdd4735088db0", "37a3ee6c-7914-5348-a3ef-dd4735088dbg",
		"00000000-0000-0000-0000-000000000000", "37a3ee6c-7914-5348-a3ef+dd4735088db0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseCanonicalUUID(s)
		want, err := uuid.Parse(s)
		wantOK := err == nil && want.String() == s
		if ok != wantOK || (ok && got != want) {
			t.Errorf("%q: got %v %v, want %v %v", s, got, ok, want, wantOK)
		}
	})
}

// TestIDSet checks the duplicate finder of UUIDs against a map, across growth: the line of the first
// record of each id, 0 for a new one.
func TestIDSet(t *testing.T) {
	var s idSet
	first := map[uuid.UUID]int{}
	for line := 1; line <= 20000; line++ {
		var id uuid.UUID
		k := (line * 7919) % 12000 // ids repeat
		id[0], id[1], id[15] = byte(k), byte(k>>8), 1
		want := first[id]
		if want == 0 {
			first[id] = line
		}
		if got := s.add(id, line); got != want {
			t.Fatalf("line %d: add = %d, want %d", line, got, want)
		}
	}
}
