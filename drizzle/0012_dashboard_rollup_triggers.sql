-- The dashboard's daily totals (tables in 0011), kept by statement-level triggers with transition
-- tables: one grouped upsert per statement, whatever the number of rows, so a bulk insert costs
-- one pass and no write path can forget them. A change adds +1 for each new row and -1 for each
-- old row; groups that sum to zero are not written. Days are Vietnamese days (UTC+7, no DST).
-- Rows are upserted in key order so that two transactions never lock them in opposite orders.

CREATE FUNCTION dashboard_changes(op text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE op
		WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
		WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
		ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows'
	END
$$;
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_dossiers() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changes text := dashboard_changes(TG_OP);
BEGIN
	EXECUTE format($q$
		INSERT INTO dashboard_dossiers_received AS r (day, procedure_id, channel, dossiers)
		SELECT (timezone('UTC', received_at) + interval '7 hours')::date, procedure_id, channel, sum(sign)
		FROM (%s) c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
		ON CONFLICT (day, procedure_id, channel) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers
	$q$, changes);
	EXECUTE format($q$
		INSERT INTO dashboard_dossier_results AS r (day, decided, on_time)
		SELECT day, sum(sign), coalesce(sum(sign) FILTER (WHERE day <= promised), 0)
		FROM (
			SELECT sign, (timezone('UTC', result_at) + interval '7 hours')::date AS day,
				coalesce(original_due_date, due_date) AS promised
			FROM (%s) c WHERE result_at IS NOT NULL
		) d
		GROUP BY day
		HAVING sum(sign) <> 0 OR coalesce(sum(sign) FILTER (WHERE day <= promised), 0) <> 0
		ORDER BY day
		ON CONFLICT (day) DO UPDATE
			SET decided = r.decided + excluded.decided, on_time = r.on_time + excluded.on_time
	$q$, changes);
	EXECUTE format($q$
		INSERT INTO dashboard_dossiers_waiting AS r (due_date, dossiers)
		SELECT due_date, sum(sign)
		FROM (%s) c WHERE status IN ('received', 'processing')
		GROUP BY 1 HAVING sum(sign) <> 0 ORDER BY 1
		ON CONFLICT (due_date) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers
	$q$, changes);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_coaching() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format($q$
		INSERT INTO dashboard_coaching AS r (day, practice, sessions, steps_total, steps_alone,
			steps_after_help, steps_volunteer)
		SELECT (timezone('UTC', started_at) + interval '7 hours')::date, practice, sum(sign),
			sum(sign * steps_total), sum(sign * steps_alone),
			sum(sign * (steps_hint + steps_explain + steps_demonstrate)), sum(sign * steps_volunteer)
		FROM (%s) c GROUP BY 1, 2
		HAVING sum(sign) <> 0 OR sum(sign * steps_total) <> 0
		ORDER BY 1, 2
		ON CONFLICT (day, practice) DO UPDATE SET
			sessions = r.sessions + excluded.sessions,
			steps_total = r.steps_total + excluded.steps_total,
			steps_alone = r.steps_alone + excluded.steps_alone,
			steps_after_help = r.steps_after_help + excluded.steps_after_help,
			steps_volunteer = r.steps_volunteer + excluded.steps_volunteer
	$q$, dashboard_changes(TG_OP));
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changes text := dashboard_changes(TG_OP);
BEGIN
	EXECUTE format($q$
		INSERT INTO dashboard_ratings AS r (day, overall, ratings)
		SELECT (timezone('UTC', at) + interval '7 hours')::date, overall, sum(sign)
		FROM (%s) c GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
		ON CONFLICT (day, overall) DO UPDATE SET ratings = r.ratings + excluded.ratings
	$q$, changes);
	EXECUTE format($q$
		INSERT INTO dashboard_rating_criteria AS r (day, criterion, answers, points)
		SELECT (timezone('UTC', at) + interval '7 hours')::date, e.key, sum(sign), sum(sign * e.value::int)
		FROM (%s) c CROSS JOIN LATERAL jsonb_each_text(c.criteria) AS e(key, value)
		GROUP BY 1, 2 HAVING sum(sign) <> 0 OR sum(sign * e.value::int) <> 0 ORDER BY 1, 2
		ON CONFLICT (day, criterion) DO UPDATE
			SET answers = r.answers + excluded.answers, points = r.points + excluded.points
	$q$, changes);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_dossiers_insert AFTER INSERT ON dossiers
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_dossiers();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_dossiers_update AFTER UPDATE ON dossiers
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_dossiers();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_dossiers_delete AFTER DELETE ON dossiers
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_dossiers();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_coaching_insert AFTER INSERT ON coaching_records
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_coaching();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_coaching_update AFTER UPDATE ON coaching_records
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_coaching();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_coaching_delete AFTER DELETE ON coaching_records
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_coaching();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_ratings_insert AFTER INSERT ON ratings
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_ratings();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_ratings_update AFTER UPDATE ON ratings
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_ratings();
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_ratings_delete AFTER DELETE ON ratings
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_ratings();
--> statement-breakpoint
-- What was there before this migration, once. An UPDATE that "changes" every row by nothing
-- would do it through the triggers; these are the same sums, said directly.
INSERT INTO dashboard_dossiers_received (day, procedure_id, channel, dossiers)
SELECT (timezone('UTC', received_at) + interval '7 hours')::date, procedure_id, channel, count(*)
FROM dossiers GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_dossier_results (day, decided, on_time)
SELECT day, count(*), count(*) FILTER (WHERE day <= promised)
FROM (
	SELECT (timezone('UTC', result_at) + interval '7 hours')::date AS day,
		coalesce(original_due_date, due_date) AS promised
	FROM dossiers WHERE result_at IS NOT NULL
) d GROUP BY day;
--> statement-breakpoint
INSERT INTO dashboard_dossiers_waiting (due_date, dossiers)
SELECT due_date, count(*) FROM dossiers WHERE status IN ('received', 'processing') GROUP BY 1;
--> statement-breakpoint
INSERT INTO dashboard_coaching (day, practice, sessions, steps_total, steps_alone, steps_after_help,
	steps_volunteer)
SELECT (timezone('UTC', started_at) + interval '7 hours')::date, practice, count(*), sum(steps_total),
	sum(steps_alone), sum(steps_hint + steps_explain + steps_demonstrate), sum(steps_volunteer)
FROM coaching_records GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO dashboard_ratings (day, overall, ratings)
SELECT (timezone('UTC', at) + interval '7 hours')::date, overall, count(*) FROM ratings GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO dashboard_rating_criteria (day, criterion, answers, points)
SELECT (timezone('UTC', at) + interval '7 hours')::date, e.key, count(*), sum(e.value::int)
FROM ratings CROSS JOIN LATERAL jsonb_each_text(criteria) AS e(key, value) GROUP BY 1, 2;
