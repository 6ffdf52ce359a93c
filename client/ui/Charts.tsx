/**
 * The opinion map and the agreement chart as the console and the room's screen show them: the
 * SVG drawn by shared/charts (the documents draw the same), a caption, and the figures as a table
 * for screen readers. The SVG is built from escaped text only, so it is set as markup.
 */
import { useMemo } from 'react';
import { useTranslations } from 'use-intl';
import { agreementSvg, LEANINGS, share, type AgreementRow } from '../../shared/charts/agreement.js';
import { opinionMapSvg, type OpinionMapData } from '../../shared/charts/opinion-map.js';
import { groupMark, markSvg } from '../../shared/charts/palette.js';

export function OpinionMapFigure({ data, legend = 'picture' }: { data: OpinionMapData; legend?: 'picture' | 'page' }) {
  const t = useTranslations('charts');
  const svg = useMemo(
    () => opinionMapSvg(data, { title: t('mapTitle'), group: (id, size) => t('groupSize', { id, size }) }, { legend: legend === 'picture' }),
    [data, t, legend],
  );
  return (
    <figure className="chart chart-map" data-testid="opinion-map">
      <div className="chart-picture" dangerouslySetInnerHTML={{ __html: svg }} />
      {legend === 'page' && (
        <ul className="chart-legend" aria-hidden="true">
          {data.groups.map((g, k) => (
            <li key={g.id}>
              <svg viewBox="0 0 24 24" width="1em" height="1em" dangerouslySetInnerHTML={{ __html: markSvg(groupMark(k).shape, 12, 12, 9, groupMark(k).colour) }} />
              {t('groupSize', { id: g.id, size: g.size })}
            </li>
          ))}
        </ul>
      )}
      <figcaption>{t('mapCaption')}</figcaption>
      <table className="visually-hidden">
        <caption>{t('mapTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group')}</th>
            <th scope="col">{t('participants')}</th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g) => (
            <tr key={g.id}>
              <td>{t('groupName', { id: g.id })}</td>
              <td>{g.size}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function AgreementFigure({ rows }: { rows: AgreementRow[] }) {
  const t = useTranslations('charts');
  const words = useMemo(
    () => ({
      title: t('agreementTitle'),
      leaning: { agree: t('agree'), disagree: t('disagree'), pass: t('pass') },
      voters: (count: number) => t('votedCount', { count }),
      figure: (count: number, s: number) => t('figure', { count, share: s }),
    }),
    [t],
  );
  const svg = useMemo(() => agreementSvg(rows, words), [rows, words]);
  return (
    <figure className="chart chart-agreement" data-testid="agreement-chart">
      <div className="chart-picture" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{t('agreementCaption')}</figcaption>
      <table className="visually-hidden">
        <caption>{t('agreementTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('theme')}</th>
            <th scope="col">{t('voted')}</th>
            {LEANINGS.map((k) => (
              <th scope="col" key={k}>
                {words.leaning[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td dir="auto">{r.label}</td>
              <td>{r.participants}</td>
              {LEANINGS.map((k) => (
                <td key={k}>{words.figure(r[k], share(r, k))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
