// Package prevention holds the security prevention level (防范等级) in force, and where and from when.
//
// A Level is normal (常态), heightened (加强) or high (高). After an incident the authorities raise it
// (提升防范等级) — a city after the 2010-03-23 南平 attack, a district after a local case — and lower it
// later. A Schedule records those changes by place and date: each Change names a jurisdiction of a
// hierarchy.Tree (the zero code is the whole tree), an effective date, the level and the notice or reason,
// and is inherited by everything under its jurisdiction. Schedule.At answers which level applied to a
// jurisdiction on a date, and with which notice; Schedule.On resolves every place's level on one date into
// an InForce, which a compliance query measures with (compliance.QuerySpec.Schedule). LevelSet is the set
// of levels a figure was measured at when they differed by place.
//
// Which change wins, what a city-wide change after a district's own means, and what holds before the first
// change are documented on Schedule. The limits (MaxChanges, MaxNoticeBytes, MaxScheduleBytes) are the
// library's own; no source fixes them. No source fixes what the levels require either: a standard's
// requirements say from which level they apply (compliance.Scope.MinPreventionLevel).
package prevention
