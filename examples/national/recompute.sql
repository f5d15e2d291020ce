-- Recomputes summary.csv from the files `go run ./examples/national -csv DIR` writes, in SQLite (3.25 or
-- later). The requirements are those of standard.json (R01-R10 for every campus, R11-R20 for group 'school'),
-- written out by hand; the as-of date is query.json's (2024-12-31, no validity window).
--
--   cd DIR && sqlite3 < path/to/examples/national/recompute.sql
--
-- It prints the rows of summary.csv that the SQL computation does not reproduce, and the SQL rows missing
-- from summary.csv: both lists must be empty. (summary.csv also holds the zero rows of jurisdictions without
-- campuses in a group and license; SQL only produces non-empty ones.)
.mode csv
.import jurisdictions.csv jurisdictions
.import campuses.csv campuses
.import inspections.csv inspections
.import summary.csv summary
.headers off

-- The latest inspection of each campus on or before the as-of date.
CREATE TEMP TABLE latest AS
SELECT * FROM (
  SELECT i.*, ROW_NUMBER() OVER (PARTITION BY campus ORDER BY date DESC) AS rn
  FROM inspections i WHERE date <= '2024-12-31'
) WHERE rn = 1;
CREATE INDEX latest_campus ON latest(campus);
CREATE INDEX campuses_id ON campuses(id);
CREATE INDEX jurisdictions_code ON jurisdictions(code);

-- Each applicable requirement's outcome on the latest inspection: 1 met, 0 unmet, NULL not observed.
CREATE TEMP TABLE outcome AS
  SELECT l.campus, 'R01' AS req, CASE WHEN l.guardroom_staffed_24h = '' THEN NULL WHEN CAST(l.guardroom_staffed_24h AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R02' AS req, CASE WHEN l.closed_management = '' THEN NULL WHEN CAST(l.closed_management AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R03' AS req, CASE WHEN l.emergency_alarm_linked = '' THEN NULL WHEN CAST(l.emergency_alarm_linked AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R04' AS req, CASE WHEN l.video_linked = '' THEN NULL WHEN CAST(l.video_linked AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R05' AS req, CASE WHEN l.video_retention_days = '' THEN NULL WHEN CAST(l.video_retention_days AS INTEGER) >= 30 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R06' AS req, CASE WHEN l.visitor_registration = '' THEN NULL WHEN CAST(l.visitor_registration AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R07' AS req, CASE WHEN l.emergency_plan = '' THEN NULL WHEN CAST(l.emergency_plan AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R08' AS req, CASE WHEN l.emergency_drills_per_term = '' THEN NULL WHEN CAST(l.emergency_drills_per_term AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R09' AS req, CASE WHEN l.full_time_guards = '' THEN NULL WHEN CAST(l.full_time_guards AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R10' AS req, CASE WHEN l.principal_responsible = '' THEN NULL WHEN CAST(l.principal_responsible AS INTEGER) >= 1 THEN 1 ELSE 0 END AS met FROM latest l
  UNION ALL
  SELECT l.campus, 'R11', CASE WHEN l.full_time_guards = '' THEN NULL WHEN CAST(l.full_time_guards AS INTEGER) >= (CASE WHEN c.students + c.staff < 100 THEN 1 ELSE 2 END + CASE WHEN c.students + c.staff > 1000 THEN (c.students + c.staff - 1000 + 499) / 500 ELSE 0 END) THEN 1 ELSE 0 END
    FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R12', CASE WHEN l.school_gate_police_post = '' THEN NULL WHEN CAST(l.school_gate_police_post AS INTEGER) >= 1 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R13', CASE WHEN l.anti_ram_barriers = '' THEN NULL WHEN CAST(l.anti_ram_barriers AS INTEGER) >= 1 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R14', CASE WHEN l.perimeter_intrusion_alarm = '' THEN NULL WHEN CAST(l.perimeter_intrusion_alarm AS INTEGER) >= 1 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R15', CASE WHEN l.key_area_patrols_per_day = '' THEN NULL WHEN CAST(l.key_area_patrols_per_day AS INTEGER) >= 5 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R16', CASE WHEN l.emergency_drills_per_term = '' THEN NULL WHEN CAST(l.emergency_drills_per_term AS INTEGER) >= 2 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R17', CASE WHEN l.security_organisation = '' THEN NULL WHEN CAST(l.security_organisation AS INTEGER) >= 1 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R18', CASE WHEN l.full_time_gatekeeper = '' THEN NULL WHEN CAST(l.full_time_gatekeeper AS INTEGER) >= 1 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R19', CASE WHEN l.protective_equipment = '' THEN NULL WHEN CAST(l.protective_equipment AS INTEGER) >= 1 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school'
  UNION ALL
  SELECT l.campus, 'R20', CASE WHEN l.perimeter_barrier = '' THEN NULL WHEN CAST(l.perimeter_barrier AS INTEGER) >= 1 THEN 1 ELSE 0 END FROM latest l JOIN campuses c ON c.id = l.campus WHERE c."group" = 'school';

CREATE INDEX outcome_campus ON outcome(campus, met);

-- Each campus's status: any unmet -> non_compliant; else any not observed -> incomplete; else compliant;
-- no inspection -> unassessed.
CREATE TEMP TABLE status AS
SELECT c.id, c.jurisdiction, c."group" AS grp, c.license,
  CASE
    WHEN NOT EXISTS (SELECT 1 FROM latest l WHERE l.campus = c.id) THEN 'unassessed'
    WHEN EXISTS (SELECT 1 FROM outcome o WHERE o.campus = c.id AND o.met = 0) THEN 'non_compliant'
    WHEN EXISTS (SELECT 1 FROM outcome o WHERE o.campus = c.id AND o.met IS NULL) THEN 'incomplete'
    ELSE 'compliant'
  END AS status
FROM campuses c;

-- Every jurisdiction a campus counts in: its own and all its ancestors.
CREATE TEMP TABLE counted AS
WITH RECURSIVE up(id, code) AS (
  SELECT id, jurisdiction FROM status
  UNION ALL
  SELECT up.id, j.parent FROM up JOIN jurisdictions j ON j.code = up.code WHERE j.parent <> ''
)
SELECT up.code, s.grp, s.license, s.status FROM up JOIN status s ON s.id = up.id
UNION ALL
SELECT '', grp, license, status FROM status;

CREATE TEMP TABLE summary_sql AS
SELECT COALESCE(j.level, 'national') AS level, k.code, k.grp AS "group", k.license,
  COUNT(*) AS total,
  SUM(k.status = 'compliant') AS compliant,
  SUM(k.status = 'non_compliant') AS non_compliant,
  SUM(k.status = 'incomplete') AS incomplete,
  SUM(k.status = 'unassessed') AS unassessed
FROM counted k LEFT JOIN jurisdictions j ON j.code = k.code
GROUP BY k.code, k.grp, k.license;

SELECT 'missing from SQL', * FROM (
  SELECT level, code, "group", license, CAST(total AS INTEGER), CAST(compliant AS INTEGER),
    CAST(non_compliant AS INTEGER), CAST(incomplete AS INTEGER), CAST(unassessed AS INTEGER)
  FROM summary WHERE CAST(total AS INTEGER) > 0
  EXCEPT SELECT * FROM summary_sql);
SELECT 'missing from summary.csv', * FROM (
  SELECT * FROM summary_sql
  EXCEPT SELECT level, code, "group", license, CAST(total AS INTEGER), CAST(compliant AS INTEGER),
    CAST(non_compliant AS INTEGER), CAST(incomplete AS INTEGER), CAST(unassessed AS INTEGER) FROM summary);
SELECT 'rows compared', COUNT(*) FROM summary_sql;
