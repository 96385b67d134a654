/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (TT 03/2025, reference.md §2.2). */
import { formatDateTimeLong } from '../../domain/format/index.ts';
import { field, paragraph, type OfficialDocument } from '../model.ts';
import { applicantTitle, centerHeader, eventsOf, FormNotApplicableError, personName, receptionLines, type DossierFormInput } from './common.ts';
import { letterheadOf } from './letterhead.ts';

/** The latest supplement request of the dossier. */
export function buildMau02(input: DossierFormInput): OfficialDocument {
  const { state } = input;
  const requests = eventsOf(input.events, 'supplement_requested');
  const request = requests.at(-1);
  const stage = state.supplementRequests.at(-1);
  if (!request || !stage) {
    throw new FormNotApplicableError('Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện nào nên không có Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02).');
  }
  const head = letterheadOf(input.unit);
  const you = applicantTitle(state.applicant);
  const items = request.items.length > 0 ? request.items : [request.reason];
  const guide = personName(input, request.actor.id);
  const contact = [guide ? `công chức ${guide}` : 'công chức tiếp nhận hồ sơ', head.contactPhone ? `số điện thoại ${head.contactPhone}` : undefined].filter(Boolean).join(', ');
  return {
    form: 'mau-02',
    fileName: `mau-02-${state.code}`,
    header: centerHeader(input, 'PYCBS', request.at),
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    blocks: [
      ...receptionLines(input),
      field('Thời điểm yêu cầu bổ sung', formatDateTimeLong(request.at)),
      ...(requests.length > 1 ? [field('Lần yêu cầu bổ sung', String(requests.length).padStart(2, '0'))] : []),
      paragraph(`Yêu cầu ${you} hoàn thiện hồ sơ gồm những nội dung như sau:`, { bold: true }),
      {
        kind: 'table',
        caption: 'Nội dung cần bổ sung, hoàn thiện',
        columns: [
          { label: 'TT', width: 8, center: true },
          { label: 'Thành phần hồ sơ, nội dung cần bổ sung, hoàn thiện', width: 92 },
        ],
        rows: items.map((item, i) => [String(i + 1), item]),
      },
      field('Lý do', request.reason),
      paragraph(
        stage.stage === 'processing'
          ? 'Thời gian chờ bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết; thời hạn tiếp tục được tính từ khi nhận đủ hồ sơ bổ sung.'
          : 'Hồ sơ chưa được tiếp nhận; thời hạn giải quyết được tính từ khi hồ sơ được tiếp nhận đầy đủ, hợp lệ.',
        { italic: true },
      ),
      paragraph(`Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ${you} tra cứu tình trạng hồ sơ tại địa chỉ ${input.lookupUrl} hoặc liên hệ ${contact} để được hướng dẫn./.`),
    ],
    signatures: [{ titleLines: ['Người hướng dẫn'], note: '(Ký và ghi rõ họ tên)', name: guide }],
    orientation: 'portrait',
  };
}
