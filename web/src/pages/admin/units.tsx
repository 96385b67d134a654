import { useEffect, useState } from 'react';
import { Form, Select } from 'antd';
import { client, ok } from '../../api.ts';
import { useUser } from '../../session.ts';
import type { Unit } from '../../api/types.ts';

/** The units this user administers, and the one chosen (their own first). */
export function useUnits(): { units: Unit[]; unitCode: string; setUnitCode: (code: string) => void; reload: () => void } {
  const user = useUser();
  const [units, setUnits] = useState<Unit[]>([]);
  const [unitCode, setUnitCode] = useState(user.unitCode);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void ok(client.GET('/api/units')).then((r) => setUnits(r.items));
  }, [tick]);
  return { units, unitCode, setUnitCode, reload: () => setTick((n) => n + 1) };
}

export function UnitPicker({ units, value, onChange }: { units: Unit[]; value: string; onChange: (code: string) => void }) {
  return (
    <Form.Item label="Đơn vị" htmlFor="unit-picker" style={{ marginBottom: 12 }}>
      <Select id="unit-picker" value={value} onChange={onChange} style={{ width: 460 }} showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))} />
    </Form.Item>
  );
}
