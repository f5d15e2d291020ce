package nationgen

// Stream numbers of the three random streams, so that the tree does not change with the number of campuses and
// the campuses do not change with the inspection model.
const (
	streamTree        = 0x7472656501
	streamCampuses    = 0x63616d7002
	streamInspections = 0x696e737003
)
