package nationgen

// Config says what to generate.
type Config struct {
	// Campuses is the number of campuses (校区) to generate; at least 1. NationalCampuses is the whole country.
	Campuses int
	// Seed seeds every random choice: the same Config gives the same Dataset, byte for byte.
	Seed uint64
	// Townships, when positive and smaller than the national count, cuts the tree to its first Townships
	// townships in code order (and their ancestors): a region of the country, as a provincial or city system
	// holds. Zero keeps the whole national tree. ProportionalTownships gives the national density.
	Townships int
}

// ProportionalTownships returns the number of townships that holds n campuses at the national density
// (NationalCampuses campuses in NationalTownships townships), at least 1 and at most NationalTownships.
func ProportionalTownships(n int) int {
	t := (n*NationalTownships + NationalCampuses - 1) / NationalCampuses
	return max(1, min(t, NationalTownships))
}
