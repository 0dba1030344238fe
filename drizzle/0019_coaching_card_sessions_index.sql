-- Issue 18: the skill-card figure of the whole city (coaching-figures.ts, skillCards) reads each
-- card's real sessions in order, from this index alone: no sort, no visit to the table. Drizzle's
-- index builder has no INCLUDE, so the index is declared here only.
CREATE INDEX IF NOT EXISTS "coaching_records_card_sessions_idx" ON "coaching_records"
	USING btree ("skill_card", "started_at", "id") INCLUDE ("steps_alone", "steps_total")
	WHERE "skill_card" IS NOT NULL AND NOT "practice";
