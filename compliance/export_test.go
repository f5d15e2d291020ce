package compliance

// The test fixtures the external tests of this directory use (compare_test.go tests package change's Compare,
// visit_test.go package visit, both of which import compliance and so cannot be tested from inside it).
var (
	SynthTree        = synthTree
	SynthRegister    = synthRegister
	SummaryOf        = summaryOf
	RandomStatuses   = randomStatuses
	NewSummary       = newSummary
	TestMetaStandard = testMetaStandard
	SynthHistory     = synthHistory
	LevelStandard    = levelStandard
	TestRegister     = testRegister
	TestStandard     = testStandard
	Insp             = insp
	TwoVersions      = twoVersions
)
