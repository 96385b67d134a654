/** GET /api/stream: the viewer's live changes as Server-Sent Events (follow-changes.ts). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { closeEventStreams, openEventStream } from '../../platform/http/event-stream.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { SESSION_COOKIE } from '../../platform/sessions/sessions.ts';
import { changeFeedReady, followChanges } from './follow-changes.ts';

const STREAM_DESCRIPTION = [
  'Luồng sự kiện (Server-Sent Events, `text/event-stream`): mỗi khi có thay đổi trong phạm vi người xem được biết',
  '(hồ sơ tiếp nhận, chuyển bước, trả kết quả…, ở bất kỳ tiến trình máy chủ nào dùng chung cơ sở dữ liệu), máy chủ gửi một sự kiện',
  '`change` với `data` là JSON: `{"kind":"dossiers","unitCode":…,"dossiers":[{"code":…,"events":[…]}]}`, `{"kind":"bulk","unitCode":…}`,',
  '`{"kind":"alerts","unitCode":…}`, `{"kind":"queue","unitCode":…,"ticket":{"label":"1001","status":"called"}|null,"counter":2|null}`',
  '(hàng đợi của đơn vị: chỉ số thứ tự và quầy) hoặc `{"kind":"resync"}` (tải lại tất cả). Sự kiện không chứa dữ liệu cá nhân của công dân.',
  'Sự kiện `ready` khi luồng đã sẵn sàng. Luồng kết thúc khi phiên đăng nhập kết thúc; trình duyệt (EventSource) tự kết nối lại.',
].join(' ');

const eventText = z.string().describe('Các sự kiện `ready` và `change` theo định dạng Server-Sent Events.');

export function registerLiveRoutes(app: ZodApp, ctx: AppContext): void {
  // preClose: before the server waits for in-flight requests (an open stream never finishes by itself).
  app.addHook('preClose', async () => closeEventStreams(app));
  app.get(
    '/stream',
    {
      schema: {
        tags: ['Trực tuyến'],
        summary: 'Luồng thay đổi trực tuyến (Server-Sent Events) trong phạm vi người xem',
        description: STREAM_DESCRIPTION,
        response: {
          200: { description: 'Luồng sự kiện', content: { 'text/event-stream': { schema: eventText } } },
          401: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const token = request.cookies[SESSION_COOKIE] ?? '';
      await changeFeedReady(ctx);
      const stream = openEventStream(request, reply, { onHeartbeat: () => following.sessionAlive() });
      const following = followChanges(ctx, user, token, {
        deliver: (event) => stream.send('change', event),
        end: () => stream.close(),
      });
      stream.onClose(() => following.stop());
      stream.send('ready', { unitCode: user.unitCode });
    },
  );
}
