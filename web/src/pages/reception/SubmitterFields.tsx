/**
 * "Người nộp thay" on the reception form (issue 15): a switch, collapsed by default, revealing
 * the person who brings the dossier for the applicant — an authorised person (name, CCCD,
 * phone, relationship, authorisation paper) for a citizen, the representative (name, title,
 * CCCD, phone) for an organisation. The fields live in the reception form under `submitter`.
 */
import { Col, Form, Input, Row, Space, Switch } from 'antd';
import type { Submitter } from '../../../../src/domain/dossier/submitter.ts';

export interface SubmitterValues {
  hasSubmitter?: boolean;
  submitter?: { name?: string; idNumber?: string; phone?: string; relationship?: string; authorisation?: string; title?: string };
}

const blank = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** The submitter the API takes, from the form's values (undefined when the switch is off). */
export function submitterOf(values: SubmitterValues, applicantKind: 'individual' | 'organization'): Submitter | undefined {
  const s = values.submitter;
  if (!values.hasSubmitter || !s?.name?.trim()) return undefined;
  const common = { name: s.name.trim(), idNumber: blank(s.idNumber), phone: blank(s.phone) };
  const submitter: Submitter =
    applicantKind === 'organization'
      ? { kind: 'representative', ...common, title: blank(s.title) }
      : { kind: 'authorised', ...common, relationship: blank(s.relationship), authorisation: blank(s.authorisation) };
  return Object.fromEntries(Object.entries(submitter).filter(([, v]) => v !== undefined)) as Submitter;
}

const ID_RULE = { pattern: /^(\d{12}|\d{9})$/, message: 'Số CCCD gồm 12 chữ số (hoặc 9 chữ số của CMND cũ).' };
const PHONE_RULE = { pattern: /^(0\d{9,10}|\+84\d{9})$/, message: 'Số điện thoại có 10–11 chữ số, bắt đầu bằng 0 hoặc +84.' };

export function SubmitterFields({ applicantKind }: { applicantKind: 'individual' | 'organization' }) {
  const form = Form.useFormInstance<SubmitterValues>();
  const open = Form.useWatch('hasSubmitter', form) ?? false;
  const organisation = applicantKind === 'organization';
  const nameLabel = organisation ? 'Họ tên người đại diện' : 'Họ tên người được ủy quyền';
  return (
    <div data-testid="submitter-section">
      <Space style={{ marginBottom: open ? 8 : 0 }}>
        <Form.Item name="hasSubmitter" valuePropName="checked" noStyle>
          <Switch id="has-submitter" size="small" aria-label="Người nộp thay" />
        </Form.Item>
        <label htmlFor="has-submitter">{organisation ? 'Người đại diện tổ chức nộp hồ sơ' : 'Người nộp thay (người được ủy quyền)'}</label>
      </Space>
      {open && (
        <>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item label={nameLabel} name={['submitter', 'name']} rules={[{ required: true, whitespace: true, message: `Hãy nhập ${nameLabel.toLowerCase()}.` }]}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item label="Số CCCD" name={['submitter', 'idNumber']} rules={organisation ? [ID_RULE] : [{ required: true, message: 'Hãy nhập số CCCD của người được ủy quyền.' }, ID_RULE]}>
                <Input inputMode="numeric" maxLength={12} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item label="Số điện thoại" name={['submitter', 'phone']} rules={[PHONE_RULE]}>
                <Input inputMode="tel" maxLength={14} />
              </Form.Item>
            </Col>
          </Row>
          {organisation ? (
            <Form.Item label="Chức vụ" name={['submitter', 'title']} rules={[{ required: true, whitespace: true, message: 'Hãy nhập chức vụ của người đại diện.' }]}>
              <Input maxLength={200} placeholder="Ví dụ: Giám đốc" />
            </Form.Item>
          ) : (
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item label="Quan hệ với người có hồ sơ" name={['submitter', 'relationship']}>
                  <Input maxLength={200} placeholder="Ví dụ: con, vợ, chồng" />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item
                  label="Văn bản ủy quyền (số, ngày)"
                  name={['submitter', 'authorisation']}
                  dependencies={[['submitter', 'relationship']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, value?: string) =>
                        value?.trim() || (getFieldValue(['submitter', 'relationship']) as string | undefined)?.trim()
                          ? Promise.resolve()
                          : Promise.reject(new Error('Hãy ghi văn bản ủy quyền hoặc quan hệ với người có hồ sơ.')),
                    }),
                  ]}
                >
                  <Input maxLength={500} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </>
      )}
    </div>
  );
}
