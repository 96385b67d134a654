/** The `files` table: metadata of uploaded scans and results (the bytes live in the file store). */
import { asc, eq, sql } from 'drizzle-orm';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { Database } from '../../platform/db/client.ts';
import { files, type FILE_KINDS } from '../../platform/db/schema.ts';
import { dateFromLocalMinute, localMinuteFromDate } from '../../platform/db/time.ts';
import { JsonRows } from '../../platform/db/json-rows.ts';

export type FileRowKind = (typeof FILE_KINDS)[number];

export interface NewFileRecord {
  sha256: string;
  size: number;
  contentType: string;
  originalName: string;
  dossierCode: string;
  componentCode: string | null;
  kind: FileRowKind;
  digitized: boolean;
  reused: boolean;
  electronic: boolean;
  uploadedBy: string;
  uploadedAt: LocalMinute;
}

export interface FileRecord extends NewFileRecord {
  id: string;
}

type FileRow = typeof files.$inferSelect;

function fromRow(row: FileRow): FileRecord {
  return {
    id: row.id,
    sha256: row.sha256,
    size: row.size,
    contentType: row.contentType,
    originalName: row.originalName,
    dossierCode: row.dossierCode,
    componentCode: row.componentCode,
    kind: row.kind,
    digitized: row.digitized,
    reused: row.reused,
    electronic: row.electronic,
    uploadedBy: row.uploadedBy ?? '',
    uploadedAt: localMinuteFromDate(row.uploadedAt),
  };
}

const toRow = (record: NewFileRecord): typeof files.$inferInsert => ({ ...record, uploadedAt: dateFromLocalMinute(record.uploadedAt) });

export async function insertFileRecord(db: Database, record: NewFileRecord): Promise<FileRecord> {
  const [row] = await db.insert(files).values(toRow(record)).returning();
  return fromRow(row!);
}

/** Many rows at once (generated files: the demo data), in the caller's transaction; ids by the database. */
export async function insertFileRecords(db: Database, records: readonly NewFileRecord[]): Promise<void> {
  if (records.length === 0) return;
  const rows = records.map(toRow);
  const columns = new JsonRows(files, Object.keys(rows[0]!));
  for (let i = 0; i < rows.length; i += 2000) await columns.insert(db, rows.slice(i, i + 2000).map((row) => columns.rowJson(row)), sql``);
}

/** Files of a dossier, oldest first. */
export async function listFileRecords(db: Database, dossierCode: string): Promise<FileRecord[]> {
  const rows = await db.select().from(files).where(eq(files.dossierCode, dossierCode)).orderBy(asc(files.uploadedAt), asc(files.id));
  return rows.map(fromRow);
}

export async function findFileRecord(db: Database, id: string): Promise<FileRecord | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row ? fromRow(row) : undefined;
}
