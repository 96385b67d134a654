/**
 * Durable commits and private files for the embedded database (PGlite in the data folder).
 *
 * PGlite 0.5.16 on its own acknowledges a commit before the commit is on disk:
 * - it starts PostgreSQL with `-F` (fsync off);
 * - its Node filesystem is Emscripten's NODEFS, which has no `fsync` operation: PostgreSQL's
 *   fsync() reaches Emscripten's `fd_sync`, which answers success when the stream has none, and
 *   Emscripten's fdatasync() answers success without doing anything (upstream issue
 *   electric-sql/pglite#1107).
 * A power cut could lose receptions the server had already answered with 201, or leave the
 * cluster torn (data pages written without the WAL that repairs them).
 *
 * DurableNodeFS gives NODEFS the missing operation: `fsync` calls fs.fsyncSync on the real file
 * descriptor, for files and folders alike (PostgreSQL fsyncs pg_wal after it creates a segment,
 * and a folder after a durable rename). PGlite is then started without `-F`, with `fsync=on`,
 * `synchronous_commit=on`, `full_page_writes=on` and `wal_sync_method=fsync` on its command line
 * (fdatasync stays a no-op inside Emscripten, so the WAL must be synced with fsync; the command
 * line outranks postgresql.conf and ALTER SYSTEM). PostgreSQL itself then syncs the WAL before a
 * commit returns, as on a server: the query's promise resolves, and the HTTP answer leaves, after
 * the sync. A failed fsync surfaces as an I/O error, and PostgreSQL stops rather than answer.
 *
 * A new cluster is written by PGlite's tar loader (initdb runs in memory and is copied in), which
 * syncs nothing; the layer syncs the whole new cluster once, before PostgreSQL starts on it.
 *
 * Modes: NODEFS applies the mode that PostgreSQL or the tar loader asks for with chmod, which the
 * process umask does not filter, so a new cluster came out with world-writable files (0666). The
 * layer removes group and other bits from every mode it creates or sets: files 0600, folders 0700.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** Group and other permission bits, removed from every mode of the data folder. */
export const NOT_PRIVATE = 0o077;

type EmscriptenOptions = Parameters<NodeFS['init']>[1];

/** The parts of Emscripten's NODEFS this layer touches (it has no types of its own). */
interface NodeFsStream {
  /** The real (host) file descriptor NODEFS opened for this stream. */
  nfd?: number;
  path?: string;
}
interface NodeFsAttributes {
  mode?: number;
  [key: string]: unknown;
}
interface EmscriptenNodeFs {
  tryFSOperation<T>(operation: () => T): T;
  node_ops: {
    mknod(parent: unknown, name: string, mode: number, dev: number): unknown;
    setattr(node: unknown, attr: NodeFsAttributes): void;
  };
  stream_ops: {
    fsync?: (stream: NodeFsStream) => number;
    setattr(stream: NodeFsStream, attr: NodeFsAttributes): void;
  };
}

/** PGlite's own start parameters without `-F`, and PostgreSQL's durability settings made explicit. */
export const DURABLE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams.filter((parameter) => parameter !== '-F'),
  ...['fsync=on', 'synchronous_commit=on', 'full_page_writes=on', 'wal_sync_method=fsync'].flatMap((setting) => ['-c', setting]),
];

/** NODEFS with a real fsync and private modes, mounted at PGlite's PGDATA like NodeFS. */
export class DurableNodeFS extends NodeFS {
  /** True until a cluster created by this open has been synced to disk once. */
  private newCluster: boolean;

  constructor(clusterDir: string) {
    super(clusterDir);
    fs.chmodSync(this.rootDir, 0o700);
    this.newCluster = !fs.existsSync(path.join(this.rootDir, 'PG_VERSION'));
  }

  override async init(pg: PGlite, options: EmscriptenOptions): Promise<{ emscriptenOpts: EmscriptenOptions }> {
    const { emscriptenOpts } = await super.init(pg, options);
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [...(emscriptenOpts.preRun ?? []), (mod) => extendNodeFs(mod.NODEFS as unknown as EmscriptenNodeFs)],
      },
    };
  }

  /**
   * PGlite calls this after copying a new cluster in (before PostgreSQL starts on it) and after
   * every query. Only the first matters: the copied cluster goes to disk before it is used.
   */
  override async syncToFs(): Promise<void> {
    if (!this.newCluster || !fs.existsSync(path.join(this.rootDir, 'PG_VERSION'))) return;
    this.newCluster = false;
    syncTree(this.rootDir);
    syncPath(path.dirname(this.rootDir));
  }
}

function extendNodeFs(nodefs: EmscriptenNodeFs): void {
  const { node_ops: nodeOps, stream_ops: streamOps } = nodefs;
  const mknod = nodeOps.mknod.bind(nodeOps);
  const setNodeAttributes = nodeOps.setattr.bind(nodeOps);
  const setStreamAttributes = streamOps.setattr.bind(streamOps);
  const privateMode = (attr: NodeFsAttributes): NodeFsAttributes =>
    attr.mode === undefined ? attr : { ...attr, mode: attr.mode & ~NOT_PRIVATE };

  nodeOps.mknod = (parent, name, mode, dev) => mknod(parent, name, mode & ~NOT_PRIVATE, dev);
  nodeOps.setattr = (node, attr) => setNodeAttributes(node, privateMode(attr));
  streamOps.setattr = (stream, attr) => setStreamAttributes(stream, privateMode(attr));
  streamOps.fsync = (stream) => {
    const fd = stream.nfd;
    if (fd === undefined) throw new Error(`PGlite: no host file descriptor to sync for ${stream.path ?? '?'}`);
    // Errors become Emscripten errno errors (EIO…), which PostgreSQL treats as a failed fsync.
    nodefs.tryFSOperation(() => fs.fsyncSync(fd));
    return 0;
  };
}

/** fsync of one file or folder. */
export function syncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsync of every file and folder under `root` (folders after their entries), and of `root`. */
export function syncTree(root: string): void {
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const child = path.join(root, entry.name);
    if (entry.isDirectory()) syncTree(child);
    else if (entry.isFile()) syncPath(child);
  }
  syncPath(root);
}

/**
 * The PGlite options of a cluster in `clusterDir`. `durable: false` is for measuring what the
 * syncs cost (bench, MOTCUA_UNSAFE_NO_FSYNC): PGlite's own `-F`, commits acknowledged unsynced.
 */
export function pgliteFileOptions(clusterDir: string, options: { durable: boolean }): Pick<PGliteOptions, 'fs' | 'startParams'> {
  return {
    fs: new DurableNodeFS(clusterDir),
    startParams: options.durable ? [...DURABLE_START_PARAMS] : [...PGlite.defaultStartParams],
  };
}
