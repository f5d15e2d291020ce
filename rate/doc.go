// Package rate holds the figures of a report exactly until they are presented:
// a Rate is a fraction of two counts (1394/1396, not 0.9986), a Precision says
// how it is rounded (places and a named rule: HalfEven is GB/T 8170-2008
// 数值修约规则, HalfUp is 四舍五入), and rounding happens once, from the exact
// counts, never through a float or an earlier rounded figure.
//
// A Change is a rate at two dates. Its two readings are kept apart and
// labelled: Points is the difference in percentage points (百分点: 12.5 % →
// 99.9 % is +87.4 个百分点), Relative the change as a percent of the baseline.
// A point change is never printed with a bare "%".
//
// A Ratio is a "per N" figure whose numerator may exceed its denominator (incidents per campus, per 10,000
// pupils): exact like a Rate, presented by Per(scale, p) as a plain number per scale units, never as a
// percent; a RatioChange labels its Difference (in the ratio's own unit) and its Relative change apart.
//
// A zero denominator is an undefined rate, not NaN, 0 % or a panic; every
// formatter shows it as Undefined ("—"). Lang chooses the language of the
// words a formatter writes (and, in packages campus, hierarchy and compliance,
// of an enum's Name).
//
// The package knows nothing of campuses or jurisdictions: any system that
// publishes shares of counts can use it. It is pure (no I/O, no clock, no
// global state) and never touches shopspring/decimal's package settings.
package rate
