import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { normaliseJoinCode } from '../shared/protocol/limits.js';
import { TitleBar } from './ui/TitleBar.js';

export function Landing() {
  const t = useTranslations('landing');
  const [code, setCode] = useState('');
  return (
    <main className="page narrow">
      <TitleBar title="Concert" />
      <p className="lede">{t('tagline')}</p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          window.location.assign(`/join/${normaliseJoinCode(code)}`);
        }}
      >
        <label htmlFor="code">{t('code')}</label>
        <input id="code" inputMode="text" autoCapitalize="characters" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} placeholder="K7Q-4MX" required />
        <button type="submit" className="primary">
          {t('join')}
        </button>
      </form>
      <p>{t.rich('facilitating', { link: (chunks) => <a href="/facilitate">{chunks}</a> })}</p>
    </main>
  );
}
