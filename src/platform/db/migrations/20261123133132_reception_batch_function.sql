-- A batch of receptions of one unit in ONE statement (src/db/reception-store.ts): allocate the
-- dossier codes of the unit's day, insert the dossier rows, and append the first events to the
-- unit's audit hash chain, hashing in the database. The hash is the one src/db/audit-chain.ts
-- defines (SHA-256 of the event's canonical JSON): the caller sends each event's canonical text
-- in three parts around the two values only known here, the dossier code and the previous hash:
--   text = a || to_json(code) || b || to_json(prev_hash) || c
-- so that `motcua audit verify` checks these events exactly like the others. Locks are taken in
-- the order every writer uses (code counter, dossier rows, chain head) and held only for the
-- statement's own work, not for round trips to the application.
CREATE FUNCTION "motcua_receive_batch"(
  p_unit text,
  p_day date,
  p_code_prefix text,
  p_search_prefix text,
  p_columns text[],
  p_rows jsonb,
  p_events jsonb
) RETURNS TABLE ("code" text, "event_id" bigint, "prev_hash" text, "hash" text, "city_code" text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_count integer := jsonb_array_length(p_rows);
  v_first integer;
  v_codes text[];
  v_city text;
  v_unit_found boolean;
  v_prev text;
  v_id bigint;
  v_event jsonb;
  v_code text;
  v_hash text;
  v_events integer := 0;
BEGIN
  SELECT u.parent_code, true INTO v_city, v_unit_found FROM units u WHERE u.code = p_unit;
  IF v_unit_found IS NULL THEN
    RAISE EXCEPTION 'Không tìm thấy đơn vị %.', p_unit USING ERRCODE = 'no_data_found';
  END IF;

  -- 1. The day's next v_count numbers (the counter row stays locked until commit).
  INSERT INTO dossier_code_sequences AS s (unit_code, day, last_value) VALUES (p_unit, p_day, v_count)
  ON CONFLICT (unit_code, day) DO UPDATE SET last_value = s.last_value + v_count
  RETURNING s.last_value - v_count + 1 INTO v_first;
  SELECT array_agg(p_code_prefix || lpad(n::text, greatest(4, length(n::text)), '0') ORDER BY n)
    INTO v_codes FROM generate_series(v_first, v_first + v_count - 1) AS n;

  -- 2. The dossier rows, in arrival order, with their codes.
  EXECUTE format(
    'INSERT INTO dossiers (code, search_text, state, %s) ' ||
    'SELECT $2[r.ordinality::int], $3 || substr($2[r.ordinality::int], length($4) + 1) || r.search_text, ' ||
    'jsonb_set(r.state, ''{code}'', to_jsonb($2[r.ordinality::int])), %s ' ||
    'FROM jsonb_populate_recordset(NULL::dossiers, $1) WITH ORDINALITY AS r ORDER BY r.ordinality',
    (SELECT string_agg(quote_ident(c), ', ') FROM unnest(p_columns) AS c),
    (SELECT string_agg('r.' || quote_ident(c), ', ') FROM unnest(p_columns) AS c))
  USING p_rows, v_codes, p_search_prefix, p_code_prefix;

  -- 3. The events, chained after the unit's head (locked until commit).
  INSERT INTO audit_chain_heads AS h (unit_code, last_hash, event_count) VALUES (p_unit, repeat('0', 64), 0)
  ON CONFLICT (unit_code) DO UPDATE SET unit_code = EXCLUDED.unit_code
  RETURNING h.last_hash INTO v_prev;
  FOR v_event IN SELECT e.value FROM jsonb_array_elements(p_events) AS e LOOP
    v_code := v_codes[(v_event ->> 'd')::int];
    v_hash := encode(sha256(convert_to((v_event ->> 'a') || to_json(v_code)::text || (v_event ->> 'b') || to_json(v_prev)::text || (v_event ->> 'c'), 'UTF8')), 'hex');
    INSERT INTO dossier_events (dossier_code, seq, unit_code, type, at, recorded_at, actor_id, actor_role, source, external_id, payload, prev_hash, hash)
    VALUES (v_code, (v_event ->> 'seq')::int, p_unit, v_event ->> 'type', (v_event ->> 'at')::timestamptz, (v_event ->> 'recorded_at')::timestamptz,
            v_event ->> 'actor_id', v_event ->> 'actor_role', v_event ->> 'source', v_event ->> 'external_id', v_event -> 'payload', v_prev, v_hash)
    RETURNING id INTO v_id;
    code := v_code;
    event_id := v_id;
    prev_hash := v_prev;
    hash := v_hash;
    city_code := v_city;
    RETURN NEXT;
    v_prev := v_hash;
    v_events := v_events + 1;
  END LOOP;
  UPDATE audit_chain_heads SET last_event_id = v_id, last_hash = v_prev, event_count = event_count + v_events WHERE unit_code = p_unit;
END;
$$;
