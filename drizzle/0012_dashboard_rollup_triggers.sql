-- The dashboard's daily totals (tables in 0011), kept by statement-level triggers with transition
-- tables: one grouped upsert per statement, whatever the number of rows, so a bulk insert costs
-- one pass and no write path can forget them. A change adds +1 for each new row and -1 for each
-- old row; groups that sum to zero are not written. Days are Vietnamese days (UTC+7, no DST).
-- Rows are upserted in key order so that two transactions never lock them in opposite orders.
-- Each event has its own function of static SQL (one statement, data-modifying CTEs), so that
-- PL/pgSQL keeps its plan: a push inserts dossiers one statement at a time.

CREATE FUNCTION dashboard_roll_dossiers_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT 1 AS sign, received_at, procedure_id, channel, result_at, original_due_date, due_date, status FROM new_rows),
	received AS (
		INSERT INTO dashboard_dossiers_received AS r (day, procedure_id, channel, dossiers)
		SELECT (timezone('UTC', received_at) + interval '7 hours')::date, procedure_id, channel, sum(sign)
		FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
		ON CONFLICT (day, procedure_id, channel) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers
		RETURNING 1
	),
	results AS (
		INSERT INTO dashboard_dossier_results AS r (day, decided, on_time)
		SELECT day, sum(sign), coalesce(sum(sign) FILTER (WHERE day <= promised), 0)
		FROM (
			SELECT sign, (timezone('UTC', result_at) + interval '7 hours')::date AS day,
				coalesce(original_due_date, due_date) AS promised
			FROM c WHERE result_at IS NOT NULL
		) d
		GROUP BY day
		HAVING sum(sign) <> 0 OR coalesce(sum(sign) FILTER (WHERE day <= promised), 0) <> 0
		ORDER BY day
		ON CONFLICT (day) DO UPDATE
			SET decided = r.decided + excluded.decided, on_time = r.on_time + excluded.on_time
		RETURNING 1
	)
	INSERT INTO dashboard_dossiers_waiting AS r (due_date, dossiers)
	SELECT due_date, sum(sign) FROM c WHERE status IN ('received', 'processing')
	GROUP BY 1 HAVING sum(sign) <> 0 ORDER BY 1
	ON CONFLICT (due_date) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_dossiers_insert AFTER INSERT ON dossiers
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_dossiers_insert();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_dossiers_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT 1 AS sign, received_at, procedure_id, channel, result_at, original_due_date, due_date, status FROM new_rows UNION ALL SELECT -1 AS sign, received_at, procedure_id, channel, result_at, original_due_date, due_date, status FROM old_rows),
	received AS (
		INSERT INTO dashboard_dossiers_received AS r (day, procedure_id, channel, dossiers)
		SELECT (timezone('UTC', received_at) + interval '7 hours')::date, procedure_id, channel, sum(sign)
		FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
		ON CONFLICT (day, procedure_id, channel) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers
		RETURNING 1
	),
	results AS (
		INSERT INTO dashboard_dossier_results AS r (day, decided, on_time)
		SELECT day, sum(sign), coalesce(sum(sign) FILTER (WHERE day <= promised), 0)
		FROM (
			SELECT sign, (timezone('UTC', result_at) + interval '7 hours')::date AS day,
				coalesce(original_due_date, due_date) AS promised
			FROM c WHERE result_at IS NOT NULL
		) d
		GROUP BY day
		HAVING sum(sign) <> 0 OR coalesce(sum(sign) FILTER (WHERE day <= promised), 0) <> 0
		ORDER BY day
		ON CONFLICT (day) DO UPDATE
			SET decided = r.decided + excluded.decided, on_time = r.on_time + excluded.on_time
		RETURNING 1
	)
	INSERT INTO dashboard_dossiers_waiting AS r (due_date, dossiers)
	SELECT due_date, sum(sign) FROM c WHERE status IN ('received', 'processing')
	GROUP BY 1 HAVING sum(sign) <> 0 ORDER BY 1
	ON CONFLICT (due_date) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_dossiers_update AFTER UPDATE ON dossiers
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_dossiers_update();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_dossiers_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT -1 AS sign, received_at, procedure_id, channel, result_at, original_due_date, due_date, status FROM old_rows),
	received AS (
		INSERT INTO dashboard_dossiers_received AS r (day, procedure_id, channel, dossiers)
		SELECT (timezone('UTC', received_at) + interval '7 hours')::date, procedure_id, channel, sum(sign)
		FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
		ON CONFLICT (day, procedure_id, channel) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers
		RETURNING 1
	),
	results AS (
		INSERT INTO dashboard_dossier_results AS r (day, decided, on_time)
		SELECT day, sum(sign), coalesce(sum(sign) FILTER (WHERE day <= promised), 0)
		FROM (
			SELECT sign, (timezone('UTC', result_at) + interval '7 hours')::date AS day,
				coalesce(original_due_date, due_date) AS promised
			FROM c WHERE result_at IS NOT NULL
		) d
		GROUP BY day
		HAVING sum(sign) <> 0 OR coalesce(sum(sign) FILTER (WHERE day <= promised), 0) <> 0
		ORDER BY day
		ON CONFLICT (day) DO UPDATE
			SET decided = r.decided + excluded.decided, on_time = r.on_time + excluded.on_time
		RETURNING 1
	)
	INSERT INTO dashboard_dossiers_waiting AS r (due_date, dossiers)
	SELECT due_date, sum(sign) FROM c WHERE status IN ('received', 'processing')
	GROUP BY 1 HAVING sum(sign) <> 0 ORDER BY 1
	ON CONFLICT (due_date) DO UPDATE SET dossiers = r.dossiers + excluded.dossiers;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_dossiers_delete AFTER DELETE ON dossiers
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_dossiers_delete();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_coaching_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT 1 AS sign, started_at, practice, steps_total, steps_alone, steps_hint, steps_explain, steps_demonstrate, steps_volunteer FROM new_rows)
	INSERT INTO dashboard_coaching AS r (day, practice, sessions, steps_total, steps_alone,
		steps_after_help, steps_volunteer)
	SELECT (timezone('UTC', started_at) + interval '7 hours')::date, practice, sum(sign),
		sum(sign * steps_total), sum(sign * steps_alone),
		sum(sign * (steps_hint + steps_explain + steps_demonstrate)), sum(sign * steps_volunteer)
	FROM c GROUP BY 1, 2
	HAVING sum(sign) <> 0 OR sum(sign * steps_total) <> 0
	ORDER BY 1, 2
	ON CONFLICT (day, practice) DO UPDATE SET
		sessions = r.sessions + excluded.sessions,
		steps_total = r.steps_total + excluded.steps_total,
		steps_alone = r.steps_alone + excluded.steps_alone,
		steps_after_help = r.steps_after_help + excluded.steps_after_help,
		steps_volunteer = r.steps_volunteer + excluded.steps_volunteer;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_coaching_insert AFTER INSERT ON coaching_records
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_coaching_insert();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_coaching_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT 1 AS sign, started_at, practice, steps_total, steps_alone, steps_hint, steps_explain, steps_demonstrate, steps_volunteer FROM new_rows UNION ALL SELECT -1 AS sign, started_at, practice, steps_total, steps_alone, steps_hint, steps_explain, steps_demonstrate, steps_volunteer FROM old_rows)
	INSERT INTO dashboard_coaching AS r (day, practice, sessions, steps_total, steps_alone,
		steps_after_help, steps_volunteer)
	SELECT (timezone('UTC', started_at) + interval '7 hours')::date, practice, sum(sign),
		sum(sign * steps_total), sum(sign * steps_alone),
		sum(sign * (steps_hint + steps_explain + steps_demonstrate)), sum(sign * steps_volunteer)
	FROM c GROUP BY 1, 2
	HAVING sum(sign) <> 0 OR sum(sign * steps_total) <> 0
	ORDER BY 1, 2
	ON CONFLICT (day, practice) DO UPDATE SET
		sessions = r.sessions + excluded.sessions,
		steps_total = r.steps_total + excluded.steps_total,
		steps_alone = r.steps_alone + excluded.steps_alone,
		steps_after_help = r.steps_after_help + excluded.steps_after_help,
		steps_volunteer = r.steps_volunteer + excluded.steps_volunteer;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_coaching_update AFTER UPDATE ON coaching_records
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_coaching_update();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_coaching_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT -1 AS sign, started_at, practice, steps_total, steps_alone, steps_hint, steps_explain, steps_demonstrate, steps_volunteer FROM old_rows)
	INSERT INTO dashboard_coaching AS r (day, practice, sessions, steps_total, steps_alone,
		steps_after_help, steps_volunteer)
	SELECT (timezone('UTC', started_at) + interval '7 hours')::date, practice, sum(sign),
		sum(sign * steps_total), sum(sign * steps_alone),
		sum(sign * (steps_hint + steps_explain + steps_demonstrate)), sum(sign * steps_volunteer)
	FROM c GROUP BY 1, 2
	HAVING sum(sign) <> 0 OR sum(sign * steps_total) <> 0
	ORDER BY 1, 2
	ON CONFLICT (day, practice) DO UPDATE SET
		sessions = r.sessions + excluded.sessions,
		steps_total = r.steps_total + excluded.steps_total,
		steps_alone = r.steps_alone + excluded.steps_alone,
		steps_after_help = r.steps_after_help + excluded.steps_after_help,
		steps_volunteer = r.steps_volunteer + excluded.steps_volunteer;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_coaching_delete AFTER DELETE ON coaching_records
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_coaching_delete();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_ratings_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT 1 AS sign, at, overall, criteria FROM new_rows),
	levels AS (
		INSERT INTO dashboard_ratings AS r (day, overall, ratings)
		SELECT (timezone('UTC', at) + interval '7 hours')::date, overall, sum(sign)
		FROM c GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
		ON CONFLICT (day, overall) DO UPDATE SET ratings = r.ratings + excluded.ratings
		RETURNING 1
	)
	INSERT INTO dashboard_rating_criteria AS r (day, criterion, answers, points)
	SELECT (timezone('UTC', c.at) + interval '7 hours')::date, e.key, sum(sign), sum(sign * e.value::int)
	FROM c CROSS JOIN LATERAL jsonb_each_text(c.criteria) AS e(key, value)
	GROUP BY 1, 2 HAVING sum(sign) <> 0 OR sum(sign * e.value::int) <> 0 ORDER BY 1, 2
	ON CONFLICT (day, criterion) DO UPDATE
		SET answers = r.answers + excluded.answers, points = r.points + excluded.points;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_ratings_insert AFTER INSERT ON ratings
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_ratings_insert();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_ratings_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT 1 AS sign, at, overall, criteria FROM new_rows UNION ALL SELECT -1 AS sign, at, overall, criteria FROM old_rows),
	levels AS (
		INSERT INTO dashboard_ratings AS r (day, overall, ratings)
		SELECT (timezone('UTC', at) + interval '7 hours')::date, overall, sum(sign)
		FROM c GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
		ON CONFLICT (day, overall) DO UPDATE SET ratings = r.ratings + excluded.ratings
		RETURNING 1
	)
	INSERT INTO dashboard_rating_criteria AS r (day, criterion, answers, points)
	SELECT (timezone('UTC', c.at) + interval '7 hours')::date, e.key, sum(sign), sum(sign * e.value::int)
	FROM c CROSS JOIN LATERAL jsonb_each_text(c.criteria) AS e(key, value)
	GROUP BY 1, 2 HAVING sum(sign) <> 0 OR sum(sign * e.value::int) <> 0 ORDER BY 1, 2
	ON CONFLICT (day, criterion) DO UPDATE
		SET answers = r.answers + excluded.answers, points = r.points + excluded.points;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_ratings_update AFTER UPDATE ON ratings
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_ratings_update();
--> statement-breakpoint
CREATE FUNCTION dashboard_roll_ratings_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH c AS (SELECT -1 AS sign, at, overall, criteria FROM old_rows),
	levels AS (
		INSERT INTO dashboard_ratings AS r (day, overall, ratings)
		SELECT (timezone('UTC', at) + interval '7 hours')::date, overall, sum(sign)
		FROM c GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
		ON CONFLICT (day, overall) DO UPDATE SET ratings = r.ratings + excluded.ratings
		RETURNING 1
	)
	INSERT INTO dashboard_rating_criteria AS r (day, criterion, answers, points)
	SELECT (timezone('UTC', c.at) + interval '7 hours')::date, e.key, sum(sign), sum(sign * e.value::int)
	FROM c CROSS JOIN LATERAL jsonb_each_text(c.criteria) AS e(key, value)
	GROUP BY 1, 2 HAVING sum(sign) <> 0 OR sum(sign * e.value::int) <> 0 ORDER BY 1, 2
	ON CONFLICT (day, criterion) DO UPDATE
		SET answers = r.answers + excluded.answers, points = r.points + excluded.points;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_roll_ratings_delete AFTER DELETE ON ratings
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_roll_ratings_delete();
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
