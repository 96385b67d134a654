import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import { renderEmpty } from './empty.tsx';
// The ES build of the locale: the CommonJS one (antd/locale/vi_VN) loses its default export in the bundle.
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { App } from './App.tsx';
import './styles.css';

dayjs.locale('vi');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} renderEmpty={renderEmpty} theme={{ token: { fontSize: 14, colorPrimary: '#0b57a4' } }}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
