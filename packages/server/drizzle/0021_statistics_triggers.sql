-- Issue 19, item 2: the statistics' counts (tables of 0020) kept by the database as the rows they
-- count are written, changed or removed, whatever writes them: one statement-level trigger per
-- event, its rows grouped, so that issuing a chunk of documents or copying a million rows adds
-- a handful of counts. A count's row is updated in the writing transaction (same locks order:
-- grouped keys sorted), and removed rows count negatively, so a revocation moves a document
-- from in force to revoked and a reopened decision leaves the counts.
--
-- A signed decision's units as the statistics count them: the overall outcome as unit '', each
-- unit decided with the tenth its grid's mean falls in (core's PERCENTAGE_BUCKETS: 0–9, …,
-- 90–100), and the blocs a VAE decision validates on their own, without a percentage (-1).
CREATE FUNCTION certeval_decision_units(decision jsonb)
  RETURNS TABLE (unit text, label text, passed boolean, bucket integer)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT '', '', coalesce((decision->'overall'->>'passed')::boolean, false), -1
  UNION ALL
  SELECT u->>'unit', coalesce(u->>'label', ''), coalesce((u->>'passed')::boolean, false),
    coalesce((SELECT least(9, greatest(0, floor((decision->'grid'->'means'->>(g.n::integer - 1))::numeric / 10)))::integer
      FROM jsonb_array_elements_text(decision->'grid'->'units') WITH ORDINALITY AS g(code, n)
      WHERE g.code = u->>'unit' AND jsonb_typeof(decision->'grid'->'means'->(g.n::integer - 1)) = 'number'
      LIMIT 1), -1)
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(decision->'units') = 'array' THEN decision->'units' ELSE '[]' END) AS u
  UNION ALL
  SELECT b->>'bloc', coalesce(b->>'label', ''), coalesce((b->>'acquired')::boolean, false), -1
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(decision->'blocs') = 'array' THEN decision->'blocs' ELSE '[]' END) AS b
$$;
--> statement-breakpoint
CREATE FUNCTION certeval_count_documents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO statistics_documents AS s (certifier_id, certification, year, company_id, kind, revoked, documents)
    SELECT d.organisation_id, d.certification, left(d.decision_date, 4)::integer, c.organisation_id,
      d.kind, d.revoked_at IS NOT NULL, -1 * count(*)::integer
    FROM gone AS d JOIN candidates AS c ON c.id = d.candidate_id
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (certifier_id, certification, year, company_id, kind, revoked) DO UPDATE SET documents = s.documents + excluded.documents;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO statistics_documents AS s (certifier_id, certification, year, company_id, kind, revoked, documents)
    SELECT d.organisation_id, d.certification, left(d.decision_date, 4)::integer, c.organisation_id,
      d.kind, d.revoked_at IS NOT NULL, 1 * count(*)::integer
    FROM came AS d JOIN candidates AS c ON c.id = d.candidate_id
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (certifier_id, certification, year, company_id, kind, revoked) DO UPDATE SET documents = s.documents + excluded.documents;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION certeval_count_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO statistics_decisions AS s (certifier_id, certification, unit, label, passed, bucket, decisions)
    SELECT j.certifier_id, j.certification, u.unit, u.label, u.passed, u.bucket, -1 * count(*)::integer
    FROM gone AS x JOIN jury_sessions AS j ON j.id = x.session_id,
      LATERAL certeval_decision_units(x.decision) AS u
    WHERE x.state = 'signed' AND x.decision->>'status' = 'decided'
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (certifier_id, certification, unit, label, passed, bucket) DO UPDATE SET decisions = s.decisions + excluded.decisions;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO statistics_decisions AS s (certifier_id, certification, unit, label, passed, bucket, decisions)
    SELECT j.certifier_id, j.certification, u.unit, u.label, u.passed, u.bucket, 1 * count(*)::integer
    FROM came AS x JOIN jury_sessions AS j ON j.id = x.session_id,
      LATERAL certeval_decision_units(x.decision) AS u
    WHERE x.state = 'signed' AND x.decision->>'status' = 'decided'
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (certifier_id, certification, unit, label, passed, bucket) DO UPDATE SET decisions = s.decisions + excluded.decisions;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER certificates_counted_insert AFTER INSERT ON certificates
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION certeval_count_documents();
--> statement-breakpoint
CREATE TRIGGER certificates_counted_update AFTER UPDATE ON certificates
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION certeval_count_documents();
--> statement-breakpoint
CREATE TRIGGER certificates_counted_delete AFTER DELETE ON certificates
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION certeval_count_documents();
--> statement-breakpoint
CREATE TRIGGER jury_candidates_counted_insert AFTER INSERT ON jury_candidates
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION certeval_count_decisions();
--> statement-breakpoint
CREATE TRIGGER jury_candidates_counted_update AFTER UPDATE ON jury_candidates
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION certeval_count_decisions();
--> statement-breakpoint
CREATE TRIGGER jury_candidates_counted_delete AFTER DELETE ON jury_candidates
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION certeval_count_decisions();
--> statement-breakpoint
-- What was there before the triggers.
INSERT INTO statistics_documents AS s (certifier_id, certification, year, company_id, kind, revoked, documents)
    SELECT d.organisation_id, d.certification, left(d.decision_date, 4)::integer, c.organisation_id,
      d.kind, d.revoked_at IS NOT NULL, 1 * count(*)::integer
    FROM certificates AS d JOIN candidates AS c ON c.id = d.candidate_id
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (certifier_id, certification, year, company_id, kind, revoked) DO UPDATE SET documents = s.documents + excluded.documents;
--> statement-breakpoint
INSERT INTO statistics_decisions AS s (certifier_id, certification, unit, label, passed, bucket, decisions)
    SELECT j.certifier_id, j.certification, u.unit, u.label, u.passed, u.bucket, 1 * count(*)::integer
    FROM jury_candidates AS x JOIN jury_sessions AS j ON j.id = x.session_id,
      LATERAL certeval_decision_units(x.decision) AS u
    WHERE x.state = 'signed' AND x.decision->>'status' = 'decided'
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (certifier_id, certification, unit, label, passed, bucket) DO UPDATE SET decisions = s.decisions + excluded.decisions;
