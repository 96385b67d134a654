-- Issue 14 (find people): the keys of src/domain/format/person-keys.ts (idNumberKey, phoneKey)
-- as SQL functions, to fill applicant_id_key and applicant_phone_key of the dossiers stored
-- before the columns existed. New rows get their keys from the application (event-rows.ts);
-- test/db/person-keys.test.ts checks that both definitions agree.
CREATE FUNCTION "motcua_id_key"(p_raw text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN k ~ '^[0-9A-Za-z]{6,20}$' AND k ~ '[0-9]' THEN upper(k) END
  FROM (SELECT regexp_replace(p_raw, '[ \t\n\r\f\v\u00a0./_()-]', '', 'g') AS k) AS t
$$;--> statement-breakpoint
CREATE FUNCTION "motcua_phone_key"(p_raw text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN d ~ '^0[0-9]{7,10}$' THEN d END
  FROM (
    SELECT CASE
      WHEN c !~ '^\+?[0-9]+$' THEN NULL
      WHEN d LIKE '0084%' THEN '0' || substr(d, 5)
      WHEN c LIKE '+84%' OR (d LIKE '84%' AND length(d) BETWEEN 10 AND 11) THEN '0' || substr(d, 3)
      ELSE d
    END AS d
    FROM (SELECT c, regexp_replace(c, '^\+', '') AS d
          FROM (SELECT regexp_replace(p_raw, '[ \t\n\r\f\v\u00a0./_()-]', '', 'g') AS c) AS r) AS s
  ) AS t
$$;--> statement-breakpoint
UPDATE "dossiers"
SET "applicant_id_key" = motcua_id_key("state" -> 'applicant' ->> 'idNumber'),
    "applicant_phone_key" = motcua_phone_key("state" -> 'applicant' ->> 'phone');
