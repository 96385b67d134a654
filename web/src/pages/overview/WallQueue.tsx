/**
 * The wall screen's waiting list (issue 16 §5): the unit's queue board in large type — the
 * number each counter is serving or calling, and how many tickets wait in each service group —
 * from the public board (GET /api/queue/board/{unitCode}: numbers only, never a name), reloaded
 * when the stream says the unit's queue changed (live-queue.ts). A unit without a queue (a
 * city) has no such screen: `board` stays null and the wall skips it.
 */
import { client, ok } from '../../api.ts';
import type { Answer } from '../../api/types.ts';
import { formatNumber } from '../../labels.ts';
import { isQueueChange, useLiveData } from '../../live.ts';

export type QueueBoard = Answer<'/api/queue/board/{unitCode}'>;

const cell: React.CSSProperties = { padding: 'clamp(4px, 1.2vh, 14px) 16px', borderBottom: '1px solid #28466b', fontSize: 30, textAlign: 'right', whiteSpace: 'nowrap' };
const name: React.CSSProperties = { ...cell, textAlign: 'left', maxWidth: 0, width: '100%', overflow: 'hidden', textOverflow: 'ellipsis' };
const big: React.CSSProperties = { ...cell, fontSize: 'clamp(48px, 6.5vh, 72px)', fontWeight: 700, lineHeight: 1.1 };

/** The unit's queue board, following the stream; null while loading or when the unit has no queue. */
export function useWallQueue(unitCode: string): QueueBoard | null {
  return useLiveData(() => ok(client.GET('/api/queue/board/{unitCode}', { params: { path: { unitCode } } })), unitCode, isQueueChange).data;
}

export function WallQueue({ board }: { board: QueueBoard }) {
  const waiting = board.waiting.reduce((sum, group) => sum + group.waiting, 0);
  return (
    <section aria-label="Hàng đợi" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 48 }}>
      <div>
        <h2 style={{ fontSize: 36, margin: '0 0 8px', color: '#95de64' }}>Đang phục vụ tại quầy</h2>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <tbody>
            {board.counters.map((counter) => (
              <tr key={counter.number} data-testid={`wall-counter-${counter.number}`} style={{ opacity: counter.open ? 1 : 0.5 }}>
                <td style={name}>{counter.name}</td>
                {counter.current ? <td style={{ ...big, color: '#95de64' }}>{counter.current.label}</td> : <td style={{ ...cell, color: '#8c9bb0' }}>{counter.open ? 'Chưa mời' : 'Đóng'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h2 style={{ fontSize: 36, margin: '0 0 8px', color: '#ffd666' }}>
          Đang chờ: <span data-testid="wall-waiting-total">{formatNumber(waiting)}</span> số
        </h2>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <tbody>
            {board.waiting.map((group) => (
              <tr key={group.code} data-testid={`wall-waiting-${group.code}`}>
                <td style={name}>{group.name}</td>
                <td style={{ ...big, color: '#ffd666' }}>{formatNumber(group.waiting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
