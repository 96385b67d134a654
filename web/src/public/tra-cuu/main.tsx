/**
 * The citizen's lookup page (no login): /tra-cuu/<token> from the QR code of Mẫu 01, or
 * /tra-cuu with the dossier code and the last 4 digits of the phone or ID number. Plain React,
 * no Ant Design: a small bundle for a cheap phone (docs/lookup.md).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LookupPage } from './LookupPage.tsx';
import './tra-cuu.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LookupPage path={window.location.pathname} />
  </StrictMode>,
);
