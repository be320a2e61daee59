-- Issue 19, item 2: name searches tolerant of accents (unaccent) and typos (pg_trgm), the same
-- on PostgreSQL and on PGlite (which loads both extensions, see platform/db/open.ts). Both are
-- trusted extensions: a database owner creates them without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- The one folding of a text for searching and sorting: accents off, lower case. Immutable so that
-- a stored generated column and its indexes may use it; schema-qualified so that a restore
-- (pg_restore runs with an empty search_path) computes the same value.
CREATE FUNCTION certeval_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
--> statement-breakpoint
-- A candidate's name as it is searched and sorted: the name in use, the first names, then the
-- birth name when a usage name hides it ("dupont lucas marie durand").
CREATE FUNCTION certeval_candidate_name(birth_name text, usage_name text, first_names jsonb)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.certeval_fold(concat_ws(' ',
    coalesce(usage_name, birth_name),
    (SELECT string_agg(name, ' ') FROM jsonb_array_elements_text(first_names) AS name),
    CASE WHEN usage_name IS NOT NULL THEN birth_name END));
