/**
 * The citizen's consent to notices and preferred channel at reception (issue 17 item 3): one
 * checkbox "Đồng ý nhận thông báo" and the channel (e-mail, SMS, Zalo), defaulting to e-mail
 * when an e-mail is given, else SMS when a phone is. The consent is recorded for the chosen
 * channel only (consent is per channel: docs/notices.md); more are added on the dossier page.
 */
import { useEffect } from 'react';
import { Checkbox, Form, Select, Space } from 'antd';

export type NoticeChannel = 'email' | 'sms' | 'zalo';

export interface NoticeValues {
  phone?: string;
  email?: string;
  noticeConsent?: boolean;
  noticeChannel?: NoticeChannel;
}

export const NOTICE_CHANNEL_NAMES: Record<NoticeChannel, string> = { email: 'Thư điện tử', sms: 'SMS', zalo: 'Zalo' };

/** The address a channel sends to: the e-mail, or the phone for SMS and Zalo. */
export function addressFor(channel: NoticeChannel, contact: { phone?: string | undefined; email?: string | undefined }): string | undefined {
  const address = channel === 'email' ? contact.email : contact.phone;
  return address?.trim() ? address.trim() : undefined;
}

/** What the reception sends as `notices` (undefined: no consent given). */
export function noticesOf(values: NoticeValues): { consents: Array<{ channel: NoticeChannel; address: string }>; preferred: NoticeChannel } | undefined {
  if (!values.noticeConsent || !values.noticeChannel) return undefined;
  const address = addressFor(values.noticeChannel, values);
  return address ? { consents: [{ channel: values.noticeChannel, address }], preferred: values.noticeChannel } : undefined;
}

export function NoticeChoice() {
  const form = Form.useFormInstance<NoticeValues>();
  const consent = Form.useWatch('noticeConsent', form) ?? false;
  const channel = Form.useWatch('noticeChannel', form);
  const phone = Form.useWatch('phone', form);
  const email = Form.useWatch('email', form);
  const contact = { phone, email };
  // A sensible default from the contact given, never replacing a channel the officer chose.
  useEffect(() => {
    if (!consent || channel) return;
    const preferred: NoticeChannel | undefined = addressFor('email', contact) ? 'email' : addressFor('sms', contact) ? 'sms' : undefined;
    if (preferred) form.setFieldValue('noticeChannel', preferred);
  });
  return (
    <Space align="start" wrap data-testid="notice-choice">
      <Form.Item name="noticeConsent" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox>Đồng ý nhận thông báo</Checkbox>
      </Form.Item>
      {consent && (
        <Form.Item
          name="noticeChannel"
          style={{ marginBottom: 0 }}
          dependencies={['phone', 'email']}
          rules={[
            { required: true, message: 'Hãy chọn kênh nhận thông báo.' },
            ({ getFieldsValue }) => ({
              validator: (_, value?: NoticeChannel) =>
                !value || addressFor(value, getFieldsValue(['phone', 'email']) as NoticeValues)
                  ? Promise.resolve()
                  : Promise.reject(new Error(value === 'email' ? 'Hãy ghi thư điện tử để nhận thông báo qua kênh này.' : 'Hãy ghi số điện thoại để nhận thông báo qua kênh này.')),
            }),
          ]}
        >
          <Select<NoticeChannel>
            aria-label="Kênh nhận thông báo"
            style={{ width: 160 }}
            placeholder="Kênh nhận"
            options={(Object.keys(NOTICE_CHANNEL_NAMES) as NoticeChannel[]).map((value) => ({ value, label: NOTICE_CHANNEL_NAMES[value] }))}
          />
        </Form.Item>
      )}
    </Space>
  );
}
