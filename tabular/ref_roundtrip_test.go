package tabular_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/tabular"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rekey gives every record of c that has a ref the ID derived from it, and updates the references.
func rekey(t *testing.T, c *city) {
	t.Helper()
	ids := map[uuid.UUID]uuid.UUID{}
	derive := func(id *uuid.UUID, ref string, d func(string) (uuid.UUID, error)) {
		if ref == "" {
			return
		}
		n, err := d(ref)
		require.NoError(t, err)
		ids[*id], *id = n, n
	}
	for i := range c.schools {
		derive(&c.schools[i].ID, c.schools[i].Ref, campus.SchoolID)
	}
	for i := range c.campuses {
		cp := &c.campuses[i]
		derive(&cp.ID, cp.Ref, campus.CampusID)
		if n, ok := ids[cp.School]; ok {
			cp.School = n
		}
	}
	for i := range c.inspections {
		in := &c.inspections[i]
		derive(&in.ID, in.Ref, campus.InspectionID)
		if n, ok := ids[in.Campus]; ok {
			in.Campus = n
		}
	}
}

// refKeyed rewrites a file as a platform keyed by its refs would write it: a record with a ref loses its id
// (an empty CSV cell, an absent JSON key), and a reference (column refCol: "school" or "campus") to a
// record with a ref names that ref instead of the UUID.
func refKeyed(t *testing.T, data []byte, f tabular.Format, refCol string, refs map[string]string) []byte {
	t.Helper()
	var out bytes.Buffer
	if f == tabular.CSV {
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		require.NoError(t, err)
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		for _, row := range rows[1:] {
			if row[col["ref"]] != "" {
				row[col["id"]] = ""
			}
			if k, ok := col[refCol]; ok && refs[row[k]] != "" {
				row[k] = refs[row[k]]
			}
		}
		w := csv.NewWriter(&out)
		require.NoError(t, w.WriteAll(rows))
		return out.Bytes()
	}
	for line := range bytes.Lines(data) {
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(line, &m))
		if _, ok := m["ref"]; ok {
			delete(m, "id")
		}
		if v, ok := m[refCol]; ok {
			var s string
			require.NoError(t, json.Unmarshal(v, &s))
			if refs[s] != "" {
				m[refCol], _ = json.Marshal(refs[s])
			}
		}
		b, err := json.Marshal(m)
		require.NoError(t, err)
		out.Write(append(b, '\n'))
	}
	return out.Bytes()
}

// TestRefKeyedRoundTripProperty: a city whose records with refs have the derived IDs, written by the
// library and rewritten as a ref-keyed platform keeps it (no id where there is a ref; references by ref),
// reads back to the same summary, byte for byte in every export, in every format and layout.
func TestRefKeyedRoundTripProperty(t *testing.T) {
	for seed := uint64(1); seed <= 2; seed++ {
		c := genCity(t, seed, 300)
		rekey(t, c)
		orig := build(t, c)
		want := exports(t, orig)
		schoolRefs, campusRefs := map[string]string{}, map[string]string{}
		for _, s := range c.schools {
			schoolRefs[s.ID.String()] = s.Ref
		}
		for _, cp := range c.campuses {
			campusRefs[cp.ID.String()] = cp.Ref
		}
		for _, f := range []tabular.Format{tabular.CSV, tabular.JSONLines} {
			for _, l := range []tabular.Layout{tabular.Wide, tabular.Long} {
				t.Run(fmt.Sprintf("seed%d/%s/%s", seed, f, l), func(t *testing.T) {
					fs := writeCity(t, orig, f, l)
					fs.schools = refKeyed(t, fs.schools, f, "", nil)
					fs.campuses = refKeyed(t, fs.campuses, f, "school", schoolRefs)
					fs.inspections = refKeyed(t, fs.inspections, f, "campus", campusRefs)
					require.Contains(t, string(fs.campuses), "S-", "references by ref")
					got := exports(t, readCity(t, fs, f, l))
					for name, w := range want {
						assert.Equal(t, string(w), string(got[name]), name)
					}
				})
			}
		}
	}
}
