/**
 * Buttons that open the official forms (Thông tư 03/2025 numbering) built by the forms routes:
 * GET /api/dossiers/:code/forms/:form?format=html (print) or docx (download).
 */
import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';

export type FormCode = 'mau-01' | 'mau-02' | 'mau-03' | 'mau-04' | 'mau-05' | 'mau-06';

export const FORM_NAMES: Record<FormCode, string> = {
  'mau-01': 'Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  'mau-02': 'Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  'mau-03': 'Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  'mau-04': 'Mẫu 04 — Văn bản xin lỗi và hẹn lại ngày trả kết quả',
  'mau-05': 'Mẫu 05 — Thông báo dừng giải quyết hồ sơ',
  'mau-06': 'Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ',
};

const SHORT: Record<FormCode, string> = { 'mau-01': 'Mẫu 01', 'mau-02': 'Mẫu 02', 'mau-03': 'Mẫu 03', 'mau-04': 'Mẫu 04', 'mau-05': 'Mẫu 05', 'mau-06': 'Mẫu 06' };

export function formUrl(code: string, form: FormCode, format: 'html' | 'docx'): string {
  return `/api/dossiers/${encodeURIComponent(code)}/forms/${form}?format=${format}`;
}

export function FormLinks({ code, forms, primary, icon }: { code: string; forms: FormCode[]; primary?: boolean; icon?: ReactNode }) {
  return (
    <Space wrap>
      {forms.map((form) => (
        <Space.Compact key={form}>
          <Button type={primary ? 'primary' : 'default'} icon={icon ?? <PrinterOutlined />} href={formUrl(code, form, 'html')} target="_blank" rel="noopener" title={FORM_NAMES[form]}>
            In {SHORT[form]}
          </Button>
          <Button icon={<FileWordOutlined />} href={formUrl(code, form, 'docx')} aria-label={`Tải ${FORM_NAMES[form]} (DOCX)`} title={`Tải ${SHORT[form]} (DOCX)`} />
        </Space.Compact>
      ))}
    </Space>
  );
}

/** Forms that exist for a dossier in its present history. */
export function formsOf(dossier: { receivedAt: string | null; supplementRequests: number; extensions: unknown[]; status: number; history: Array<{ type: string }> }): FormCode[] {
  const forms: FormCode[] = [];
  if (dossier.receivedAt) forms.push('mau-01');
  if (dossier.supplementRequests > 0) forms.push('mau-02');
  if (dossier.status === 3) forms.push('mau-03');
  if (dossier.extensions.length > 0) forms.push('mau-04');
  if (dossier.history.some((h) => h.type === 'stopped')) forms.push('mau-05');
  if (dossier.receivedAt) forms.push('mau-06');
  return forms;
}
