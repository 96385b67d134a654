/**
 * On the dossier page (issue 15): who brought the dossier for the applicant, as the API shows
 * it to this user (masked like the applicant outside the unit). Nothing without a submitter.
 */
import { Descriptions } from 'antd';
import type { DossierDetail } from '../../api/types.ts';

export function DossierSubmitter({ submitter }: { submitter: DossierDetail['submitter'] }) {
  if (!submitter) return null;
  const representative = submitter.kind === 'representative';
  return (
    <Descriptions size="small" column={2} bordered style={{ marginTop: 8 }} data-testid="dossier-submitter" title={representative ? 'Người đại diện nộp hồ sơ' : 'Người nộp thay (người được ủy quyền)'}>
      <Descriptions.Item label="Họ và tên">{submitter.name}</Descriptions.Item>
      <Descriptions.Item label="Số CCCD">
        <span style={{ whiteSpace: 'nowrap' }}>{submitter.idNumber ?? ''}</span>
      </Descriptions.Item>
      {representative && <Descriptions.Item label="Chức vụ">{submitter.title ?? ''}</Descriptions.Item>}
      {submitter.phone && (
        <Descriptions.Item label="Điện thoại">
          <span style={{ whiteSpace: 'nowrap' }}>{submitter.phone}</span>
        </Descriptions.Item>
      )}
      {submitter.relationship && <Descriptions.Item label="Quan hệ với người có hồ sơ">{submitter.relationship}</Descriptions.Item>}
      {submitter.authorisation && <Descriptions.Item label="Văn bản ủy quyền">{submitter.authorisation}</Descriptions.Item>}
    </Descriptions>
  );
}
