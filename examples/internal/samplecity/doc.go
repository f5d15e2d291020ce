// Package samplecity builds the synthetic prefecture-level city of Jiangsu that examples/cityreport reports on:
// 示例市 (321400, a code no real city has) with ten districts and county-level cities and 101 towns and streets
// (乡镇街道, numbered by the GB/T 10114 classes), 1935 campuses of 1749 schools — 800 中小学 and 1135 幼托,
// 1396 licensed (有证) and 539 unlicensed (无证) — the example's own checklist as JSON (the Jiangsu regulation the
// 2012 report measured against is not public, so nothing here is taken from it), inspections from April 2010 to
// February 2012, and the inspection teams' areas (分片包干) with one gap and one overlap.
//
// Everything is built with the library's own constructors, and every ID comes from uuid.NewSHA1 over a stable
// name, so two builds are identical. The data is laid out so that the 2012 report's published figures follow
// from it — 1394 of 1396 licensed campuses compliant on 2012-02-14, 178 of 539 unlicensed, 174 of 1396 licensed
// in May 2010 — but no figure is stored: examples/cityreport computes each one with the library.
//
// The city's prevention levels (City.Schedule) are normal, raised city-wide to heightened from 2010-03-24
// (the report: after the 2010-03-23 南平 attack the city "第一时间作出反应,提升了校园安全防范等级") and lowered
// to normal from 2012-09-01. The first and last dates — normal from 2010-01-01 and the lowering on
// 2012-09-01 — are SYNTHETIC: the report gives neither (see StartDate and LowerDate).
package samplecity
