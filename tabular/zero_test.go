package tabular_test

import (
	"bytes"
	"testing"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/require"
)

// TestZeroReaderWriter: the zero Reader reads nothing and says so; the zero Writer and InspectionWriter refuse
// to write; none panics.
func TestZeroReaderWriter(t *testing.T) {
	var r tabular.Reader[compliance.Inspection]
	require.False(t, r.Next())
	require.ErrorIs(t, r.Err(), tabular.ErrInvalidFormat)
	require.Zero(t, r.Line())
	for range r.All() {
		t.Fatal("the zero Reader yields nothing")
	}
	var w tabular.Writer[compliance.Inspection]
	require.ErrorIs(t, w.Write(compliance.Inspection{}), tabular.ErrUnwritable)
	require.ErrorIs(t, w.Flush(), tabular.ErrUnwritable)
	var iw tabular.InspectionWriter
	require.ErrorIs(t, iw.Write(compliance.Inspection{}), tabular.ErrUnwritable)
	require.ErrorIs(t, iw.Flush(), tabular.ErrUnwritable)
}

// TestWriteNilInput: a nil tree, register, history, summary or ledger is refused, never written as an empty
// file that would read back as "none".
func TestWriteNilInput(t *testing.T) {
	var b bytes.Buffer
	for name, err := range map[string]error{
		"tree":        tabular.WriteTree(&b, tabular.CSV, nil),
		"schools":     tabular.WriteSchools(&b, tabular.CSV, nil),
		"campuses":    tabular.WriteCampuses(&b, tabular.CSV, nil),
		"inspections": tabular.WriteInspections(&b, tabular.CSV, tabular.Wide, nil, nil),
		"summary":     tabular.WriteSummary(&b, tabular.CSV, nil),
		"findings":    tabular.WriteFindings(&b, tabular.CSV, nil),
	} {
		require.ErrorIs(t, err, tabular.ErrUnwritable, name)
	}
	require.Zero(t, b.Len(), "nothing written")
}
