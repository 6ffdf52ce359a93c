import { useState } from 'react';
import { useTranslations } from 'use-intl';
import categories from '../../shared/data/participant-categories.json';
import { formatJoinCode, normaliseJoinCode } from '../../shared/protocol/limits.js';
import { TitleBar } from '../ui/TitleBar.js';
import type { Refusal } from '../i18n/refusals.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { ChathamNotice } from './ChathamNotice.js';

interface Props {
  initialCode: string;
  error: Refusal | null;
  busy: boolean;
  onJoin(code: string, category: string | null): void;
}

export function JoinScreen({ initialCode, error, busy, onJoin }: Props) {
  const t = useTranslations('join');
  const tc = useTranslations('categories');
  const [code, setCode] = useState(initialCode ? formatJoinCode(normaliseJoinCode(initialCode)) : '');
  const [category, setCategory] = useState('');
  return (
    <main className="page narrow">
      <TitleBar title={t('title')} />
      <ChathamNotice />
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          onJoin(normaliseJoinCode(code), category || null);
        }}
      >
        <label htmlFor="join-code">{t('code')}</label>
        <input id="join-code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" required />
        <label htmlFor="category">{t('category')}</label>
        <select id="category" value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('preferNot')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {tc(c.id as 'other')}
            </option>
          ))}
        </select>
        <p className="hint">{t('categoryHint')}</p>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('joining') : t('join')}
        </button>
      </form>
    </main>
  );
}
