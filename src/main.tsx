import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './ui/app/Root';
import './ui/styles/tokens.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
