/**
 * Prefill at reception (issue 15): when the ID field holds a valid CCCD (12 digits) or CMND
 * (9), asks the API for the citizen's latest dossier in the unit (POST, the number in the
 * body) and offers "Đã có hồ sơ trước: <name> — Điền thông tin". A click fills only the
 * fields the officer left empty: what they typed is never overwritten.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Form } from 'antd';
import { client, ok } from '../../api.ts';
import type { Answer } from '../../api/types.ts';

type Citizen = Answer<'/api/citizens/lookup', 'post'>;
const FIELDS = ['name', 'address', 'phone', 'email'] as const;
type Field = (typeof FIELDS)[number];

export function PrefillOffer() {
  const form = Form.useFormInstance<Record<Field | 'idNumber' | 'kind', string | undefined>>();
  const idNumber = (Form.useWatch('idNumber', form) ?? '').trim();
  const kind = Form.useWatch('kind', form) ?? 'individual';
  const [found, setFound] = useState<Citizen | null>(null);
  const [used, setUsed] = useState<string | null>(null);
  const valid = kind === 'individual' && /^(\d{12}|\d{9})$/.test(idNumber);

  useEffect(() => {
    setFound(null);
    if (!valid) return;
    let cancelled = false;
    // Roles that may not see it get 403, unknown numbers 404: both simply offer nothing.
    ok(client.POST('/api/citizens/lookup', { body: { idNumber } }))
      .then((citizen) => !cancelled && setFound(citizen))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [idNumber, valid]);

  if (!found || used === idNumber) return null;
  const fill = () => {
    const values: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const offered = found.applicant[field];
      if (offered && !form.getFieldValue(field)?.trim()) values[field] = offered;
    }
    form.setFieldsValue(values);
    setUsed(idNumber);
  };
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="prefill-offer"
      message={`Đã có hồ sơ trước: ${found.applicant.name}`}
      action={
        <Button size="small" type="primary" onClick={fill}>
          Điền thông tin
        </Button>
      }
    />
  );
}
