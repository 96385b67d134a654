// Entry of the document worker thread: TypeScript through tsx's loader, as bin/motcua.js does.
import { register } from 'tsx/esm/api';

register();
await import('./document-worker.ts');
