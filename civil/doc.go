// Package civil holds the civil dates every figure is as of: a Date is a day
// of the proleptic Gregorian calendar (0001-01-01 … 9999-12-31) with no time of
// day and no time zone, as the dates of an inspection, a notice or a report are
// written ("2012-02-14"). Like cloud.google.com/go/civil's Date, it is a small
// comparable value; unlike time.Time it cannot shift across a day boundary by
// a time zone.
//
// Dates parse from and print as ISO 8601 (ParseDate, String, MarshalText), add
// and count days exactly (AddDays saturates at the calendar's ends rather than
// wrap), and convert from a time.Time the caller chose (DateOf): the package
// never reads the clock.
package civil
